// The fast path for the most common call, `f $a $b`: a simple function
// (no [CmdletBinding()], no begin/process blocks, no validation
// attributes) called with positional arguments and no redirection. It
// binds the arguments straight into the new scope's slots and runs the
// body, skipping the pipeline machinery. A finished call's scope, and its
// variables' boxes, serve the next call when nothing else still holds
// them; the AST is read through borrowed references (ShoalSyntax.Borrowed),
// since each retain and release is an atomic operation. Anything else
// takes the general path through ScriptBlockProcessor, which behaves
// identically.

import ShoalSyntax

/// Whether a script block can be called through the fast path, and if so
/// what a call needs, read out of the AST once.
final class DirectCallPlan {
    /// False when the general path must run the block.
    let isEligible: Bool
    let parameters: [ParameterAst]
    /// The function scope's slots before binding.
    let emptySlots: [VariableBox?]
    let layout: VariableLayout
    /// The statements run, borrowed from `ast`, which the plan holds so that
    /// they outlive a call even if the function is redefined meanwhile.
    let body: [Borrowed<Statement>]
    let ast: ScriptBlockAst
    /// At most two parameters, untyped, and no `$args` or `$input`: a call
    /// giving every parameter a value only stores the values in their slots.
    let bindsPlainly: Bool
    let firstSlot: Int
    let secondSlot: Int

    init(_ ast: ScriptBlockAst) {
        var eligible = !ast.isAdvanced && ast.beginBlock == nil && ast.processBlock == nil && ast.endBlock != nil
            && !ast.layout.usesInvocationInfo
        for parameter in ast.paramBlock?.parameters ?? [] {
            if !parameter.attributes.isEmpty || parameter.variable.slot < 0
                || parameter.typeName?.name.lowercased() == "switch" {
                eligible = false
            }
        }
        isEligible = eligible
        parameters = eligible ? ast.paramBlock?.parameters ?? [] : []
        emptySlots = Array(repeating: nil, count: ast.layout.names.count)
        layout = ast.layout
        body = ast.endBlock?.borrowedStatements ?? []
        self.ast = ast
        bindsPlainly = eligible && parameters.count <= 2 && parameters.allSatisfy { $0.typeName == nil }
            && !ast.layout.usesArgs && !ast.layout.usesInput
        firstSlot = parameters.first?.variable.slot ?? -1
        secondSlot = parameters.dropFirst().first?.variable.slot ?? -1
        parameterNames = parameters.map { $0.variable.name.lowercased() }
    }

    /// The parameters' names, lower-cased, in order.
    let parameterNames: [String]

    /// A call with named arguments (`f -b 1 -a $x`, `f -a:$x 2`): each
    /// value expression in source order with the parameter its name picks
    /// (nil: positional). Nil whenever the binder has something to say:
    /// a name that is ambiguous, unknown (it goes to `$args`), given twice
    /// or missing its value, a splat, `--%`; the general path then binds
    /// and reports as PowerShell does.
    func namedBinding(_ arguments: [CommandArgument]) -> [(value: Expression, parameter: Int?, span: SourceSpan)]? {
        var order: [(value: Expression, parameter: Int?, span: SourceSpan)] = []
        order.reserveCapacity(arguments.count)
        var named = 0
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case .parameter(let name, let attached, let span):
                // An error binding a named value points at its `-name`, as the general path's does.
                guard let parameter = parameterIndex(name), !order.contains(where: { $0.parameter == parameter }) else { return nil }
                named += 1
                if let attached {
                    order.append((attached, parameter, span))
                } else {
                    index += 1
                    guard index < arguments.count, case .value(let value) = arguments[index] else { return nil }
                    if case .splat = value.kind { return nil }
                    order.append((value, parameter, span))
                }
            case .value(let value):
                if case .splat = value.kind { return nil }
                // `--` ends the named arguments: the binder's rule, not one to copy here.
                if case .string("--") = value.kind { return nil }
                order.append((value, nil, value.span))
            case .verbatim:
                return nil
            }
            index += 1
        }
        return named > 0 ? order : nil
    }

    /// The parameter `-name` picks: its full name, or the one name it begins.
    private func parameterIndex(_ name: String) -> Int? {
        guard !name.isEmpty else { return nil }
        let lower = name.lowercased()
        if let exact = parameterNames.firstIndex(of: lower) { return exact }
        let matches = parameterNames.indices.filter { parameterNames[$0].hasPrefix(lower) }
        return matches.count == 1 ? matches[0] : nil
    }
}

extension Runspace {
    /// Runs `command` directly if it is a simple function call; returns
    /// false (having evaluated nothing) when the general path is needed.
    func tryDirectFunctionCall(_ command: CommandAst, output: OutputSink) throws -> Bool {
        guard fastPaths, command.invocation == .none, command.redirections.isEmpty, let key = command.nameKey,
              let function = findFunction(key), !function.isFilter
        else { return false }
        let plan = directCallPlan(for: function.block)
        // A closure's block runs with its own script scope: the general path.
        guard plan.isEligible, function.block.closureScope == nil else { return false }
        if plan.bindsPlainly, let few = command.fewPositionalValues, few.count == plan.parameters.count {
            // The usual call, `f $a $b`, with its arguments borrowed from the
            // command and stored straight into their slots: every reference
            // count touched here is an atomic operation (see Borrowed).
            let first = try few.first.map { try $0.with { try evaluate($0) } } ?? .null
            let second = try few.second.map { try $0.with { try evaluate($0) } } ?? .null
            try checkCallDepth(command)
            var functionScope = makeFunctionScope(plan, parent: scope)
            callDepth += 1
            callFrames[callDepth - 1] = CallFrame(command)
            if few.count > 0 { functionScope.defineSlot(plan.firstSlot, first, typeConstraint: nil) }
            if few.count > 1 { functionScope.defineSlot(plan.secondSlot, second, typeConstraint: nil) }
            try runFunctionBody(plan, in: &functionScope, output: output)
            return true
        }
        let parameters = plan.parameters, layout = plan.layout
        // Arguments are evaluated in the caller's scope, before the call's.
        // `given[i]` is parameter i's value and its argument, by position or name.
        var given: [(value: Value, span: SourceSpan)?]
        var extra: [Value] = []
        if let arguments = command.positionalValues {
            given = Array(repeating: nil, count: parameters.count)
            for (index, expression) in arguments.enumerated() {
                let value = try evaluate(expression)
                if index < parameters.count { given[index] = (value, expression.span) } else { extra.append(value) }
            }
        } else if let order = plan.namedBinding(command.arguments) {
            given = Array(repeating: nil, count: parameters.count)
            var positional: [(Value, SourceSpan)] = []
            for (expression, parameter, span) in order {
                let value = try evaluate(expression)
                if let parameter { given[parameter] = (value, span) } else { positional.append((value, span)) }
            }
            // Positional values fill, in order, the parameters no name took.
            var next = 0
            for (value, span) in positional {
                while next < given.count, given[next] != nil { next += 1 }
                if next < given.count { given[next] = (value, span) } else { extra.append(value) }
            }
        } else {
            return false
        }
        try checkCallDepth(command)
        var functionScope = makeFunctionScope(plan, parent: scope)
        // Binding runs in the function's scope (defaults may read earlier
        // parameters) and counts as part of the call: a default that calls
        // the function itself must meet the depth limit.
        let savedScope = scope
        let savedSlots = slotsUsable
        scope = functionScope
        slotsUsable = true
        callDepth += 1
        callFrames[callDepth - 1] = CallFrame(command)
        do {
            defer {
                scope = savedScope
                slotsUsable = savedSlots
            }
            for (index, parameter) in parameters.enumerated() {
                var value: Value
                if let argument = given[index] {
                    value = argument.value
                    if let type = parameter.typeName {
                        do {
                            value = try TypeConversion.convert(value, to: type.name, at: type.span)
                        } catch let error as ScriptError {
                            throw ScriptError(ErrorRecord(
                                "Cannot process argument transformation on parameter '\(parameter.variable.name)'. \(error.record.message)",
                                exceptionType: "System.Management.Automation.ParameterBindingException",
                                errorId: "ParameterArgumentTransformationError", category: "InvalidArgument",
                                span: argument.span, commandName: function.name))
                        }
                    }
                } else if let defaultExpression = parameter.defaultValue {
                    value = try evaluate(defaultExpression)
                } else if let type = parameter.typeName, ["string", "int", "long", "double", "bool"].contains(type.name.lowercased()) {
                    value = try TypeConversion.convert(.null, to: type.name, at: type.span)
                } else {
                    value = .null
                }
                functionScope.defineSlot(parameter.variable.slot, value, typeConstraint: parameter.typeName?.name)
            }
            if layout.usesArgs {
                functionScope.setLocal("args", .list(extra))
            }
            if layout.usesInput { functionScope.setLocal("input", .list([])) }
        } catch {
            callDepth -= 1
            recycle(&functionScope)
            throw error
        }
        try runFunctionBody(plan, in: &functionScope, output: output)
        return true
    }

    private func checkCallDepth(_ command: CommandAst) throws {
        guard callDepth + 1 > Runspace.maximumCallDepth else { return }
        var error = ScriptError.runtime("The script failed due to call depth overflow.", id: "CallDepthOverflow",
                                        at: command.span, type: "System.Management.Automation.ScriptCallDepthException",
                                        category: "InvalidOperation")
        error.isScriptTerminating = true
        throw error
    }

    /// A new (or reused) scope for a call of `plan`'s function.
    private func makeFunctionScope(_ plan: DirectCallPlan, parent: Scope) -> Scope {
        guard !spareScopes.isEmpty else { return Scope(parent: parent, layout: plan.layout, emptySlots: plan.emptySlots) }
        let spare = spareScopes.removeLast()
        spare.reuse(parent: parent, layout: plan.layout, emptySlots: plan.emptySlots)
        return spare
    }

    /// Runs the function's body in its bound scope (the call already
    /// counted in `callDepth`), then ends the call and recycles the scope.
    private func runFunctionBody(_ plan: DirectCallPlan, in functionScope: inout Scope, output: OutputSink) throws {
        let savedScope = scope
        let savedSlots = slotsUsable
        scope = functionScope
        slotsUsable = true
        defer {
            scope = savedScope
            slotsUsable = savedSlots
            callDepth -= 1
            recycle(&functionScope)
        }
        lastCommandSucceeded = true
        do {
            try execute(plan.body, output: output)
        } catch ControlFlow.returnFromBlock {
        }
    }

    /// Keeps a finished call's scope for the next call, unless something
    /// still refers to it (a closure, a remembered function look-up).
    private func recycle(_ functionScope: inout Scope) {
        if let last = lastFunctionLookup, last.scope === functionScope { lastFunctionLookup = nil }
        if localBoxCache.scope === functionScope { localBoxCache.clear() }
        guard spareScopes.count < Runspace.maximumSpareScopes, isKnownUniquelyReferenced(&functionScope) else { return }
        functionScope.emptyForReuse()
        spareScopes.append(functionScope)
    }

    /// The function a command name calls, unless an alias of that name
    /// comes first; answered from the last look-up when nothing can have
    /// changed its answer (same scope, no function or alias defined since).
    func findFunction(_ key: String) -> FunctionInfo? {
        let generation = Scope.functionGeneration.load(ordering: .relaxed)
        if let last = lastFunctionLookup, last.scope === scope, last.generation == generation,
           last.aliasGeneration == aliasGeneration, last.key == key {
            return last.function
        }
        guard aliases.isEmpty || aliases[key] == nil, let function = scope.lookupFunction(key) else { return nil }
        lastFunctionLookup = (key, scope, generation, aliasGeneration, function)
        return function
    }

    func directCallPlan(for block: ScriptBlock) -> DirectCallPlan {
        if let plan = block.directCallPlan { return plan }
        let plan = DirectCallPlan(block.ast)
        block.directCallPlan = plan
        return plan
    }
}
