// The fast path for a function call statement, `f $a -b 2`: a script
// function with only an end block (simple or [CmdletBinding()]), called
// with arguments whose binding the call's shape decides, and no
// redirection. It binds straight into the new scope's slots through the
// block's ScriptBindingPlan (the same plan, conversions, validation and
// defaults as the general path) and runs the body, skipping the pipeline
// machinery. A finished call's scope, and its variables' boxes, serve the
// next call when nothing else still holds them; the compiled block is read through
// borrowed references (Borrowed), since each retain and
// release is an atomic operation. Whatever the binder has to judge or
// report (a common parameter, an unknown, ambiguous or repeated name, a
// missing mandatory value, a splat) goes to the general path through
// ScriptBlockProcessor, which behaves identically.

import ShoalSyntax

/// Whether a script block can be called through the fast path, and if so
/// what a call needs, read out of the compiled block and binding plan once.
final class DirectCallPlan {
    /// False when the general path must run the block.
    let isEligible: Bool
    /// The block's compiled parameters (empty when not eligible).
    let parameters: [ScriptParameter]
    let binding: BindingPlan?
    /// The function scope's slots before binding.
    let emptySlots: [VariableBox?]
    let layout: VariableLayout
    /// The statements run, borrowed from `node`, which the plan holds so that
    /// they outlive a call even if the function is redefined meanwhile.
    /// The end block, borrowed (see Borrowed): a call touches no reference count for it.
    let body: Borrowed<StatementList>?
    let node: ScriptBlockNode
    /// A plain call's parameters that refuse `$null`, `''` and `@()` (mandatory ones).
    let plainRefusesEmpty: [Bool]
    let plainChecksEmpty: Bool
    /// At most two parameters, untyped, unvalidated, filled in declaration
    /// order, and no `$args` or `$input`: a positional call giving every
    /// parameter a value only stores the values in their slots.
    let bindsPlainly: Bool
    let firstSlot: Int
    let secondSlot: Int
    /// How many positional values a call needs to give every mandatory
    /// parameter one (nil: some mandatory parameter takes no position).
    let positionalCountForMandatory: Int?
    /// The parameters again, borrowed (see Borrowed): binding reads each
    /// one per call without touching its reference count.
    let borrowedParameters: [Borrowed<ScriptParameter>]
    /// How a given value reaches each parameter's slot.
    let storage: [DirectStorage]
    /// The parameters' slots are the first ones, 0 up to this (else 0):
    /// their boxes stay in `spareScope`, since every call defines them
    /// first (Scope.emptyForReuse).
    let parameterSlotCount: Int
    /// Each parameter's slot and type constraint (`[int]`), for storing a value as given.
    let slots: [Int]
    let typeConstraints: [String?]
    /// Some parameter has a type constraint (else none is copied per call).
    let isTyped: Bool
    let readsArgsOrInput: Bool
    /// The emptied scope of the last call that finished, for the next.
    /// Kept here rather than in the runspace's pool: its slots are already
    /// this function's, and taking it moves no array. (A plan, like its
    /// script block, belongs to one runspace.)
    var spareScope: Scope?

    init(_ node: ScriptBlockNode, script: ScriptBindingPlan?) {
        let declared = script?.binding.parameters ?? []
        isEligible = script != nil && node.beginBlock == nil && node.processBlock == nil && node.endBlock != nil
            && node.cleanBlock == nil
            && !node.layout.usesInvocationInfo && (script?.parameters ?? []).allSatisfy { $0.slot >= 0 }
            && !declared.contains { $0.descriptor.takesRemainingArguments } && script?.binding.hasSets == false
        let eligibleParameters = isEligible ? script?.parameters ?? [] : []
        let eligibleBinding = isEligible ? script?.binding : nil
        parameters = eligibleParameters
        binding = eligibleBinding
        borrowedParameters = eligibleParameters.map(Borrowed.init)
        storage = eligibleBinding.map { plan in eligibleParameters.indices.map { DirectStorage(plan, $0) } } ?? []
        emptySlots = Array(repeating: nil, count: node.layout.names.count)
        layout = node.layout
        body = node.endBlock.map(Borrowed.init)
        self.node = node
        let inOrder = binding?.positionalIndices == Array(declared.indices)
        bindsPlainly = isEligible && declared.count <= 2 && inOrder && !node.layout.usesArgs && !node.layout.usesInput
            && declared.allSatisfy {
                $0.descriptor.type == nil && !$0.validatesBeyondMandatory
            }
        plainRefusesEmpty = declared.map(\.refusesEmpty)
        plainChecksEmpty = plainRefusesEmpty.contains(true)
        parameterSlotCount = parameters.map(\.slot).sorted() == Array(parameters.indices) ? parameters.count : 0
        slots = parameters.map(\.slot)
        typeConstraints = parameters.map(\.typeConstraint)
        isTyped = typeConstraints.contains { $0 != nil }
        readsArgsOrInput = node.layout.usesArgs || node.layout.usesInput
        firstSlot = parameters.first?.slot ?? -1
        secondSlot = parameters.dropFirst().first?.slot ?? -1
        var needed: Int? = 0
        if let binding {
            for index in declared.indices where declared[index].descriptor.isMandatory {
                guard let position = binding.positionalIndices.firstIndex(of: index), let count = needed else { needed = nil; break }
                needed = max(count, position + 1)
            }
        }
        positionalCountForMandatory = needed
    }

    /// Where one argument goes: its value expression, borrowed from the
    /// command (nil: a switch named alone, which is `$true`), the parameter
    /// it binds (-1: `$args`), whether that is a switch, and which of the
    /// command's arguments it is (for an error's position). Copying one
    /// touches no reference count.
    struct Step {
        let value: Borrowed<ExpressionNode>?
        let parameter: Int
        let isSwitch: Bool
        let argument: Int
    }

    /// Where each argument of a call goes, in source order, decided from
    /// the call's shape before anything is evaluated. Nil whenever the
    /// binder has something to say: a common parameter, a name that is
    /// ambiguous, unknown or given twice, a missing value, a splat, `--`,
    /// `--%`, a positional value an advanced function has no place for, or
    /// a mandatory parameter left without a value.
    func steps(_ arguments: [CommandArgumentNode]) -> [Step]? {
        guard let binding else { return nil }
        var taken = Array(repeating: false, count: parameters.count)
        // Positional values are numbered until the names are all known.
        var found: [(value: ExpressionNode?, parameter: Int?, positional: Int, argument: Int)] = []
        found.reserveCapacity(arguments.count)
        var positionalCount = 0
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case .parameter(let name, let attached, _):
                guard !name.isEmpty, case .parameter(let parameter) = binding.match(name), !binding.isCommon(parameter),
                      !taken[parameter] else { return nil }
                taken[parameter] = true
                let named = index
                if let attached {
                    found.append((attached, parameter, -1, named))
                } else if binding.parameters[parameter].descriptor.isSwitch {
                    found.append((nil, parameter, -1, named))
                } else {
                    index += 1
                    guard index < arguments.count, case .value(let value) = arguments[index] else { return nil }
                    if case .splat = value.kind { return nil }
                    found.append((value, parameter, -1, named))
                }
            case .value(let value):
                if case .splat = value.kind { return nil }
                // `--` ends the named arguments: the binder's rule, not one to copy here.
                if case .string("--") = value.kind { return nil }
                found.append((value, nil, positionalCount, index))
                positionalCount += 1
            case .verbatim:
                return nil
            }
            index += 1
        }
        let free = binding.positionalIndices.filter { !taken[$0] }
        if binding.acceptsCommonParameters, positionalCount > free.count { return nil }
        for (parameter, descriptor) in binding.parameters.map(\.descriptor).enumerated() where descriptor.isMandatory && !taken[parameter] {
            guard let slot = free.firstIndex(of: parameter), slot < positionalCount else { return nil }
        }
        return found.map { entry in
            let parameter = entry.positional < 0 ? entry.parameter : entry.positional < free.count ? free[entry.positional] : nil
            return Step(value: entry.value.map(Borrowed.init), parameter: parameter ?? -1,
                        isSwitch: parameter.map { parameters[$0].isSwitch } ?? false, argument: entry.argument)
        }
    }

    /// Binds a call whose arguments are all splatted hashtables: each key
    /// names a parameter, as `-key value` would. False (having bound
    /// nothing the caller keeps) whenever the binder has something to say,
    /// as for `targets`: a splat that is not a hashtable, a common,
    /// unknown, ambiguous or repeated name, or a mandatory parameter left
    /// without a value. Reading the splatted variables has no effects, so
    /// the general path may then bind the call from the start.
    func bindSplatted(_ splats: [(variable: VariableNode, span: SourceSpan)], into given: UnsafeMutableBufferPointer<GivenArgument?>,
                      in runspace: Runspace) throws -> Bool {
        guard let binding else { return false }
        for position in splats.indices {
            // (The runspace is passed, not captured by a closure, which
            // would retain and release it around the call.)
            guard case .hashtable(let table) = try runspace.readVariable(splats[position].variable, span: splats[position].span)
            else { return false }
            // Read in place (a synchronized table is the binder's): the
            // entries are lent, not copied, and only a value is kept.
            guard table.synchronized == nil else { return false }
            let bound = table.storage.slots.withUnsafeBufferPointer { entries in
                for index in entries.indices where entries[index] != nil {
                    // A string key is already folded as a parameter name is matched.
                    let match = entries[index].unsafelyUnwrapped.folded.isString
                        ? binding.match(folded: entries[index].unsafelyUnwrapped.folded.folded)
                        : binding.match(Conversion.toString(entries[index].unsafelyUnwrapped.key))
                    guard case .parameter(let parameter) = match, !binding.isCommon(parameter), given[parameter] == nil else { return false }
                    let value = entries[index].unsafelyUnwrapped.value
                    // A switch takes its value as a boolean, as `-Force:$value` does.
                    given[parameter] = GivenArgument(value: parameters[parameter].isSwitch ? .bool(Conversion.toBool(value)) : value,
                                                     argument: position)
                }
                return true
            }
            guard bound else { return false }
        }
        return !binding.parameters.indices.contains { binding.parameters[$0].descriptor.isMandatory && given[$0] == nil }
    }

    /// The last call site's steps: a loop calls from one site, and a
    /// site's steps never change (the plan and the command are immutable).
    /// The site holds its command, whose argument expressions the steps borrow.
    private var lastSite: DirectCallSite?

    /// `command`'s steps, remembered for the next call from the same site.
    func site(of command: CommandNode) -> DirectCallSite {
        if let last = lastSite, last.command === command { return last }
        let site = DirectCallSite(command: command, steps: steps(command.arguments))
        lastSite = site
        return site
    }

    /// Whether every parameter was given a value that binding would store
    /// as it is, and the block reads neither `$args` nor `$input`.
    @inline(__always)
    func storesAsGiven(_ given: UnsafeBufferPointer<GivenArgument?>) -> Bool {
        guard !readsArgsOrInput else { return false }
        for index in given.indices {
            guard let argument = given[index], storage[index].storesUnchanged(argument.value) else { return false }
        }
        return true
    }

    /// Whether a call of only `count` positional values binds without the
    /// binder's judgement.
    func acceptsPositional(_ count: Int) -> Bool {
        guard let binding, let needed = positionalCountForMandatory, count >= needed else { return false }
        return !binding.acceptsCommonParameters || count <= binding.positionalIndices.count
    }
}

/// One call site's steps (nil when the binder must judge the call), and
/// the command whose arguments they borrow.
final class DirectCallSite {
    let command: CommandNode
    let steps: [DirectCallPlan.Step]?

    init(command: CommandNode, steps: [DirectCallPlan.Step]?) {
        self.command = command
        self.steps = steps
    }
}

/// When a value a call gives reaches a parameter's slot as it is, decided
/// once per plan so that a call reads no conversion or validation table:
/// the binder's conversion and validation would hand it back unchanged.
struct DirectStorage {
    /// The kind of value a typed parameter holds unchanged (nil: untyped).
    private let primitive: ConversionTarget.Primitive?
    /// A mandatory parameter: `$null`, `''` and `@()` are the binder's to refuse.
    private let refusesEmpty: Bool
    /// Validation beyond that, or a type no name resolves: always the binder's.
    private let alwaysBinds: Bool

    init(_ binding: BindingPlan, _ index: Int) {
        let parameter = binding.parameters[index]
        refusesEmpty = parameter.refusesEmpty
        switch binding.conversions[index] {
        case .none:
            // (A switch's value becomes a SwitchParameter in the binder.)
            primitive = nil
            alwaysBinds = parameter.validatesBeyondMandatory || parameter.descriptor.isSwitch
        case .to(let target):
            primitive = target.primitive
            alwaysBinds = parameter.validatesBeyondMandatory
        case .unknownType:
            primitive = nil
            alwaysBinds = true
        }
    }

    @inline(__always)
    func storesUnchanged(_ value: Value) -> Bool {
        if alwaysBinds { return false }
        if let primitive, !primitive.holds(value) { return false }
        guard refusesEmpty else { return true }
        switch value {
        case .int, .double, .bool: return true
        case .string(let text): return !text.isEmpty
        default: return false
        }
    }
}

/// A parameter's value as a call gives it, and which of the command's
/// arguments gave it (for an error's position). (A named type: an array of
/// tuples is handled through generic metadata at run time, which cost a
/// tenth of a named call; and no span, whose file a copy would retain.)
struct GivenArgument {
    let value: Value
    let argument: Int
}

extension CommandArgumentNode {
    /// Where an error about this argument points.
    var span: SourceSpan {
        switch self {
        case .parameter(_, _, let span): return span
        case .value(let value): return value.span
        case .verbatim(_, let span): return span
        }
    }
}

extension Runspace {
    /// Runs `command` directly if it is a function call the fast path
    /// takes; returns false (having evaluated nothing) when the general
    /// path is needed.
    func tryDirectFunctionCall(_ command: CommandNode, output: OutputSink) throws -> Bool {
        if command.isCalledLikeMethod { try checkMethodStyleCall(command) }
        guard fastPaths, command.invocation == .none, command.redirections.isEmpty, let key = command.nameKey,
              let function = findFunction(key), !function.isFilter
        else { return false }
        // The plan is borrowed: `function`, held for the call, holds its
        // block, which holds the plan (a block's plan is never replaced).
        return try directCallPlan(for: function.block).with { plan in
            try callDirectly(function, plan, command, output: output)
        }
    }

    /// `tryDirectFunctionCall` once the function and its plan are known.
    private func callDirectly(_ function: FunctionInfo, _ plan: DirectCallPlan, _ command: CommandNode,
                              output: OutputSink) throws -> Bool {
        // A closure's block runs with its own script scope: the general path.
        guard plan.isEligible, function.block.closureScope == nil else { return false }
        // An advanced function may take $PSDefaultParameterValues: the binder's to apply.
        if plan.binding?.acceptsCommonParameters == true, hasDefaultParameterValues { return false }
        if plan.bindsPlainly, let few = command.fewPositionalValues, few.count == plan.parameters.count {
            // The usual call, `f $a $b`, with its arguments borrowed from the
            // command and stored straight into their slots: every reference
            // count touched here is an atomic operation (see Borrowed).
            let first = try few.first.map { try $0.with { try evaluate($0) } } ?? .null
            let second = try few.second.map { try $0.with { try evaluate($0) } } ?? .null
            if plan.plainChecksEmpty, let binding = plan.binding {
                var binder = ParameterBinder(plan: binding, commandName: function.name, span: command.span)
                binder.runspace = self
                for (index, value) in [first, second].prefix(few.count).enumerated() where plan.plainRefusesEmpty[safe: index] == true {
                    try binder.checkMandatoryValue(binding.parameters[index], value, at: command.span)
                }
            }
            try checkCallDepth(command)
            let functionScope = makeFunctionScope(plan)
            calls.push(CallFrame(command))
            if few.count > 0 { functionScope.defineSlot(plan.firstSlot, first, typeConstraint: nil) }
            if few.count > 1 { functionScope.defineSlot(plan.secondSlot, second, typeConstraint: nil) }
            try runFunctionBody(plan, in: functionScope, output: output)
            return true
        }
        guard let binding = plan.binding else { return false }
        // Arguments are evaluated in the caller's scope, before the call's.
        // `given[i]` is parameter i's value and its argument, by position or
        // name, in a buffer on the stack: no allocation, and no uniqueness
        // check per store as an array has.
        return try withUnsafeTemporaryAllocation(of: GivenArgument?.self, capacity: plan.parameters.count) { given in
            given.initialize(repeating: nil)
            // Emptied one by one rather than deinitialized as a whole: the
            // loop is compiled for the type, deinitializing goes through
            // generic metadata. An empty entry holds nothing to release.
            defer { for index in given.indices where given[index] != nil { given[index] = nil } }
            var extra: [Value] = []
            if let arguments = command.positionalValues {
                guard plan.acceptsPositional(arguments.count) else { return false }
                let order = binding.positionalIndices
                for (index, expression) in arguments.enumerated() {
                    let value = try evaluate(expression)
                    if index < order.count { given[order[index]] = GivenArgument(value: value, argument: index) } else { extra.append(value) }
                }
            } else if let splats = command.splats {
                guard try plan.bindSplatted(splats, into: given, in: self) else {
                    return false
                }
            } else {
                let site = plan.site(of: command)
                guard let steps = site.steps else { return false }
                for step in steps {
                    var value = try step.value?.with { try evaluate($0) } ?? .bool(true)
                    guard step.parameter >= 0 else {
                        extra.append(value)
                        continue
                    }
                    // A switch takes `-s` or `-s:$value`, as a boolean.
                    if step.isSwitch { value = .bool(Conversion.toBool(value)) }
                    given[step.parameter] = GivenArgument(value: value, argument: step.argument)
                }
            }
            try checkCallDepth(command)
            let functionScope = makeFunctionScope(plan)
            // Binding runs in the function's scope (defaults may read earlier
            // parameters) and counts as part of the call: a default that calls
            // the function itself must meet the depth limit.
            calls.push(CallFrame(command))
            if extra.isEmpty, plan.storesAsGiven(UnsafeBufferPointer(given)) {
                // Nothing to convert, validate or default: no code of the
                // script's runs in binding, so the values go straight in.
                for index in given.indices {
                    // Moved out: the entry is left empty, with nothing to release later.
                    functionScope.defineSlot(plan.slots[index], given[index].take().unsafelyUnwrapped.value,
                                             typeConstraint: plan.isTyped ? plan.typeConstraints[index] : nil)
                }
                try runFunctionBody(plan, in: functionScope, output: output)
                return true
            }
            try runFunctionBody(plan, in: functionScope, output: output) {
                try bindDirectly(plan, binding, given: UnsafeBufferPointer(given), extra: extra, function: function, command: command)
            }
            return true
        }
    }

    /// Defines the call's parameters in the function's scope, the current one:
    /// `given` values converted and validated, the others' unbound values.
    private func bindDirectly(_ plan: DirectCallPlan, _ binding: BindingPlan, given: UnsafeBufferPointer<GivenArgument?>,
                              extra: [Value], function: FunctionInfo, command: CommandNode) throws {
        let functionScope = scope
        for index in plan.borrowedParameters.indices {
            try plan.borrowedParameters[index].with { parameter in
                var value: Value
                if let argument = given[index] {
                    value = argument.value
                    if !plan.storage[index].storesUnchanged(value) {
                        var binder = ParameterBinder(plan: binding, commandName: function.name, span: command.span)
                        binder.runspace = self
                        value = try binder.convertDeclared(index, value, at: command.arguments[argument.argument].span)
                    }
                } else {
                    value = try parameter.unboundValue(self)
                }
                parameter.define(value, in: functionScope, useSlots: true)
            }
        }
        if plan.layout.usesArgs { functionScope.setLocal("args", .list(extra)) }
        if plan.layout.usesInput { functionScope.setLocal("input", .list([])) }
    }

    private func checkCallDepth(_ command: CommandNode) throws {
        if calls.isFull { throw CallStack.overflow(at: command.span) }
    }

    /// A new (or reused) scope for a call of `plan`'s function, a child of
    /// the current scope (read here: passed in, it would be retained and
    /// released around the call): the plan's own spare first (its slots
    /// are already this function's), then one of the runspace's.
    private func makeFunctionScope(_ plan: DirectCallPlan) -> Scope {
        if let own = plan.spareScope.take() {
            own.reuse(parent: scope)
            return own
        }
        guard !caches.spareScopes.isEmpty else { return Scope(parent: scope, layout: plan.layout, emptySlots: plan.emptySlots) }
        let spare = caches.spareScopes.removeLast()
        spare.reuse(parent: scope, layout: plan.layout, emptySlots: plan.emptySlots)
        return spare
    }

    /// Binds the call's parameters (`bind`, which may fail) and runs the
    /// function's body, both in the function's scope, entered once; then
    /// ends the call (already on `calls`) and recycles the scope.
    /// (The scope is moved in and out, not copied: each copy of a reference
    /// is an atomic operation.)
    private func runFunctionBody(_ plan: DirectCallPlan, in functionScope: consuming Scope, output: OutputSink,
                                 binding bind: () throws -> Void = {}) throws {
        var bound = false
        do {
            try withScope(swapping: &functionScope, slotsUsable: true) {
                try bind()
                bound = true
                do {
                    try plan.body?.with { try execute($0, output: output) }
                } catch ControlFlow.returnFromBlock {
                }
            }
        } catch {
            endCall(of: plan, in: functionScope, bound: bound)
            throw error
        }
        endCall(of: plan, in: functionScope, bound: bound)
    }

    private func endCall(of plan: DirectCallPlan, in functionScope: consuming Scope, bound: Bool) {
        calls.pop()
        recycle(functionScope, of: plan)
        // A call by itself succeeds, whatever ran inside the function set `$?` to.
        if bound { status.lastCommandSucceeded = true }
    }

    /// Keeps a finished call's scope for the next call, unless something
    /// still refers to it (a closure, a remembered function look-up): as
    /// the plan's spare when it has none (a recursive call's scope goes to
    /// the runspace's).
    private func recycle(_ functionScope: consuming Scope, of plan: DirectCallPlan) {
        caches.lastFunctionLookup.forget(scope: functionScope)
        if caches.localBoxCache.scope === functionScope { caches.localBoxCache.clear() }
        guard isKnownUniquelyReferenced(&functionScope) else { return }
        if plan.spareScope == nil {
            functionScope.emptyForReuse(keepingBoxesBelow: plan.parameterSlotCount)
            plan.spareScope = consume functionScope
            return
        }
        guard caches.spareScopes.count < EvaluatorCaches.maximumSpareScopes else { return }
        functionScope.emptyForReuse()
        caches.spareScopes.append(consume functionScope)
    }

    /// The function a command name calls, unless an alias of that name
    /// comes first; answered from the last look-up when nothing can have
    /// changed its answer (same scope, no function or alias defined since).
    func findFunction(_ key: String) -> FunctionInfo? {
        let generation = caches.functionGeneration
        if let known = caches.lastFunctionLookup.function(for: key, from: scope, generation: generation,
                                                          aliasGeneration: aliasGeneration) {
            return known
        }
        guard aliases.isEmpty || aliases[key] == nil, let function = scope.lookupFunction(key) else { return nil }
        caches.lastFunctionLookup.remember(key, from: scope, generation: generation, aliasGeneration: aliasGeneration, function)
        return function
    }

    /// `f(1, 2)` under `Set-StrictMode -Version 2` or later: pwsh's error.
    func checkMethodStyleCall(_ command: CommandNode) throws {
        guard scope.effectiveStrictModeVersion >= 2 else { return }
        throw ScriptError.runtime(
            "The function or command was called as if it were a method. Parameters should be separated by spaces. For information about parameters, see the about_Parameters Help topic.",
            id: "StrictModeFunctionCallWithParens", at: command.span, category: .invalidOperation)
    }

    /// Removes function `key` (`Remove-Item function:f`); false when none is defined.
    public func removeFunction(_ key: String) -> Bool {
        defer { caches.functionGeneration &+= 1 }
        return scope.removeFunction(key)
    }

    /// Defines (or replaces) function `key` in `scope`, one of this runspace's.
    func defineFunction(_ key: String, _ info: FunctionInfo, in scope: Scope) {
        scope.defineFunction(key, info)
        caches.functionGeneration &+= 1
    }

    /// `block`'s plan, made on its first call, borrowed (see Borrowed).
    @inline(__always)
    func directCallPlan(for block: ScriptBlock) -> Borrowed<DirectCallPlan> {
        if let plan = block.borrowedDirectCallPlan { return plan }
        return Borrowed(makeDirectCallPlan(for: block))
    }

    private func makeDirectCallPlan(for block: ScriptBlock) -> DirectCallPlan {
        // A param block whose attributes fail to evaluate is the general path's to report.
        let plan = DirectCallPlan(block.node, script: try? bindingPlan(for: block))
        block.directCallPlan = plan
        return plan
    }
}
