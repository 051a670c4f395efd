// A script function, filter, script block (`& { }`) or script file as a
// pipeline stage: parameters bound into a new scope (or the caller's,
// when dot-sourced), then the begin, process and end blocks.

import ShoalSyntax

final class ScriptBlockProcessor: CommandProcessor {
    let block: ScriptBlock
    let name: String
    let arguments: [InvocationArgument]
    let span: SourceSpan
    let dotSource: Bool
    let isFilter: Bool
    var scriptPath: String?
    var functionScope: Scope!
    var binder: ParameterBinder?
    var bound: [String: Value] = [:]
    var inputItems: [Value] = []
    var enteredCall = false
    var savedScriptScope: Scope?
    var savedScriptPath: String?
    var outVariable: (name: String, items: [Value])?
    /// A dot-sourced script sees its own `$MyInvocation`; the caller's comes back after.
    var callerInvocation: (box: VariableBox?, value: Value)?
    /// The call's -ErrorVariable, -WarningVariable and -InformationVariable, gathering.
    var streamVariables: [(name: String, collector: RecordCollector)] = []
    /// The top-level script, called by the shell's command line: no place
    /// in a script called it.
    var calledFromCommandLine = false
    /// `$PSCmdlet.WriteError` ran: the call's pipeline has failed (`$?`).
    var wroteError = false
    var cleanRan = false

    init(runspace: Runspace, block: ScriptBlock, name: String, arguments: [InvocationArgument], span: SourceSpan,
         dotSource: Bool, isFilter: Bool, scriptPath: String? = nil) {
        self.block = block
        self.name = name
        self.arguments = arguments
        self.span = span
        self.dotSource = dotSource
        self.isFilter = isFilter
        self.scriptPath = scriptPath
        super.init(runspace: runspace)
    }

    override func begin() throws {
        runspace.calls.push(CallFrame(self))
        enteredCall = true
        if runspace.calls.isTooDeep { throw CallStack.overflow(at: span) }
        let node = block.node
        let home = block.closureScope ?? runspace.foreignModuleScope(of: block)
        functionScope = dotSource ? invocationScope : Scope(parent: home ?? invocationScope, layout: node.layout)
        if let closure = home, !dotSource {
            // `$script:` in a closure names its captured scope, as a
            // module's script scope in PowerShell.
            savedScriptScope = runspace.scriptScope
            runspace.scriptScope = closure
        } else if let scriptPath, !dotSource {
            functionScope.isScriptScope = true
            savedScriptScope = runspace.scriptScope
            savedScriptPath = runspace.scriptPath
            runspace.scriptScope = functionScope
            runspace.scriptPath = scriptPath
        } else if let scriptPath {
            savedScriptPath = runspace.scriptPath
            runspace.scriptPath = scriptPath
        }
        try runInScope {
            try bindParameters()
            if let begin = node.beginBlock { try runBlock(begin) }
        }
    }

    func bindParameters() throws {
        let node = block.node
        let plan = try runspace.bindingPlan(for: block)
        let layout = node.layout
        var binder = ParameterBinder(plan: plan.binding, commandName: name, span: span)
        binder.runspace = runspace
        let result = try binder.bind(arguments, runspace: runspace)
        bound = result.bound
        let set = try binder.chooseParameterSet(bound, pipelinePending: hasUpstream)
        if hasUpstream || plan.binding.hasMandatoryParameters {
            self.binder = binder
            let missing = binder.missingMandatory(bound, ignoringPipelineParameters: hasUpstream, inSet: set)
            if !missing.isEmpty { throw binder.missingMandatoryError(missing) }
        }
        let useSlots = !dotSource && functionScope.layout === layout
        for parameter in plan.parameters {
            let value = try (bound.isEmpty ? nil : bound[parameter.key]) ?? parameter.unboundValue(runspace)
            parameter.define(value, in: functionScope, useSlots: useSlots)
        }
        if dotSource, scriptPath != nil, layout.usesInvocationInfo {
            let existing = functionScope.localBox("myinvocation")
            callerInvocation = (existing, existing?.value ?? .null)
            let invocation = InvocationInfo(span: span, commandName: name, scriptName: scriptPath)
            invocation.scriptBlock = block
            functionScope.setLocal("myinvocation", .native(invocation))
        }
        if !dotSource {
            if layout.usesArgs { functionScope.setLocal("args", .list(result.unbound)) }
            var boundTable: HashtableValue?
            if layout.usesInvocationInfo {
                let table = HashtableValue()
                for name in result.boundNames { table[.string(name)] = bound[name.lowercased()] ?? .null }
                boundTable = table
                functionScope.setLocal("psboundparameters", .hashtable(table))
            }
            if layout.usesInvocationInfo {
                let invocation = InvocationInfo(span: span, commandName: name, scriptName: scriptPath ?? runspace.scriptPath)
                invocation.scriptBlock = block
                invocation.isScriptFile = scriptPath != nil
                invocation.boundParameters = boundTable
                functionScope.setLocal("myinvocation", .native(invocation))
            }
        }
        if node.isAdvanced {
            let common = result.common
            if let whatIf = common.whatIf { functionScope.setLocal("whatifpreference", .bool(whatIf)) }
            if let confirm = common.confirm { functionScope.setLocal("confirmpreference", .string(confirm ? "Low" : "None")) }
            if layout.usesInvocationInfo {
                let invocation = InvocationInfo(span: span, commandName: name, scriptName: scriptPath ?? runspace.scriptPath)
                invocation.scriptBlock = block
                let cmdlet = ScriptCmdletObject(processor: self, parameterSetName: binder.setName(set), invocation: invocation,
                                                confirmImpact: plan.confirmImpact, common: common)
                functionScope.setLocal("pscmdlet", .native(cmdlet))
            }
            if let name = common.outVariable {
                outVariable = (name, [])
                let downstream = output
                output = ClosureSink { [unowned self] value in
                    self.outVariable?.items.append(value)
                    try downstream.write(value)
                }
            }
            for (name, kind) in [(common.errorVariable, StreamKind.error), (common.warningVariable, .warning),
                                 (common.informationVariable, .information)] {
                guard let name else { continue }
                let collector = RecordCollector(kind)
                streamVariables.append((name, collector))
                streams.collectors.append(collector)
            }
            if let action = common.errorAction { functionScope.setLocal("erroractionpreference", action.value) }
            if let action = common.warningAction { functionScope.setLocal("warningpreference", action.value) }
            if let action = common.informationAction { functionScope.setLocal("informationpreference", action.value) }
            if let action = common.progressAction { functionScope.setLocal("progresspreference", action.value) }
            if let verbose = common.verbose {
                functionScope.setLocal("verbosepreference", (verbose ? ActionPreference.continue : .silentlyContinue).value)
            }
            if let debug = common.debug { functionScope.setLocal("debugpreference", (debug ? ActionPreference.continue : .silentlyContinue).value) }
        }
    }

    func runInScope(_ body: () throws -> Void) throws {
        let savedStreams = runspace.streams
        runspace.streams = streams
        defer { runspace.streams = savedStreams }
        let ownLayout = functionScope.layout === block.node.layout
        do {
            try runspace.withScope(functionScope, slotsUsable: dotSource ? invocationSlotsUsable && ownLayout : ownLayout, body)
        } catch let termination as ScriptCommandTermination where termination.processor == ObjectIdentifier(self) {
            throw ScriptError(termination.record)
        }
    }

    func runBlock(_ block: StatementList) throws {
        do {
            try runspace.execute(block, output: output)
        } catch ControlFlow.returnFromBlock {
            return
        }
    }

    override func process(_ item: Value?) throws {
        let node = block.node
        let processBlock = isFilter ? (node.processBlock ?? node.endBlock) : node.processBlock
        guard let processBlock else {
            guard let item else { return }
            inputItems.append(item)
            // Without a process block each object still binds, as pwsh's implicit one does:
            // the end block sees the last object's parameter values.
            if hasUpstream, binder != nil { try runInScope { _ = try bindPipelineItem(item) } }
            return
        }
        try runInScope {
            let savedItem = functionScope.currentItem
            defer { functionScope.currentItem = savedItem }
            if let item {
                functionScope.currentItem = item
                if hasUpstream, binder != nil, try !bindPipelineItem(item) { return }
                if block.node.layout.usesInput { functionScope.setLocal("input", .list([item])) }
            }
            try runBlock(processBlock)
        }
    }

    /// Binds a pipeline object to the parameters that take it; false (after a non-terminating
    /// error about the object, as pwsh reports it) when it binds to none that must.
    private func bindPipelineItem(_ item: Value) throws -> Bool {
        guard let binder else { return true }
        var pipelineBound = bound
        let didBind: Bool
        do {
            didBind = try binder.bindPipelineInput(item, into: &pipelineBound, runspace: runspace)
        } catch let error as ScriptError {
            let action = runspace.preference("ErrorActionPreference", default: .continue)
            try runspace.reportNonTerminatingError(error.record.targeting(item), action: action, streams: streams, errorVariable: nil)
            return false
        }
        if didBind {
            for (key, value) in pipelineBound where bound[key] == nil || !(value.isSameReference(bound[key]!)) {
                try runspace.assignByName(key, value, in: functionScope)
            }
        }
        return true
    }

    override func end() throws {
        defer { finish() }
        let node = block.node
        if isFilter && node.processBlock == nil { return }
        guard let endBlock = node.endBlock else { return }
        try runInScope {
            if block.node.layout.usesInput || !inputItems.isEmpty {
                functionScope.setLocal("input", .list(inputItems))
            }
            try runBlock(endBlock)
        }
    }

    func finish() {
        runCleanBlock()
        if wroteError {
            runspace.status.pipelineFailed = true
            wroteError = false
        }
        if let (box, value) = callerInvocation {
            if box != nil { functionScope.setLocal("myinvocation", value) } else { _ = functionScope.removeLocal("myinvocation") }
            callerInvocation = nil
        }
        if let (name, items) = outVariable {
            setCallerVariable(name, items)
            outVariable = nil
        }
        for (name, collector) in streamVariables {
            streams.collectors.removeAll { $0 === collector }
            setCallerVariable(name, collector.items)
        }
        streamVariables = []
        if enteredCall {
            runspace.calls.pop()
            enteredCall = false
        }
        if let savedScriptScope {
            runspace.scriptScope = savedScriptScope
            self.savedScriptScope = nil
        }
        if scriptPath != nil {
            runspace.scriptPath = savedScriptPath
            scriptPath = nil
        }
    }

    override func dispose() { finish() }

    /// `clean { }`: once, after the other blocks, if one of them ran; its
    /// output is discarded and its errors reported, as pwsh runs it.
    private func runCleanBlock() {
        let node = block.node
        guard let clean = node.cleanBlock, enteredCall, !cleanRan,
              node.beginBlock != nil || node.processBlock != nil || node.endBlock != nil else { return }
        cleanRan = true
        let savedOutput = output
        output = NullSink()
        defer { output = savedOutput }
        do {
            try runInScope { try runBlock(clean) }
        } catch let error as ScriptError {
            try? runspace.streams.error.write(.error(error.record))
        } catch {
        }
    }

    /// `-OutVariable x` / `-ErrorVariable +x` set (or append to) the caller's variable.
    func setCallerVariable(_ name: String, _ items: [Value]) {
        var key = name.lowercased()
        var target = invocationScope
        let append = key.hasPrefix("+")
        if append { key.removeFirst() }
        if let (scope, unqualified) = runspace.scopeQualified(key) { (target, key) = (scope, unqualified) }
        if append, case .array(let existing)? = target.lookup(key)?.value {
            existing.items.append(contentsOf: items)
            return
        }
        target.setLocal(key, .list(items))
    }
}

extension Value {
    func isSameReference(_ other: Value) -> Bool {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        default: return false
        }
    }
}

extension Runspace {
    func assignByName(_ key: String, _ value: Value, in scope: Scope) throws {
        if let box = scope.localBox(key), let constraint = box.typeConstraint {
            box.store(try TypeConversion.convert(value, to: constraint, at: nil))
        } else {
            scope.setLocal(key, value)
        }
    }
}
