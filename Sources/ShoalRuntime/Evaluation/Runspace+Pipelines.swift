// Running pipelines: resolving each command (alias, function, cmdlet,
// script file, external program), evaluating its arguments, applying
// redirections, chaining the stages and driving begin/process/end.

import Glibc
import ShoalSyntax

extension Runspace {
    public func runPipeline(_ pipeline: PipelineNode, output: OutputSink, directCallTried: Bool = false) throws {
        if pipeline.isBackground, let first = pipeline.elements.first, let last = pipeline.elements.last {
            try output.write(try startInBackground(first.span.to(last.span)))
            return
        }
        if pipeline.elements.count == 1 {
            switch pipeline.elements[0] {
            case .expression(let expression, let redirections) where redirections.isEmpty:
                try runExpressionStatement(expression, setsSuccess: pipeline.setsSuccess, output: output)
                return
            case .command(let command) where !directCallTried:
                if try tryDirectFunctionCall(command, output: output) { return }
            default:
                break
            }
        }
        var processors: [CommandProcessor] = []
        processors.reserveCapacity(pipeline.elements.count)
        defer { for processor in processors { processor.dispose() } }
        for element in pipeline.elements {
            processors.append(try makeProcessor(element))
        }
        var downstream = output
        for index in stride(from: processors.count - 1, through: 0, by: -1) {
            let processor = processors[index]
            processor.hasUpstream = index > 0
            try applyRedirections(pipeline.elements[index], to: processor, output: downstream)
            if index < processors.count - 1 { processor.streams.collectors = [] }
            if index > 0 { downstream = ProcessorSink(processor) }
        }
        joinNativePrograms(processors)
        // `$?` after a pipeline: whether any of its commands failed (wrote an
        // error, exited non-zero), not what ran inside them.
        let enclosingPipelineFailed = status.pipelineFailed
        status.pipelineFailed = false
        status.lastCommandSucceeded = true
        defer {
            status.lastCommandSucceeded = !status.pipelineFailed
            status.pipelineFailed = enclosingPipelineFailed
        }
        func end(from first: Int) throws {
            for processor in processors[first...] {
                try processor.end()
                if let file = processor.output as? FileSink { try file.close() }
                var closed: [ObjectIdentifier] = []
                for sink in [processor.output] + StreamKind.allCases.compactMap({ processor.streams[$0] }) {
                    guard let variable = sink as? VariableSink, !closed.contains(ObjectIdentifier(variable)) else { continue }
                    closed.append(ObjectIdentifier(variable))
                    variable.close()
                }
            }
        }
        do {
            for processor in processors { try processor.beginOnce() }
            do {
                try processors[0].process(nil)
            } catch is StopUpstreamSignal {
                // The first stage itself wants no more: it has no upstream to stop.
            }
            try end(from: 0)
        } catch let failure as DownstreamBeginError where processors.contains(where: { ObjectIdentifier($0) == failure.stage }) {
            throw failure.error
        } catch let stop as UpstreamStopped {
            guard let stage = processors.firstIndex(where: { ObjectIdentifier($0) == stop.stage }) else { throw stop }
            // The stages before it are left without their end, as pwsh leaves them.
            try end(from: stage)
        }
    }

    /// Two external programs side by side exchange bytes through an OS
    /// pipe, untouched, unless the first one's output is redirected elsewhere.
    func joinNativePrograms(_ processors: [CommandProcessor]) {
        for index in processors.indices.dropLast() {
            guard let upstream = processors[index] as? ExternalProcessor,
                  let downstream = processors[index + 1] as? ExternalProcessor,
                  (upstream.output as? ProcessorSink)?.next === downstream else { continue }
            upstream.pipedTo = downstream
            downstream.pipedFrom = upstream
        }
    }

    /// `... &`: hands the text to the job table.
    func startInBackground(_ text: SourceSpan) throws -> Value {
        guard let startInBackground = hooks.background else {
            throw ScriptError.runtime("The background operator '&' needs the job table, which is not loaded in this runspace.",
                                      id: "BackgroundJobsUnavailable", at: text)
        }
        let job = try startInBackground(text, self)
        status.lastCommandSucceeded = true
        return job
    }

    /// `a && b || c`: each pipeline runs if the one before succeeded (`&&`)
    /// or failed (`||`).
    func runChain(first: PipelineNode, rest: [(op: ChainOperator, pipeline: PipelineNode)], isBackground: Bool,
                  span: SourceSpan, output: OutputSink) throws {
        if isBackground {
            let last = (rest.last?.pipeline ?? first).elements.last?.span ?? first.span
            try output.write(try startInBackground(first.span.to(last)))
            return
        }
        do {
            try runPipeline(first, output: output)
        } catch let error as ScriptError {
            try handleErrorInChain(error, output: output)
        }
        for (op, pipeline) in rest where (op == .and) == status.lastCommandSucceeded {
            do {
                try runPipeline(pipeline, output: output)
            } catch let error as ScriptError {
                try handleErrorInChain(error, output: output)
            }
        }
    }

    @inline(__always)
    func runExpressionStatement(_ expression: ExpressionNode, setsSuccess: Bool, output: OutputSink) throws {
        try writeOutput(of: expression, to: output)
        if setsSuccess { status.lastCommandSucceeded = true }
    }

    /// Writes an expression's value to a pipeline, item by item. An integer
    /// range is counted out as it is written, as PowerShell enumerates it,
    /// so `1..10000000 | Select-Object -First 1` never builds the array.
    @inline(__always)
    func writeOutput(of expression: ExpressionNode, to output: OutputSink) throws {
        if case .binary(.range, let from, let to) = expression.kind {
            let left = try evaluate(from), right = try evaluate(to)
            var isCharacterRange = false
            if case .string = left, case .string = right { isCharacterRange = true }
            if case .native(let a) = left, a is CharValue, case .native(let b) = right, b is CharValue { isCharacterRange = true }
            if !isCharacterRange {
                let first = try TypeConversion.toInteger(left, "System.Int32", expression.span)
                let last = try TypeConversion.toInteger(right, "System.Int32", expression.span)
                for n in stride(from: first, through: last, by: first <= last ? 1 : -1) {
                    try checkStop()
                    try output.write(.int(n))
                }
                return
            }
            try output.writeEnumerated(try Operators.range(left, right, at: expression.span))
            return
        }
        guard let value = try evaluateForOutput(expression) else { return }
        // A variable given a pipeline's "nothing" writes nothing, as pwsh's
        // AutomationNull does (`@($none).Count` is 0).
        if case .null = value, case .variable(let reference) = expression.kind, box(of: reference)?.holdsNothing == true { return }
        try output.writeEnumerated(value)
    }

    func applyRedirections(_ element: PipelineElementNode, to processor: CommandProcessor, output: OutputSink) throws {
        let redirections: [RedirectionNode]
        switch element {
        case .expression(_, let list): redirections = list
        case .command(let command): redirections = command.redirections
        }
        processor.output = output
        if redirections.isEmpty {
            processor.streams = streams
            return
        }
        var streams = streams
        for redirection in redirections {
            guard case .file(let targetExpression, let append) = redirection.target else { continue }
            let target = try evaluate(targetExpression)
            let sink: OutputSink
            if target.isNull {
                sink = NullSink()
            } else {
                let text = Conversion.toString(target)
                if text.lowercased().hasPrefix("variable:") {
                    sink = VariableSink(name: String(text.dropFirst(9)), append: append, runspace: self)
                } else {
                    if options.sandboxed { throw ScriptError.runtime("Redirection to a file is disabled in this sandbox.", id: "RedirectionDisabled", at: redirection.span) }
                    sink = try FileSink(path: resolvePath(text), append: append, runspace: self, span: redirection.span)
                }
            }
            if redirection.stream == 1 || redirection.stream == 0 { processor.output = sink }
            if redirection.stream == 0 {
                for kind in StreamKind.allCases where kind != .output { streams[kind] = sink }
            } else if let kind = StreamKind(rawValue: redirection.stream), kind != .output {
                streams[kind] = sink
                if kind == .error, let external = processor as? ExternalProcessor, target.isNull { external.errorMode = .discard }
            }
        }
        for redirection in redirections {
            guard case .mergeIntoOutput = redirection.target else { continue }
            if redirection.stream == 0 {
                for kind in StreamKind.allCases where kind != .output { streams[kind] = processor.output }
            } else if let kind = StreamKind(rawValue: redirection.stream), kind != .output {
                streams[kind] = processor.output
            }
            if redirection.stream == 2 || redirection.stream == 0, let external = processor as? ExternalProcessor {
                external.errorMode = .mergeIntoOutput
            }
        }
        processor.streams = streams
    }

    /// A path relative to the current location made absolute.
    public func resolvePath(_ path: String) -> String {
        // A Windows script's `.\file` or `$dir\sub`: pwsh on Linux reads
        // a backslash in a file-system path as the separator.
        if path.utf8.contains(UInt8(ascii: "\\")) { return resolvePath(String(path.map { $0 == "\\" ? "/" : $0 })) }
        if path.hasPrefix("/") { return path }
        if path.utf8.contains(UInt8(ascii: ":")), let mapped = drives.mapped(path) { return mapped }
        if path == "~" { return variable("HOME").map(Conversion.toString) ?? "/" }
        if path.hasPrefix("~/") { return (variable("HOME").map(Conversion.toString) ?? "") + path.dropFirst() }
        if path == "." { return location }
        var base = location
        var rest = Substring(path)
        while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        while rest.hasPrefix("../") {
            rest = rest.dropFirst(3)
            base = Runspace.directoryName(base)
        }
        if rest == ".." { return Runspace.directoryName(base) }
        return base == "/" ? "/" + rest : base + "/" + rest
    }

    func makeProcessor(_ element: PipelineElementNode) throws -> CommandProcessor {
        switch element {
        case .expression(let expression, _):
            return ExpressionProcessor(runspace: self, expression: expression)
        case .command(let command):
            if command.isCalledLikeMethod { try checkMethodStyleCall(command) }
            if command.invocation != .none || command.nameKey == nil {
                let target = try evaluate(command.name)
                if case .scriptBlock(let block) = target {
                    return ScriptBlockProcessor(runspace: self, block: block, name: "<ScriptBlock>",
                                                arguments: try evaluateArguments(command.arguments),
                                                span: command.span, dotSource: command.invocation == .dotSource, isFilter: false)
                }
                return try resolveCommand(Conversion.toString(target), command: command)
            }
            return try resolveCommand(command.literalName!, key: command.nameKey, command: command)
        }
    }

    func evaluateArguments(_ arguments: [CommandArgumentNode]) throws -> [InvocationArgument] {
        var result: [InvocationArgument] = []
        for argument in arguments {
            switch argument {
            case .parameter(let name, let value, let span):
                result.append(.named(name: name, value: try value.map { try evaluate($0) }, span: span))
            case .value(let expression):
                if case .splat(let reference) = expression.kind {
                    switch try readVariable(reference, span: expression.span) {
                    case .hashtable(let table):
                        for (key, value) in table.entries {
                            result.append(.named(name: Conversion.toString(key), value: value, span: expression.span))
                        }
                    case .array(let array):
                        for item in array.items { result.append(.positional(item, span: expression.span)) }
                    case .null:
                        break
                    case let other:
                        result.append(.positional(other, span: expression.span))
                    }
                    continue
                }
                result.append(.positional(try evaluate(expression), span: expression.span))
            case .verbatim(let text, let span):
                result.append(.positional(.string("--%"), span: span))
                result.append(.positional(.string(text), span: span))
            }
        }
        return result
    }

    /// The command a name means, in PowerShell's order: alias, function,
    /// cmdlet, script file, external program. Its arguments are evaluated
    /// once it is known, as an external program takes them as text.
    func resolveCommand(_ written: String, key writtenKey: String? = nil, command: CommandNode) throws -> CommandProcessor {
        var name = written
        var key = writtenKey ?? name.lowercased()
        var aliasHops = 0
        while let target = aliases[key], aliasHops < 10 {
            name = target
            key = target.lowercased()
            aliasHops += 1
        }
        let dotSource = command.invocation == .dotSource
        if let function = scope.lookupFunction(key) {
            return ScriptBlockProcessor(runspace: self, block: function.block, name: function.name,
                                        arguments: try evaluateArguments(command.arguments),
                                        span: command.span, dotSource: dotSource, isFilter: function.isFilter)
        }
        if let cmdlet = registry.cmdlet(named: key) {
            return CmdletProcessor(runspace: self, cmdlet: cmdlet, arguments: try evaluateArguments(command.arguments), span: command.span)
        }
        var scriptInCurrentLocation = false
        if key.hasSuffix(".ps1") {
            // As pwsh: a bare name is looked for on $env:PATH, not in the current
            // location; a path (`./p.ps1`, `dir/p.ps1`) names the file itself.
            let isPath = name.contains("/") || name.contains("\\") || name.hasPrefix("~")
            let path = isPath ? resolvePath(name)
                : (ProcessEnvironment.get("PATH") ?? "").split(separator: ":").map { "\($0)/\(name)" }
                    .first { access($0, R_OK) == 0 } ?? ""
            scriptInCurrentLocation = !isPath && path.isEmpty && access(resolvePath(name), R_OK) == 0
            if !path.isEmpty, access(path, R_OK) == 0 {
                let block = try loadScript(path, span: command.span)
                return ScriptBlockProcessor(runspace: self, block: block, name: String(path.split(separator: "/").last ?? ""),
                                            arguments: try evaluateArguments(command.arguments), span: command.span,
                                            dotSource: dotSource, isFilter: false, scriptPath: path)
            }
        }
        if let path = findExecutable(name) {
            return ExternalProcessor(runspace: self, path: path, arguments: try nativeArguments(command.arguments, program: path),
                                     displayName: name, span: command.span)
        }
        let suggestion = scriptInCurrentLocation
            ? "\nThe command \(written) was not found, but does exist in the current location. PowerShell does not load commands from the current location by default. If you trust this command, instead type: \"./\(written)\"."
            : ""
        throw ScriptError(ErrorRecord(
            "The term '\(written)' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again." + suggestion,
            exceptionType: "System.Management.Automation.CommandNotFoundException", errorId: "CommandNotFoundException",
            category: .objectNotFound, target: .string(written), span: command.name.span, commandName: written))
    }

    /// Reads and parses a script file; syntax errors become terminating errors.
    public func loadScript(_ path: String, span: SourceSpan?) throws -> ScriptBlock {
        guard let text = readTextFile(path) else {
            throw ScriptError(ErrorRecord("The file '\(path)' cannot be read: \(String(cString: strerror(errno))).",
                                          exceptionType: "System.IO.FileNotFoundException", errorId: "FileNotFound",
                                          category: .objectNotFound, target: .string(path), span: span))
        }
        do {
            return ScriptBlock(try Parser.parseScript(SourceFile(name: path, text: text, path: path)))
        } catch {
            throw ScriptError(ErrorRecord(error.message, exceptionType: "System.Management.Automation.ParseException",
                                          errorId: error.errorId, category: .parserError, span: error.span,
                                          commandName: "ParserError"), scriptTerminating: true)
        }
    }

    // MARK: - Invoking script blocks from cmdlets and methods

    /// Runs a script block in a child scope with `$_` set, writing to `output`.
    public func invokeBlock(_ block: ScriptBlock, dollarUnder: Value?, arguments: [Value], output: OutputSink,
                            span: SourceSpan?, thisValue: Value? = nil) throws {
        let location = span ?? block.node.span
        let processor = ScriptBlockProcessor(runspace: self, block: block, name: "<ScriptBlock>",
                                             arguments: arguments.map { .positional($0, span: location) },
                                             span: location, dotSource: false, isFilter: false)
        processor.output = output
        processor.streams = streams
        defer { processor.dispose() }
        try processor.begin()
        if let dollarUnder { processor.functionScope.currentItem = dollarUnder }
        if let thisValue { processor.functionScope.setLocal("this", thisValue) }
        try processor.process(nil)
        try processor.end()
    }

    /// Runs a script block and returns its output as one value.
    public func invokeBlockForValue(_ block: ScriptBlock, dollarUnder: Value?, span: SourceSpan?) throws -> Value {
        let sink = CollectingSink()
        try invokeBlock(block, dollarUnder: dollarUnder, arguments: [], output: sink, span: span)
        return sink.result
    }

    /// The module scope `block` belongs to, when the code running now is
    /// not that module's (inside the module, blocks scope as usual).
    func foreignModuleScope(of block: ScriptBlock) -> Scope? {
        guard let module = block.moduleScope, module !== scriptScope else { return nil }
        return module
    }

    /// Runs a script block in the caller's scope (as ForEach-Object and
    /// Where-Object do), with `$_` set.
    public func invokeBlockInCurrentScope(_ block: ScriptBlock, dollarUnder: Value?, output: OutputSink) throws {
        // A closure runs in the scope holding its captured variables, which is also its script scope;
        // a module's block called from outside it, in the module's scope.
        if let closure = block.closureScope ?? foreignModuleScope(of: block), closure !== scope {
            let savedScriptScope = scriptScope
            scriptScope = closure
            defer { scriptScope = savedScriptScope }
            return try withScope(closure, slotsUsable: slotsUsable) {
                try invokeBlockInCurrentScope(block, dollarUnder: dollarUnder, output: output)
            }
        }
        let savedItem = scope.currentItem
        let savedSlots = slotsUsable
        scope.currentItem = dollarUnder
        slotsUsable = scope.layout === block.node.layout
        defer {
            scope.currentItem = savedItem
            slotsUsable = savedSlots
        }
        guard let body = block.node.itemBody else { return }
        do {
            try body.with { try execute($0, output: output) }
        } catch ControlFlow.returnFromBlock {
            return
        }
    }

    /// Sleeps, waking early when the pipeline is stopped.
    public func sleep(seconds: Double) throws {
        // Whoever reads a pipe or a log sees what came before the pause.
        host.flushPendingOutput()
        var remaining = max(0, seconds)
        while remaining > 0 {
            try checkStop()
            let step = min(remaining, 0.05)
            var request = timespec(tv_sec: Int(step), tv_nsec: Int((step - Double(Int(step))) * 1e9))
            nanosleep(&request, nil)
            remaining -= step
        }
        try checkStop()
    }
}

/// Reads a whole file as UTF-8 text (without a byte-order mark).
public func readTextFile(_ path: String) -> String? {
    guard var bytes = readFileBytes(path) else { return nil }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    return String(decoding: bytes, as: UTF8.self)
}

/// Reads a whole file's bytes; nil when it cannot be opened or read.
public func readFileBytes(_ path: String, from offset: Int = 0) -> [UInt8]? {
    guard !path.utf8.contains(0) else { return nil }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    if offset > 0, lseek(descriptor, off_t(offset), SEEK_SET) < 0 { return nil }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65_536) }
        if count < 0 { if errno == EINTR { continue }; return nil }
        if count == 0 { return bytes }
        bytes.append(contentsOf: buffer[0..<count])
    }
}
