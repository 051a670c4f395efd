// Running a whole script at the top level: its param block binds the
// command-line arguments and its scope becomes the script scope.

import ShoalSyntax

extension Runspace {
    /// Runs a parsed script as the top-level script of this runspace.
    public func runScript(_ block: ScriptBlock, arguments: [InvocationArgument], output: OutputSink, scriptPath: String?) throws {
        if block.node.paramBlock == nil && arguments.isEmpty && scriptPath == nil {
            // `-c` text, standard input and the REPL's lines run in the global
            // scope; the first of them gives it its variables' slots.
            let usesSlots = scope === globalScope && globalScope.adopt(block.node.layout)
            try withScope(scope, slotsUsable: usesSlots) { try runTopLevel(block, output: output) }
            return
        }
        let processor = ScriptBlockProcessor(runspace: self, block: block, name: scriptPath.map { String($0.split(separator: "/").last ?? "") } ?? "<command>",
                                             arguments: arguments, span: block.node.span, dotSource: false, isFilter: false,
                                             scriptPath: scriptPath ?? self.scriptPath)
        processor.output = output
        processor.streams = streams
        processor.calledFromCommandLine = true
        defer {
            processor.dispose()
            if options.keepsFinishedScriptScope { finishedScriptScope = processor.functionScope }
        }
        do {
            try processor.begin()
        } catch let error as ScriptError {
            // Arguments from the command line have no place in a script to
            // point at: the error names the script only, as pwsh's does.
            if let span = error.record.span, span.file === block.node.span.file, span.start == block.node.span.start {
                error.record.span = nil
            }
            throw error
        }
        try processor.process(nil)
        try processor.end()
    }

    func runTopLevel(_ block: ScriptBlock, output: OutputSink) throws {
        let node = block.node
        do {
            for body in [node.beginBlock, node.processBlock, node.endBlock] {
                if let body { try execute(body, output: output) }
            }
        } catch ControlFlow.returnFromBlock {
            return
        }
    }
}

extension Runspace {
    /// Runs a job's script block as a command, in a child of the current
    /// scope or, dot-sourced, in it: `arguments` bind to its param block (or `$args`) and `input`,
    /// when given, is its pipeline input (`$input`, `$_` in process blocks).
    /// `inGlobalScope` runs it dot-sourced in the global scope, with its
    /// variables in slots when the global scope can take its layout (the
    /// first block to run there does).
    public func runJobScript(_ block: ScriptBlock, arguments: [Value], namedArguments: [(name: String, value: Value)] = [],
                             input: [Value]?, output: OutputSink, name: String = "<ScriptBlock>",
                             dotSource: Bool = false, inGlobalScope: Bool = false) throws {
        if inGlobalScope {
            let usesSlots = globalScope.adopt(block.node.layout)
            try withScope(globalScope, slotsUsable: usesSlots) {
                try runJobScript(block, arguments: arguments, namedArguments: namedArguments, input: input, output: output,
                                 name: name, dotSource: true)
            }
            return
        }
        let location = block.node.span
        let invocation: [InvocationArgument] = namedArguments.map { .named(name: $0.name, value: $0.value, span: location) }
            + arguments.map { .positional($0, span: location) }
        let processor = ScriptBlockProcessor(runspace: self, block: block, name: name, arguments: invocation,
                                             span: location, dotSource: dotSource, isFilter: false)
        processor.output = output
        processor.streams = streams
        processor.hasUpstream = input != nil
        defer { processor.dispose() }
        try processor.begin()
        if let input {
            for item in input {
                try checkStop()
                try processor.process(item)
            }
        } else {
            try processor.process(nil)
        }
        try processor.end()
    }
}

extension Runspace {
    /// Runs a script module's file in the global scope, so that its
    /// functions stay for the session (Import-Module of a .psm1 file).
    public func runInGlobalScope(_ block: ScriptBlock, scriptPath path: String, output: OutputSink) throws {
        let saved = (scriptScope, scriptPath)
        scriptScope = globalScope
        scriptPath = path
        defer { (scriptScope, scriptPath) = saved }
        try withScope(globalScope, slotsUsable: false) { try runTopLevel(block, output: output) }
    }
}

/// A script module's scope after its file ran: where its functions and
/// variables live (its `$script:` scope).
public final class ModuleScope {
    let scope: Scope

    init(_ scope: Scope) { self.scope = scope }

    /// The functions the module's file defined, by name as written.
    public var functions: [FunctionInfo] { scope.localFunctions.values.sorted { $0.name.lowercased() < $1.name.lowercased() } }

    /// The value of the module's variable `name`, if it has one.
    public func variable(_ name: String) -> Value? { scope.lookup(name.lowercased())?.value }
}

extension Runspace {
    /// Runs a script module's file (`.psm1`) in a scope of its own under the
    /// global scope, as pwsh gives a module its session state: the file's
    /// variables and functions live there, and every function it defines
    /// runs with that scope as its parent and `$script:` scope, so an
    /// exported function still sees the module's private functions and
    /// variables. `files` run in order (nested modules, then the root).
    public func runModule(_ files: [(block: ScriptBlock, path: String)], output: OutputSink) throws -> ModuleScope {
        let moduleScope = Scope(parent: globalScope, layout: nil)
        moduleScope.isScriptScope = true
        moduleScope.isModuleScope = true
        let saved = (scriptScope, scriptPath)
        defer { (scriptScope, scriptPath) = saved }
        scriptScope = moduleScope
        for (block, path) in files {
            scriptPath = path
            try withScope(moduleScope, slotsUsable: false) { try runTopLevel(block, output: output) }
        }
        for function in moduleScope.localFunctions.values { function.block.closureScope = moduleScope }
        return ModuleScope(moduleScope)
    }

    /// Makes a module's function callable from the session (its global scope).
    public func exportFunction(_ function: FunctionInfo) {
        defineFunction(function.name.lowercased(), function, in: globalScope)
    }

    /// Removes a module's exported function from the session, if the
    /// session's function of that name is still the module's.
    public func removeExportedFunction(_ function: FunctionInfo) {
        let key = function.name.lowercased()
        guard globalScope.localFunctions[key] === function else { return }
        _ = globalScope.removeFunction(key)
        caches.functionGeneration &+= 1
    }
}
