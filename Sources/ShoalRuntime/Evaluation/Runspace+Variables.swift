// Reading and assigning variables, including scope qualifiers, `$env:`,
// type-constrained variables, compound and multiple assignment, and
// `++`/`--`.

import Glibc
import ShoalSyntax

extension Runspace {
    /// Reads a variable; `span` is only evaluated for an error, so the
    /// fast path does not touch the source position at all.
    /// `inString`: the variable is expanded in a double-quoted string,
    /// which strict mode 1 still lets be unset.
    @inline(__always)
    func readVariable(_ reference: VariableNode, span: @autoclosure () -> SourceSpan, inString: Bool = false) throws -> Value {
        if reference.slot >= 0, slotsUsable, let box = scope.slots[reference.slot] {
            return box.value
        }
        return try readVariableSlowly(reference, span: span(), inString: inString)
    }

    /// Under `Set-StrictMode` (1 and up; in strings from 2), reading a
    /// variable that was never set is pwsh's VariableIsUndefined error.
    func unsetVariable(_ reference: VariableNode, span: SourceSpan, inString: Bool) throws -> Value {
        let version = scope.effectiveStrictModeVersion
        guard version >= (inString ? 2 : 1) else { return .null }
        throw ScriptError.runtime("The variable '$\(reference.name)' cannot be retrieved because it has not been set.",
                                  id: "VariableIsUndefined", at: span, category: .invalidOperation, target: .string(reference.name))
    }

    // The by-name cache is consulted only off the slot paths above and in
    // `assign`/`increment`: even unexecuted, a call there made the compiler
    // retain the reference on every read (callgrind: +17 % on a counting loop).

    /// Notes where a by-name look-up found a variable of the current scope.
    @inline(__always)
    func rememberLocalBox(_ box: VariableBox, for reference: VariableNode) {
        if reference.slot >= 0, !slotsUsable { caches.localBoxCache.remember(box, for: reference, in: scope) }
    }

    func readVariableSlowly(_ reference: VariableNode, span: SourceSpan, inString: Bool = false) throws -> Value {
        if reference.isCurrentItem { return currentItem }
        switch reference.qualifier {
        case .none, .local, .variable:
            if reference.slot >= 0, !slotsUsable, !reference.isAutomatic,
               let box = caches.localBoxCache.box(for: reference, in: scope) {
                return box.value
            }
            if reference.isAutomatic, let special = readSpecialVariable(reference.key) { return special }
            if let box = scope.localBox(reference.key) {
                rememberLocalBox(box, for: reference)
                return box.value
            }
            if let box = scope.lookup(reference.key) { return box.value }
            // The script the reference is written in, as PowerShell defines them.
            switch reference.key {
            case "psscriptroot": return .string(span.file.path.map(Runspace.directoryName) ?? "")
            case "pscommandpath": return .string(span.file.path ?? "")
            default: return try unsetVariable(reference, span: span, inString: inString)
            }
        case .private:
            if let box = scope.localBox(reference.key) { return box.value }
            return try unsetVariable(reference, span: span, inString: inString)
        case .script:
            if let box = scriptScope.lookup(reference.key) { return box.value }
            return try unsetVariable(reference, span: span, inString: inString)
        case .global:
            if let box = globalScope.localBox(reference.key) { return box.value }
            return try unsetVariable(reference, span: span, inString: inString)
        case .env:
            guard let value = ProcessEnvironment.get(reference.name) else {
                return HostIdentity.windowsVariable(reference.name).map(Value.string) ?? .null
            }
            return .string(value)
        case .function:
            return scope.lookupFunction(reference.key).map { .scriptBlock($0.block) } ?? .null
        case .alias:
            return aliases[reference.key].map(Value.string) ?? .null
        case .drive:
            throw Runspace.driveNotFound(reference.name, span: span)
        case .using:
            if let usingValues = scope.lookup("__using_" + reference.key) { return usingValues.value }
            throw ScriptError.runtime(
                "A Using variable cannot be retrieved. A Using variable can be used only with Invoke-Command, Start-Job, Start-ThreadJob or ForEach-Object -Parallel.",
                id: "UsingWithoutInvokeCommand", at: span, category: .invalidOperation)
        }
    }

    func assignVariable(_ reference: VariableNode, _ value: Value, span: SourceSpan) throws {
        if reference.slot >= 0, slotsUsable, reference.qualifier != .private {
            if let box = scope.slots[reference.slot] {
                try store(value, in: box, span: span)
            } else {
                scope.slots[reference.slot] = VariableBox(value, spelling: reference.name)
            }
            return
        }
        if reference.slot >= 0, !reference.isAutomatic, let box = caches.localBoxCache.box(for: reference, in: scope) {
            try store(value, in: box, span: span)
            return
        }
        switch reference.qualifier {
        case .none, .local, .variable, .private:
            if reference.isAutomatic {
                switch reference.key {
                case "null": return
                case "true", "false", "?":
                    throw ScriptError.runtime(
                        "Cannot overwrite variable \(reference.name) because it is read-only or constant.",
                        id: "VariableNotWritable", at: span, type: "System.Management.Automation.SessionStateUnauthorizedAccessException",
                        category: .writeError)
                case "_", "psitem":
                    scope.currentItem = value
                    return
                default:
                    break
                }
            }
            if let box = scope.localBox(reference.key) {
                try store(value, in: box, span: span)
                if reference.qualifier == .private { box.isPrivate = true }
                rememberLocalBox(box, for: reference)
            } else {
                let box = VariableBox(value, spelling: reference.name)
                box.isPrivate = reference.qualifier == .private
                scope.defineLocal(reference.key, box)
                rememberLocalBox(box, for: reference)
            }
        case .script:
            try setIn(scriptScope, reference.key, value, spelling: reference.name, span: span)
        case .global:
            try setIn(globalScope, reference.key, value, spelling: reference.name, span: span)
        case .env:
            let text = Conversion.toString(value)
            ProcessEnvironment.set(reference.name, value.isNull || text.isEmpty ? nil : text)
        case .function:
            defineFunction(reference.key, FunctionInfo(name: reference.name, block: try functionBody(value, span: span), isFilter: false),
                           in: scope)
        case .alias:
            try aliases.define(reference.name, as: Conversion.toString(value), at: span)
        case .drive:
            throw Runspace.driveNotFound(reference.name, span: span)
        case .using:
            throw ScriptError.runtime("A Using variable cannot be assigned.", id: "UsingVariableIsReadOnly", at: span)
        }
    }

    /// `$cache:x` for a drive that does not exist, as pwsh's DriveNotFoundException.
    static func driveNotFound(_ qualified: String, span: SourceSpan) -> ScriptError {
        let drive = qualified.split(separator: ":").first.map(String.init) ?? qualified
        return ScriptError.runtime("Cannot find drive. A drive with the name '\(drive)' does not exist.", id: "DriveNotFound", at: span,
                                   type: "System.Management.Automation.DriveNotFoundException", category: .objectNotFound,
                                   target: .string(drive))
    }

    /// The value `$using:name` takes from this runspace, or nil when the
    /// variable is not set. `name` may name a drive: `function:Log` (the
    /// function's script block), `env:HOME`, `variable:x`.
    public func usingValue(_ name: String) -> Value? {
        let key = name.lowercased()
        if let colon = key.firstIndex(of: ":") {
            let item = String(name[name.index(after: colon)...])
            switch key[..<colon] {
            case "function": return scope.lookupFunction(item.lowercased()).map { .scriptBlock($0.block) }
            case "env": return ProcessEnvironment.get(item).map(Value.string)
            case "variable": return usingValue(item)
            default: return nil
            }
        }
        if let special = readSpecialVariable(key) { return special }
        if let box = scope.lookup(key) { return box.value }
        return ["true", "false", "null"].contains(key) ? variable(key) : nil
    }

    /// `$function:name = value` as a cmdlet does it (Set-Item function:name).
    public func setFunction(_ name: String, to value: Value, span: SourceSpan) throws {
        defineFunction(name.lowercased(), FunctionInfo(name: name, block: try functionBody(value, span: span), isFilter: false), in: scope)
    }

    /// What `$function:name = value` defines: a script block as it is, any
    /// other value as the text of one (`$function:f = "$using:function:f"`
    /// in a Start-Job, where the block arrives as its text).
    func functionBody(_ value: Value, span: SourceSpan) throws -> ScriptBlock {
        if case .scriptBlock(let block) = value { return block }
        let text = Conversion.toString(value)
        do {
            return ScriptBlock(try Parser.parseScript(SourceFile(name: span.file.name, text: text)))
        } catch {
            throw ScriptError(ErrorRecord(error.message, exceptionType: "System.Management.Automation.ParseException",
                                          errorId: error.errorId, category: .parserError, span: span))
        }
    }

    func setIn(_ target: Scope, _ key: String, _ value: Value, spelling: String? = nil, span: SourceSpan) throws {
        if let box = target.localBox(key) {
            try store(value, in: box, span: span)
        } else {
            target.defineLocal(key, VariableBox(value, spelling: spelling))
        }
    }

    /// Stores `value` in `box`, honouring read-only variables and a type constraint.
    @inline(__always)
    public func store(_ value: Value, in box: VariableBox, span: SourceSpan?) throws {
        if box.isReadOnly {
            throw ScriptError.runtime("Cannot overwrite variable because it is read-only or constant.", id: "VariableNotWritable",
                                      at: span, type: "System.Management.Automation.SessionStateUnauthorizedAccessException",
                                      category: .writeError)
        }
        if let constraint = box.typeConstraint {
            let converted = try convert(value, toTypeNamed: constraint, at: span)
            if case .native(let preference as EnumValue) = converted, preference.typeName == ActionPreference.typeName,
               preference.stringValue == ActionPreference.suspend.rawValue {
                // pwsh's ArgumentTypeConverterAttribute: Suspend is reserved, for variables (not parameters).
                throw ScriptError.runtime("The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, \"about_Preference_Variables.\"",
                                          id: "RuntimeException", at: span,
                                          type: "System.Management.Automation.ArgumentTransformationMetadataException",
                                          category: .metadataError)
            }
            box.value = converted
        } else {
            box.value = value
        }
    }

    /// `target op= value`; returns the assigned value.
    @discardableResult
    func assign(_ target: ExpressionNode, _ op: AssignmentOperator, _ valueStatement: StatementNode, span: SourceSpan) throws -> Value {
        if op == .assign {
            status.lastValueWroteNothing = false
            let value = try evaluateStatementValue(valueStatement)
            let wroteNothing = status.lastValueWroteNothing
            status.lastValueWroteNothing = false
            try assignTo(target, value, span: span)
            // Only a $null value needs the mark set or cleared (see VariableBox.holdsNothing);
            // a lone expression is a value, whatever pipelines ran inside it.
            if case .null = value, case .variable(let reference) = target.kind {
                // (`$()` is the one lone value that is pwsh's AutomationNull when its statements wrote nothing.)
                box(of: reference)?.holdsNothing = wroteNothing && (!valueStatement.isLoneValue || valueStatement.isLoneSubexpression)
            }
            return value
        }
        // `$total += $n` on a local with an integer: update its box in place.
        if fastPaths, op == .add, case .variable(let reference) = target.kind, reference.slot >= 0, slotsUsable,
           reference.qualifier == .none, let box = scope.slots[reference.slot], box.typeConstraint == nil, !box.isReadOnly,
           case .int(let a) = box.value {
            let right = try evaluateStatementValue(valueStatement)
            if case .int(let b) = right, scope.slots[reference.slot] === box, box.typeConstraint == nil, !box.isReadOnly {
                let (sum, overflow) = a.addingReportingOverflow(b)
                let result = Operators.integerResult(a, b, sum, overflow: overflow, Double(a) + Double(b))
                box.value = result
                return result
            }
            let result = try Operators.add(.int(a), right, at: span)
            try assignTo(target, result, span: span)
            return result
        }
        let current = try evaluate(target)
        if op == .coalesce {
            // `$x ??= value`: the value is evaluated and assigned only when `$x` is `$null`.
            guard current.isNull else { return current }
            let value = try evaluateStatementValue(valueStatement)
            try assignTo(target, value, span: span)
            return value
        }
        let right = try evaluateStatementValue(valueStatement)
        let result: Value
        switch op {
        case .add:
            if fastPaths, case .int(let a) = current, case .int(let b) = right {
                let (sum, overflow) = a.addingReportingOverflow(b)
                result = Operators.integerResult(a, b, sum, overflow: overflow, Double(a) + Double(b))
            } else if fastPaths, case .double(let a) = current, case .int(let b) = right {
                result = .double(a + Double(b))
            } else if fastPaths, case .double(let a) = current, case .double(let b) = right {
                result = .double(a + b)
            } else {
                result = try Operators.add(current, right, at: span)
            }
        case .subtract: result = try Operators.arithmetic(.subtract, current, right, at: span)
        case .multiply: result = try Operators.arithmetic(.multiply, current, right, at: span)
        case .divide: result = try Operators.arithmetic(.divide, current, right, at: span)
        case .remainder: result = try Operators.arithmetic(.remainder, current, right, at: span)
        case .assign, .coalesce: result = right
        }
        try assignTo(target, result, span: span)
        return result
    }

    func assignTo(_ target: ExpressionNode, _ value: Value, span: SourceSpan) throws {
        switch target.kind {
        case .variable(let reference):
            try assignVariable(reference, value, span: span)
        case .convert(let type, let inner):
            guard case .variable(let reference) = inner.kind else {
                try assignTo(inner, try convert(value, toTypeNamed: type.name, at: type.span), span: span)
                return
            }
            let converted = try convert(value, toTypeNamed: type.name, at: type.span)
            try assignVariable(reference, converted, span: span)
            if let box = boxFor(reference) { box.typeConstraint = type.name }
        case .arrayLiteral(let targets):
            let items = value.enumeratedItems
            for (index, element) in targets.enumerated() {
                if index == targets.count - 1 && items.count > targets.count {
                    try assignTo(element, .list(Array(items[index...])), span: span)
                } else {
                    try assignTo(element, index < items.count ? items[index] : .null, span: span)
                }
                // Each variable gets a value, `$null` included: none holds a pipeline's "nothing".
                if case .variable(let reference) = element.kind { box(of: reference)?.holdsNothing = false }
            }
        case .member(let objectExpression, let nameExpression, let isStatic):
            let object = try evaluate(objectExpression)
            let name = Conversion.toString(try evaluate(nameExpression))
            guard !isStatic else {
                if case .native(let type as TypeObject) = object, case .classType(let scriptClass)? = type.scriptType {
                    try setStaticMember(of: scriptClass, name, value, span: target.span)
                    return
                }
                throw ScriptError.runtime("Static properties cannot be set.", id: "PropertyAssignmentException", at: span)
            }
            try setMember(object, name, value, span: target.span)
        case .index(let objectExpression, let indexExpression):
            let object = try evaluate(objectExpression)
            let index = try evaluate(indexExpression)
            try setIndex(object, index, value, span: target.span)
        case .parenthesized(let statement) where statement.simpleExpression != nil:
            // `($a, $b) = 1, 2`: the target inside the parentheses.
            try assignTo(statement.simpleExpression!, value, span: span)
        case .invokeMember(let objectExpression, let nameExpression, let arguments, false)
            where arguments.count == 1 && nameExpression.isConstantString("item"):
            // `$h.Item('k') = 1`: the parameterized property, as indexing.
            try setIndex(try evaluate(objectExpression), try evaluate(arguments[0]), value, span: target.span)
        default:
            throw ScriptError.runtime(
                "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
                id: "InvalidLeftHandSide", at: target.span)
        }
    }

    func boxFor(_ reference: VariableNode) -> VariableBox? {
        if reference.slot >= 0, slotsUsable { return scope.slots[reference.slot] }
        if reference.slot >= 0, let box = caches.localBoxCache.box(for: reference, in: scope) { return box }
        switch reference.qualifier {
        case .script: return scriptScope.localBox(reference.key)
        case .global: return globalScope.localBox(reference.key)
        default: return scope.localBox(reference.key)
        }
    }

    func increment(_ target: ExpressionNode, delta: Int, prefix: Bool, span: SourceSpan) throws -> Value {
        if case .variable(let reference) = target.kind, reference.slot >= 0, slotsUsable,
           let box = scope.slots[reference.slot], box.typeConstraint == nil, case .int(let n) = box.value {
            let (next, overflow) = n.addingReportingOverflow(delta)
            if !overflow, next >= -2_147_483_648, next <= 2_147_483_647 {
                box.value = .int(next)
                return prefix ? .int(next) : .int(n)
            }
        }
        let current = try evaluate(target)
        let base: Value = current.isNull ? .int(0) : current
        // A typed number keeps its type ([long] stays Int64), as it does for `+`.
        let number = base.unwrapped.isTypedNumber ? base.unwrapped : try Operators.numberOrError(base, for: .int(0), at: span)
        let next = try Operators.add(number, .int(delta), at: span)
        try assignTo(target, next, span: span)
        return prefix ? next : base
    }
}

extension Runspace {
    /// The box a variable reference (unqualified, `$local:`, `$script:` or
    /// `$global:`) reads, if the variable exists. (For the AutomationNull
    /// mark, which `store` leaves alone: clearing it there changed how the
    /// compiler inlined variable writes, 7 % of a counting loop.)
    @inline(never)
    func box(of reference: VariableNode) -> VariableBox? {
        guard !reference.isAutomatic, !reference.isCurrentItem else { return nil }
        switch reference.qualifier {
        case .none, .local:
            if reference.slot >= 0, slotsUsable, let box = scope.slots[reference.slot] { return box }
            return scope.localBox(reference.key) ?? scope.lookup(reference.key)
        case .script: return scriptScope.localBox(reference.key)
        case .global: return globalScope.localBox(reference.key)
        default: return nil
        }
    }
}
