// The fast path for the most common call, `f $a $b`: a simple function
// (no [CmdletBinding()], no begin/process blocks, no validation
// attributes) called with positional arguments and no redirection. It
// binds the arguments straight into the new scope's slots and runs the
// body, skipping the pipeline machinery. Anything else takes the general
// path through ScriptBlockProcessor, which behaves identically.

import ShoalSyntax

/// Whether a script block can be called through the fast path, and if so
/// what a call needs, read out of the AST once.
final class DirectCallPlan {
    /// False when the general path must run the block.
    let isEligible: Bool
    let parameters: [DirectParameter]
    /// The function scope's slots before binding.
    let emptySlots: [VariableBox?]
    let layout: VariableLayout
    let body: [Statement]

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
        parameters = eligible ? (ast.paramBlock?.parameters ?? []).map(DirectParameter.init) : []
        emptySlots = Array(repeating: nil, count: ast.layout.names.count)
        layout = ast.layout
        body = ast.endBlock?.statements ?? []
    }
}

/// A parameter of a simple function, as the fast path binds it.
final class DirectParameter {
    let name: String
    let slot: Int
    let typeName: TypeName?
    let defaultValue: Expression?

    init(_ parameter: ParameterAst) {
        name = parameter.variable.name
        slot = parameter.variable.slot
        typeName = parameter.typeName
        defaultValue = parameter.defaultValue
    }
}

extension Runspace {
    /// Runs `command` directly if it is a simple function call; returns
    /// false (having evaluated nothing) when the general path is needed.
    func tryDirectFunctionCall(_ command: CommandAst, output: OutputSink) throws -> Bool {
        guard command.invocation == .none, command.redirections.isEmpty, let key = command.nameKey,
              let function = findFunction(key), !function.isFilter
        else { return false }
        let plan = directCallPlan(for: function.block)
        guard plan.isEligible, let arguments = command.positionalValues else { return false }
        let parameters = plan.parameters, layout = plan.layout
        // Arguments are evaluated in the caller's scope, before the call's.
        // Up to two are held without an array (the usual call).
        var first: Value = .null, second: Value = .null
        var values: [Value] = []
        for (index, expression) in arguments.enumerated() {
            let value = try evaluate(expression)
            switch index {
            case 0: first = value
            case 1: second = value
            default:
                if values.isEmpty { values = [first, second] }
                values.append(value)
            }
        }
        if arguments.count <= 2, layout.usesArgs { values = Array([first, second].prefix(arguments.count)) }
        if callDepth + 1 > Runspace.maximumCallDepth {
            var error = ScriptError.runtime("The script failed due to call depth overflow.", id: "CallDepthOverflow",
                                            at: command.span, type: "System.Management.Automation.ScriptCallDepthException",
                                            category: "InvalidOperation")
            error.isScriptTerminating = true
            throw error
        }
        var functionScope: Scope
        if !spareScopes.isEmpty {
            let spare = spareScopes.removeLast()
            spare.reuse(parent: function.block.closureScope ?? scope, layout: layout, emptySlots: plan.emptySlots)
            functionScope = spare
        } else {
            functionScope = Scope(parent: function.block.closureScope ?? scope, layout: layout, emptySlots: plan.emptySlots)
        }
        let savedScope = scope
        let savedSlots = slotsUsable
        scope = functionScope
        slotsUsable = true
        callDepth += 1
        defer {
            scope = savedScope
            slotsUsable = savedSlots
            callDepth -= 1
            recycle(&functionScope)
        }
        for (index, parameter) in parameters.enumerated() {
            var value: Value
            if index < arguments.count {
                value = index == 0 ? first : index == 1 ? second : values[index]
                if let type = parameter.typeName {
                    do {
                        value = try TypeConversion.convert(value, to: type.name, at: type.span)
                    } catch let error as ScriptError {
                        throw ScriptError(ErrorRecord(
                            "Cannot process argument transformation on parameter '\(parameter.name)'. \(error.record.message)",
                            exceptionType: "System.Management.Automation.ParameterBindingException",
                            errorId: "ParameterArgumentTransformationError", category: "InvalidArgument",
                            span: arguments[index].span, commandName: function.name))
                    }
                }
            } else if let defaultExpression = parameter.defaultValue {
                value = try evaluate(defaultExpression)
            } else if let type = parameter.typeName, ["string", "int", "long", "double", "bool"].contains(type.name.lowercased()) {
                value = try TypeConversion.convert(.null, to: type.name, at: type.span)
            } else {
                value = .null
            }
            functionScope.defineSlot(parameter.slot, value, typeConstraint: parameter.typeName?.name)
        }
        if layout.usesArgs {
            functionScope.setLocal("args", .list(values.count > parameters.count ? Array(values[parameters.count...]) : []))
        }
        if layout.usesInput { functionScope.setLocal("input", .list([])) }
        lastCommandSucceeded = true
        do {
            try execute(plan.body, output: output)
        } catch ControlFlow.returnFromBlock {
        }
        return true
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
