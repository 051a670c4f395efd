// Statements: sequencing with PowerShell's error rules, loops with labels,
// switch, try/catch/finally, throw, return and exit.

import ShoalSyntax

extension Runspace {
    /// Runs statements, writing their output to `output`. A
    /// statement-terminating error is reported and the next statement runs,
    /// unless a `try` encloses it or `$ErrorActionPreference` is Stop.
    public func execute(_ statements: [StatementNode], output: OutputSink) throws {
        for statement in statements { try executeReportingErrors(statement, output: output) }
    }

    /// The same for a block's statements, without retaining each.
    public func execute(_ statements: [Borrowed<StatementNode>], output: OutputSink) throws {
        for statement in statements { try statement.with { try executeReportingErrors($0, output: output) } }
    }

    /// One statement of a list: a statement-terminating error is reported
    /// and does not end the list (see above).
    func executeReportingErrors(_ statement: StatementNode, output: OutputSink) throws {
        try checkStop()
        do {
            try execute(statement, output: output)
        } catch let error as ScriptError {
            try reportStatementError(error)
        }
    }

    /// A terminating error that left a statement: a statement-terminating
    /// one is reported (and the next statement runs) unless a `try` or trap
    /// encloses it or `$ErrorActionPreference` is Stop; anything else goes on up.
    func reportStatementError(_ error: ScriptError) throws {
        recordStackTrace(error.record)
        guard !error.isScriptTerminating else { throw error }
        if calls.tryDepth > 0 || preference("ErrorActionPreference", default: .continue) == .stop {
            var error = error
            error.isScriptTerminating = calls.tryDepth == 0
            throw error
        }
        status.lastCommandSucceeded = false
        recordError(error.record)
        collectError(error.record, into: streams)
        try streams.error.write(.error(error.record))
    }

    public func execute(_ statement: StatementNode, output: OutputSink) throws {
        var directCallTried = false
        if fastPaths { switch statement.shape {
        case .expression(let expression):
            try expression.with { try runExpressionStatement($0, setsSuccess: statement.setsSuccess, output: output) }
            return
        case .assignment(let target, let op, let value):
            try target.with { target in
                try value.with { value in _ = try assign(target, op, value, span: statement.span) }
            }
            if statement.setsSuccess { status.lastCommandSucceeded = true }
            return
        case .command(let command):
            if try command.with({ try tryDirectFunctionCall($0, output: output) }) { return }
            directCallTried = true
        case .other:
            break
        } }
        switch statement.kind {
        case .pipeline(let pipeline):
            try runPipeline(pipeline, output: output, directCallTried: directCallTried)
        case .pipelineChain(let first, let rest, let isBackground):
            try runChain(first: first, rest: rest, isBackground: isBackground, span: statement.span, output: output)
        case .assignment(let target, let op, let value):
            _ = try assign(target, op, value, span: statement.span)
            if statement.setsSuccess { status.lastCommandSucceeded = true }
        case .ifStatement(let clauses, let elseBody):
            for clause in clauses where try isTrue(clause.condition) {
                try execute(clause.body, output: output)
                return
            }
            if let elseBody { try execute(elseBody, output: output) }
        case .whileLoop(let label, let condition, let body):
            while try isTrue(condition) {
                if try runLoopBody(body, label: label, output: output) { break }
            }
        case .doLoop(let label, let body, let condition, let isUntil):
            repeat {
                if try runLoopBody(body, label: label, output: output) { break }
            } while try isTrue(condition) != isUntil
        case .forLoop(let label, let initializer, let condition, let iterator, let body):
            if let initializer { try execute(initializer, output: output) }
            // The usual `$i -lt $n` and `$i++` are evaluated directly, without
            // the statement layers around them (same results; callgrind: 6 %
            // of a counting loop).
            var comparison: ExpressionNode?
            if let expression = condition?.simpleExpression, case .binary = expression.kind { comparison = expression }
            // (Apart, not an optional tuple: unwrapping that copied it, and
            // retained what it holds, on every turn.)
            var stepTarget: ExpressionNode?
            var stepDelta = 0, stepPrefix = false, stepSpan = statement.span
            if let expression = iterator?.simpleExpression, case .increment(let target, let delta, let prefix) = expression.kind {
                (stepTarget, stepDelta, stepPrefix, stepSpan) = (target, delta, prefix, expression.span)
            }
            while true {
                if let comparison {
                    guard Conversion.toBool(try evaluate(comparison)) else { break }
                } else if let condition {
                    guard try isTrue(condition) else { break }
                }
                if try runLoopBody(body, label: label, output: output) { break }
                if let stepTarget {
                    _ = try increment(stepTarget, delta: stepDelta, prefix: stepPrefix, span: stepSpan)
                    status.lastCommandSucceeded = true
                } else if let iterator {
                    try execute(iterator, output: output)
                }
            }
        case .foreachLoop(let label, let variable, let collection, let body):
            try runForeachLoop(label: label, variable: variable, collection: collection, body: body, span: statement.span,
                               output: output)
        case .switchStatement(let switchAst):
            try runSwitch(switchAst, output: output)
        case .functionDefinition(let definition):
            let info = FunctionInfo(name: definition.name, block: ScriptBlock(definition.body), isFilter: definition.isFilter)
            var name = definition.name.lowercased()
            var target = scope
            if name.hasPrefix("global:") { name.removeFirst(7); target = globalScope }
            else if name.hasPrefix("script:") { name.removeFirst(7); target = scriptScope }
            defineFunction(name, info, in: target)
        case .tryStatement(let body, let catches, let finallyBody):
            try runTry(body, catches, finallyBody, output: output)
        case .throwStatement(let value):
            throw try makeThrownError(value, span: statement.span)
        case .returnStatement(let value):
            if let value { try execute(value, output: output) }
            throw ControlFlow.returnFromBlock
        case .methodReturn(let value):
            calls.methodReturnValue = try value.map { try evaluateStatementValue($0) }
            throw ControlFlow.returnFromBlock
        case .typeDefinition:
            // Defined when its block started (StatementList.typeDefinitions).
            break
        case .usingNamespace(let name):
            types.use(namespace: name)
        case .dataSection(let name, let body):
            let sink = CollectingSink()
            try execute(body, output: sink)
            if let name { scope.setLocal(name.lowercased(), sink.result) } else { try output.writeEnumerated(sink.result) }
        case .exitStatement(let value):
            var code: Int32 = 0
            if let value {
                let result = try evaluateStatementValue(value)
                code = Int32(truncatingIfNeeded: (try? TypeConversion.toInteger(result, "System.Int32", value.span)) ?? 0)
            }
            throw ControlFlow.exitScript(code: code)
        case .breakStatement(let label):
            throw ControlFlow.breakLoop(label: label?.lowercased())
        case .continueStatement(let label):
            throw ControlFlow.continueLoop(label: label?.lowercased())
        case .block(let block):
            try execute(block, output: output)
        }
    }

    /// Runs one iteration; returns true when the loop should stop.
    @inline(__always)
    func runLoopBody(_ body: StatementList, label: String?, output: OutputSink) throws -> Bool {
        try checkStop()
        do {
            try execute(body, output: output)
        } catch let flow as ControlFlow {
            switch flow {
            case .breakLoop(let target):
                if target == nil || target == label?.lowercased() { return true }
                throw flow
            case .continueLoop(let target):
                if target == nil || target == label?.lowercased() { return false }
                throw flow
            default:
                throw flow
            }
        }
        return false
    }

    func runSwitch(_ node: SwitchNode, output: OutputSink) throws {
        let subject = try evaluateStatementValue(node.subject)
        let items: [Value]
        if node.readsFile {
            let path = resolvePath(Conversion.toString(subject))
            guard let text = readTextFile(path) else {
                throw ScriptError.runtime("Cannot find path '\(path)' because it does not exist.", id: "PathNotFound",
                                          at: node.subject.span, type: "System.Management.Automation.ItemNotFoundException",
                                          category: .objectNotFound, target: .string(path))
            }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                Value.string(line.hasSuffix("\r") ? String(line.dropLast()) : String(line))
            }
            if text.hasSuffix("\n") { lines.removeLast() }
            items = lines
        } else {
            items = subject.isNull ? [.null] : subject.enumeratedItems
        }
        let savedItem = scope.currentItem
        defer { scope.currentItem = savedItem }
        itemLoop: for item in items {
            try checkStop()
            scope.currentItem = item
            var matched = false
            do {
                for clause in node.clauses {
                    if try switchClauseMatches(clause.condition, item, node) {
                        matched = true
                        try execute(clause.body, output: output)
                    }
                }
                if !matched, let defaultBody = node.defaultBody {
                    try execute(defaultBody, output: output)
                }
            } catch let flow as ControlFlow {
                switch flow {
                case .breakLoop(let target) where target == nil || target == node.label?.lowercased():
                    break itemLoop
                case .continueLoop(let target) where target == nil || target == node.label?.lowercased():
                    continue itemLoop
                default:
                    throw flow
                }
            }
        }
    }

    func switchClauseMatches(_ condition: ExpressionNode, _ item: Value, _ node: SwitchNode) throws -> Bool {
        if case .scriptBlock(let block) = condition.kind {
            let result = try invokeBlockForValue(ScriptBlock(block), dollarUnder: item, span: condition.span)
            return Conversion.toBool(result)
        }
        let value = try evaluate(condition)
        switch node.mode {
        case .exact:
            if case .string = item {} else if !(value.isString) {
                return Operators.looselyEqual(item, value, caseSensitive: node.caseSensitive)
            }
            return Operators.looselyEqual(.string(Conversion.toString(item)), value, caseSensitive: node.caseSensitive)
        case .wildcard:
            return Wildcard(Conversion.toString(value), caseSensitive: node.caseSensitive).matches(Conversion.toString(item))
        case .regex:
            let regex = try RegexObject(pattern: Conversion.toString(value), caseSensitive: node.caseSensitive, at: condition.span)
            if let table = regex.matchTable(Conversion.toString(item)) {
                setVariable("Matches", .hashtable(table))
                return true
            }
            return false
        }
    }

    /// A condition's truth; `$?` is `$true` after one that runs a command,
    /// as in pwsh (`if (Get-Item x -ea 0) { $? }` never sees `$false`).
    func isTrue(_ condition: StatementNode) throws -> Bool {
        let value = Conversion.toBool(try evaluateStatementValue(condition))
        if condition.runsCommand { status.lastCommandSucceeded = true }
        return value
    }

    /// `try { } catch { } finally { }`. An error from a catch block leaves
    /// the statement; an error from the finally block replaces whatever was
    /// leaving it (an error, `break`, `return`), as in PowerShell.
    func runTry(_ body: StatementList, _ catches: [CatchNode], _ finallyBody: StatementList?, output: OutputSink) throws {
        var leaving: Error?
        calls.tryDepth += 1
        do {
            try execute(body, output: output)
            calls.tryDepth -= 1
        } catch let error as ScriptError {
            calls.tryDepth -= 1
            let thrownTypes = error.record.handledExceptionTypes
            if let clause = catches.first(where: { clause in
                clause.types.isEmpty || clause.types.contains { type in
                    thrownTypes.contains { ExceptionObject.type($0, isOrDerivesFrom: type.name) }
                }
            }) {
                do {
                    try runCatch(clause, error, output: output)
                } catch {
                    leaving = error
                }
            } else {
                leaving = error
            }
        } catch {
            calls.tryDepth -= 1
            leaving = error
        }
        if let finallyBody {
            if leaving is PipelineStoppedError {
                // A finally block runs even when the pipeline is being stopped.
                try? execute(finallyBody, output: output)
            } else {
                try execute(finallyBody, output: output)
            }
        }
        if let leaving { throw leaving }
    }

    private func runCatch(_ clause: CatchNode, _ error: ScriptError, output: OutputSink) throws {
        recordError(error.record)
        // pwsh's SetErrorVariables: a caught error also reaches the -ErrorVariable of the function it is caught in.
        collectError(error.record, into: streams)
        let savedItem = scope.currentItem
        scope.currentItem = .error(error.record)
        defer { scope.currentItem = savedItem }
        try execute(clause.body, output: output)
    }

    func makeThrownError(_ value: StatementNode?, span: SourceSpan) throws -> Error {
        guard let value else {
            if case .error(let record)? = scope.currentItemInChain() { return ScriptError(record, scriptTerminating: true) }
            return ScriptError(ErrorRecord("ScriptHalted", errorId: "ScriptHalted", category: .operationStopped, span: span),
                               scriptTerminating: true)
        }
        let thrown = try evaluateStatementValue(value)
        let record: ErrorRecord
        switch thrown {
        case .error(let existing):
            return ScriptError(existing, scriptTerminating: true)
        case .native(let exception as ExceptionObject):
            record = ErrorRecord(exception: exception, errorId: exception.message, category: .operationStopped, span: span)
        case .string(let message):
            record = ErrorRecord(message, errorId: message, category: .operationStopped, target: thrown, span: span)
        default:
            record = ErrorRecord(Conversion.toString(thrown), errorId: Conversion.toString(thrown), category: .operationStopped,
                                 target: thrown, span: span, thrownValue: thrown)
        }
        record.wasThrown = true
        return ScriptError(record, scriptTerminating: true)
    }
}

extension Scope {
    func currentItemInChain() -> Value? {
        var scope: Scope? = self
        while let s = scope {
            if let item = s.currentItem { return item }
            scope = s.parent
        }
        return nil
    }
}

extension Runspace {
    /// `foreach ($v in ...) { }`. (Out of `execute`: its size there kept
    /// the compiler from inlining `$i++`, 2 % of a counting loop.)
    @inline(never)
    func runForeachLoop(label: String?, variable: VariableNode, collection: StatementNode, body: StatementList,
                        span: SourceSpan, output: OutputSink) throws {
        let items = try evaluateStatementValue(collection)
        let list: [Value]
        switch items {
        case .null: list = []
        default: list = items.enumeratedItems
        }
        for item in list {
            try assignVariable(variable, item, span: span)
            // A $null item is $null, not a pipeline's nothing (see VariableBox.holdsNothing).
            if case .null = item { box(of: variable)?.holdsNothing = false }
            if try runLoopBody(body, label: label, output: output) { break }
        }
    }
}
