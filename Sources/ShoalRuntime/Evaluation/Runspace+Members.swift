// Member access, method calls and indexing on every kind of value,
// including member enumeration (`$jobs.Id`) and the intrinsic `.Where()`
// and `.ForEach()` methods.

import ShoalSyntax

extension Runspace {
    func evaluateMember(_ targetExpression: ExpressionNode, _ nameExpression: ExpressionNode, isStatic: Bool, span: SourceSpan) throws -> Value {
        try member(of: try evaluate(targetExpression), nameExpression, isStatic: isStatic, span: span)
    }

    /// `${a}?.b`, `${a}?.M()`, `${a}?[i]`: `$null` when the target is, the
    /// access otherwise (its name and arguments evaluated only then).
    func evaluateNullConditional(_ access: ExpressionNode) throws -> Value {
        switch access.kind {
        case .member(let targetExpression, let name, let isStatic):
            let target = try evaluate(targetExpression)
            return target.isNull ? .null : try member(of: target, name, isStatic: isStatic, span: access.span)
        case .invokeMember(let targetExpression, let name, let arguments, let isStatic):
            let target = try evaluate(targetExpression)
            return target.isNull ? .null : try invoke(on: target, name, arguments, isStatic: isStatic, span: access.span) ?? .null
        case .index(let targetExpression, let index):
            let target = try evaluate(targetExpression)
            return target.isNull ? .null : try evaluateIndex(target, try evaluate(index), span: access.span)
        default:
            return try evaluate(access)
        }
    }

    /// Member `nameExpression` of an evaluated target.
    func member(of target: Value, _ nameExpression: ExpressionNode, isStatic: Bool, span: SourceSpan) throws -> Value {
        if !isStatic, case .string(let name) = nameExpression.kind, let folded = nameExpression.foldedString {
            let value = memberValue(target, name, folded: folded)
            if case .null = value { try checkStrictMember(target, name, span: span) }
            return value
        }
        let name = Conversion.toString(try evaluate(nameExpression))
        if isStatic {
            guard case .native(let type as TypeObject) = target else {
                throw ScriptError.runtime("Unable to find type: a static member needs a type such as [math].", id: "TypeNotFound", at: span)
            }
            return try StaticMembers.get(type, name, arguments: nil, runspace: self, span: span) ?? .null
        }
        let value = memberValue(target, name)
        if case .null = value { try checkStrictMember(target, name, span: span) }
        return value
    }

    /// Under `Set-StrictMode -Version 2` and up, a property the object does
    /// not have is pwsh's PropertyNotFoundStrict error (a property that is
    /// there and `$null` is fine). Checked only when the value read is `$null`.
    func checkStrictMember(_ target: Value, _ name: String, span: SourceSpan) throws {
        guard scope.effectiveStrictModeVersion >= 2, !hasMember(target, name) else { return }
        throw Runspace.propertyNotFoundStrict(name, span)
    }

    /// A static property a type does not have (`[math]::Nope`): `$null`,
    /// as pwsh's member binder gives it, or PropertyNotFoundStrict under
    /// `Set-StrictMode -Version 2` and up.
    func missingStaticProperty(_ name: String, span: SourceSpan) throws -> Value {
        guard scope.effectiveStrictModeVersion >= 2 else { return .null }
        throw Runspace.propertyNotFoundStrict(name, span)
    }

    static func propertyNotFoundStrict(_ name: String, _ span: SourceSpan) -> ScriptError {
        ScriptError.runtime("The property '\(name)' cannot be found on this object. Verify that the property exists.",
                            id: "PropertyNotFoundStrict", at: span, type: "System.Management.Automation.PropertyNotFoundException",
                            category: .invalidOperation)
    }

    /// Whether `target` has a member `name` (whose value may be `$null`).
    public func hasMember(_ target: Value, _ name: String) -> Bool {
        switch target {
        case .null: return false
        case .hashtable(let table): return table[string: name] != nil
        case .object(let object):
            if object[name] != nil { return true }
            return object.baseValue.map { hasMember($0, name) } ?? false
        case .error(let record): return record.property(name) != nil
        case .native(let native): return native.property(name) != nil || native.propertyNames.contains { $0.lowercased() == name.lowercased() }
        // Member enumeration over a collection: an element may have it.
        case .array(let array): return array.items.isEmpty || array.items.contains { hasMember($0, name) }
        case .string, .int, .double, .bool, .scriptBlock: return false
        }
    }

    /// `memberValue` with the name's lower-cased form already at hand: a
    /// property bag's property is then found without folding the name again.
    public func memberValue(_ target: Value, _ name: String, folded: String) -> Value {
        if case .object(let object) = target, let value = object.value(folded: folded),
           folded.utf8.count != 8 || folded != "psobject" {
            return value
        }
        return memberValue(target, name)
    }

    /// `value.name`, or `$null` when there is no such member.
    public func memberValue(_ target: Value, _ name: String) -> Value {
        // The intrinsic `psobject` member comes before any property or key of that name.
        if name.utf8.count == 8, !target.isNull, name.lowercased() == "psobject" { return .native(PSObjectView(target)) }
        switch target {
        case .null:
            let lower = name.lowercased()
            return lower == "count" || lower == "length" ? .int(0) : .null
        case .hashtable(let table):
            if let value = table[string: name] { return value }
            return (try? HashtableMembers.table.read(table, name.lowercased())) ?? .null
        case .object(let object):
            if let value = object[name] { return value }
            let lower = name.lowercased()
            if let base = object.baseValue, lower != "pstypenames" { return memberValue(base, name) }
            if lower == "pstypenames" { return .native(TypeNameList(object)) }
            return lower == "count" || lower == "length" ? .int(1) : .null
        case .array(let array):
            if let value = try? ArrayMembers.table.read(array, name.lowercased()) { return value }
            var results: [Value] = []
            for item in array.items {
                let value = memberValue(item, name)
                if case .null = value { continue }
                // Collections are flattened (`$jobs.Error`: each job's errors, none for an empty one).
                results.append(contentsOf: value.enumeratedItems)
            }
            return results.count == 1 ? results[0] : .list(results)
        case .string(let s):
            let lower = name.lowercased()
            if let value = try? StringMembers.table.read(s, lower) { return value }
            return lower == "count" ? .int(1) : .null
        case .scriptBlock(let block):
            return (try? ScriptBlockMembers.table.read(ScriptBlockTarget(block: block, runspace: self), name.lowercased())) ?? .null
        case .error(let record):
            if let value = record.property(name) { return value }
            let lower = name.lowercased()
            return lower == "count" || lower == "length" ? .int(1) : .null
        case .native(let native):
            if let value = native.property(name) { return value }
            if let list = native as? EnumerableObject, name.lowercased() != "count" {
                return memberValue(.list(list.enumerated()), name)
            }
            return name.lowercased() == "count" ? .int(1) : .null
        case .int, .double, .bool:
            let lower = name.lowercased()
            return lower == "count" || lower == "length" ? .int(1) : .null
        }
    }

    func setMember(_ target: Value, _ name: String, _ value: Value, span: SourceSpan) throws {
        switch target {
        case .hashtable(let table):
            table[.string(name)] = value
        case .object(let object) where object[name] == nil && object.baseValue != nil:
            try setMember(object.baseValue!, name, value, span: span)
        case .object(let object):
            guard object[name] != nil else {
                throw ScriptError.runtime(
                    "The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.",
                    id: "PropertyAssignmentException", at: span)
            }
            object[name] = value
        case .null:
            throw ScriptError.runtime("The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.",
                                      id: "PropertyNotFound", at: span)
        case .native(let native as SettableObject):
            try native.setProperty(name, value, span: span)
        default:
            throw ScriptError.runtime(
                "'\(name)' is a ReadOnly property.", id: "PropertyAssignmentException", at: span)
        }
    }

    func evaluateInvocation(_ targetExpression: ExpressionNode, _ nameExpression: ExpressionNode, _ argumentExpressions: [ExpressionNode],
                            isStatic: Bool, span: SourceSpan) throws -> Value? {
        try invoke(on: try evaluate(targetExpression), nameExpression, argumentExpressions, isStatic: isStatic, span: span)
    }

    /// Method `nameExpression` of an evaluated target, called with `argumentExpressions`.
    func invoke(on target: Value, _ nameExpression: ExpressionNode, _ argumentExpressions: [ExpressionNode],
                isStatic: Bool, span: SourceSpan) throws -> Value? {
        let name = Conversion.toString(try evaluate(nameExpression))
        var arguments: [Value] = []
        arguments.reserveCapacity(argumentExpressions.count)
        for argument in argumentExpressions { arguments.append(try evaluate(argument)) }
        if isStatic {
            guard case .native(let type as TypeObject) = target else {
                throw ScriptError.runtime("Unable to find type: a static method needs a type such as [math].", id: "TypeNotFound", at: span)
            }
            return try StaticMembers.get(type, name, arguments: arguments, runspace: self, span: span)
        }
        return try invokeMethod(target, name, arguments, span: span)
    }

    static func methodNotFound(_ target: Value, _ name: String, _ span: SourceSpan) -> ScriptError {
        ScriptError.runtime(
            "Method invocation failed because [\(Conversion.fullTypeName(of: target))] does not contain a method named '\(name)'.",
            id: "MethodNotFound", at: span, type: "System.Management.Automation.RuntimeException", category: .invalidOperation)
    }

    /// Calls a method; nil means the method returns nothing (void).
    public func invokeMethod(_ target: Value, _ name: String, _ arguments: [Value], span: SourceSpan) throws -> Value? {
        let lower = name.lowercased()
        if case .null = target {
            throw ScriptError.runtime("You cannot call a method on a null-valued expression.", id: "InvokeMethodOnNull",
                                      at: span, category: .invalidOperation)
        }
        switch lower {
        case "where":
            guard case .scriptBlock(let block)? = arguments.first else { break }
            var kept: [Value] = []
            for item in target.enumeratedItems where Conversion.toBool(try invokeBlockForValue(block, dollarUnder: item, span: span)) {
                kept.append(item)
                if arguments.count > 1, Conversion.toString(arguments[1]).lowercased() == "first" { break }
            }
            return .list(kept)
        case "foreach":
            guard let first = arguments.first else { break }
            var results: [Value] = []
            for item in target.enumeratedItems {
                if case .scriptBlock(let block) = first {
                    let sink = CollectingSink()
                    try invokeBlock(block, dollarUnder: item, arguments: [], output: sink, span: span)
                    results.append(contentsOf: sink.items)
                } else {
                    results.append(memberValue(item, Conversion.toString(first)))
                }
            }
            return .list(results)
        case "gettype":
            if arguments.isEmpty { return .native(TypeObject(name: Conversion.fullTypeName(of: target))) }
        case "tostring" where arguments.isEmpty:
            if case .native(let native) = target, let result = try native.invoke(name, arguments, context: self) { return result }
            return .string(Conversion.toString(target))
        case "equals" where arguments.count == 1:
            return .bool(Operators.looselyEqual(target, arguments[0], caseSensitive: true))
        case "gethashcode":
            return .int(Conversion.toString(target).hashValue & 0x7fff_ffff)
        default:
            break
        }
        switch target {
        case .string(let s):
            if let result = try StringMembers.table.invoke(s, lower, arguments, span: span) { return result }
        case .int, .double:
            if let result = try NumberMembers.table.invoke(target, lower, arguments, span: span) { return result }
        case .array(let array):
            if let result = try ArrayMembers.table.invoke(array, lower, arguments, span: span) { return result }
            switch lower {
            case "get_count", "get_length", "get_longlength", "get_item", "set_item":
                if let (_, result) = try invokeAccessor(target, name, arguments, span: span) { return result }
            default:
                // Member enumeration: a method the array lacks is called on each element.
                guard !array.items.isEmpty else { break }
                var results: [Value] = []
                for item in array.items {
                    if let result = try invokeMethod(item, name, arguments, span: span) {
                        results.append(contentsOf: result.enumeratedItems)
                    }
                }
                return results.count == 1 ? results[0] : .list(results)
            }
        case .hashtable(let table):
            if let result = try HashtableMembers.table.invoke(table, lower, arguments, span: span) { return VoidResult.output(of: result) }
        case .scriptBlock(let block):
            let bound = ScriptBlockTarget(block: block, runspace: self)
            if let result = try ScriptBlockMembers.table.invoke(bound, lower, arguments, span: span) { return result }
        case .object(let object):
            if let member = object[name], case .scriptBlock(let block) = member {
                let sink = CollectingSink()
                try invokeBlock(block, dollarUnder: nil, arguments: arguments, output: sink, span: span, thisValue: target)
                return sink.result
            }
            if let base = object.baseValue { return try invokeMethod(base, name, arguments, span: span) }
        case .error(let record):
            if let result = try record.invoke(name, arguments, context: self) { return result }
        case .native(let native):
            if let result = try native.invoke(name, arguments, context: self) { return VoidResult.output(of: result) }
        default:
            break
        }
        if let (found, result) = try invokeAccessor(target, name, arguments, span: span), found { return result }
        throw Runspace.methodNotFound(target, name, span)
    }

    /// A property's accessor methods, which .NET gives every property and
    /// pwsh lets scripts call: `get_Keys()`, `set_Name('x')`, and the
    /// indexer's `get_Item(k)` / `set_Item(k, v)`. Nil when `name` is no
    /// accessor; `found` false when the property is missing.
    private func invokeAccessor(_ target: Value, _ name: String, _ arguments: [Value],
                                span: SourceSpan) throws -> (found: Bool, result: Value?)? {
        guard name.count > 4, name.utf8.dropFirst(3).first == UInt8(ascii: "_") else { return nil }
        let kind = name.prefix(4).lowercased()
        let property = String(name.dropFirst(4))
        let isIndexer = property.lowercased() == "item"
        switch (kind, arguments.count) {
        case ("get_", 1) where isIndexer:
            return (true, try evaluateIndex(target, arguments[0], span: span))
        case ("set_", 2) where isIndexer:
            try setIndex(target, arguments[0], arguments[1], span: span)
            return (true, nil)
        case ("get_", 0):
            let value = memberValue(target, property)
            return (!value.isNull || hasMember(target, property), value)
        case ("set_", 1):
            guard hasMember(target, property) else { return (false, nil) }
            try setMember(target, property, arguments[0], span: span)
            return (true, nil)
        default:
            return nil
        }
    }

    func evaluateIndex(_ target: Value, _ index: Value, span: SourceSpan) throws -> Value {
        let target = target.unwrapped
        switch target {
        case .null:
            throw ScriptError.runtime("Cannot index into a null array.", id: "NullArray", at: span, category: .invalidOperation)
        case .hashtable(let table):
            if case .array(let keys) = index { return .list(keys.items.map { table[$0] ?? .null }) }
            if let value = table[index] { return value }
            // An OrderedDictionary also takes a position.
            if table.isOrdered, case .int(let position) = index, position >= 0, position < table.count {
                return table.entries[position].value
            }
            return .null
        default:
            break
        }
        if case .array(let indexes) = index {
            var results: [Value] = []
            for item in indexes.items {
                let value = try evaluateIndex(target, item, span: span)
                if case .null = value { continue }
                results.append(value)
            }
            return .list(results)
        }
        func position(_ count: Int) throws -> Int? {
            let n = try TypeConversion.toInteger(index, "System.Int32", span)
            let resolved = n < 0 ? count + n : n
            guard resolved >= 0 && resolved < count else {
                // Strict mode 3: an index outside the array is an error, not $null.
                if scope.effectiveStrictModeVersion >= 3 {
                    throw ScriptError.runtime("Index was outside the bounds of the array.", id: "System.IndexOutOfRangeException", at: span,
                                              type: "System.IndexOutOfRangeException", category: .notSpecified)
                }
                return nil
            }
            return resolved
        }
        switch target {
        case .array(let array):
            return try position(array.items.count).map { array.items[$0] } ?? .null
        case .string(let s):
            // .NET indexes by UTF-16 code unit; found without copying the string.
            guard let offset = try position(s.utf16.count) else { return .null }
            let unitIndex = s.utf16.index(s.utf16.startIndex, offsetBy: offset)
            if let scalar = Unicode.Scalar(s.utf16[unitIndex]) { return .native(CharValue(scalar)) }
            // Half of a surrogate pair, which a Swift string cannot hold: the
            // first half stands for the whole character and the second for
            // nothing, so that joining the indexed halves rebuilds the text.
            guard UTF16.isLeadSurrogate(s.utf16[unitIndex]) else { return .string("") }
            return .native(CharValue(s.unicodeScalars[unitIndex]))
        case .native(let keyed as KeyIndexedObject):
            return keyed.item(index)
        case .native(let properties as PSPropertyCollection):
            if case .string = index { return try properties.invoke("item", [index], context: self) ?? .null }
            let items = properties.enumerated()
            return try position(items.count).map { items[$0] } ?? .null
        case .native(let list as ListObject):
            return try position(list.items.count).map { list.items[$0] } ?? .null
        case .native(let enumerable as EnumerableObject):
            let items = enumerable.enumerated()
            return try position(items.count).map { items[$0] } ?? .null
        case .object(let object):
            return object[Conversion.toString(index)] ?? .null
        default:
            if let n = try? TypeConversion.toInteger(index, "System.Int32", span), n == 0 || n == -1 { return target }
            throw ScriptError.runtime("Unable to index into an object of type \(Conversion.fullTypeName(of: target)).",
                                      id: "CannotIndex", at: span, category: .invalidOperation)
        }
    }

    func setIndex(_ target: Value, _ index: Value, _ value: Value, span: SourceSpan) throws {
        switch target {
        case .hashtable(let table):
            table[index] = value
        case .array(let array):
            let n = try TypeConversion.toInteger(index, "System.Int32", span)
            let resolved = n < 0 ? array.items.count + n : n
            guard resolved >= 0, resolved < array.items.count else {
                throw ScriptError.runtime("Index was outside the bounds of the array.", id: "IndexOutOfRange", at: span,
                                          type: "System.IndexOutOfRangeException", category: .invalidOperation)
            }
            array.items[resolved] = value
        case .native(let list as ListObject):
            let n = try TypeConversion.toInteger(index, "System.Int32", span)
            guard n >= 0, n < list.items.count else {
                throw ScriptError.runtime("Index was out of range. Must be non-negative and less than the size of the collection.",
                                          id: "ArgumentOutOfRangeException", at: span, type: "System.ArgumentOutOfRangeException")
            }
            list.items[n] = value
        case .object(let object):
            try setMember(.object(object), Conversion.toString(index), value, span: span)
        case .null:
            throw ScriptError.runtime("Cannot index into a null array.", id: "NullArray", at: span, category: .invalidOperation)
        default:
            throw ScriptError.runtime("Unable to index into an object of type \(Conversion.fullTypeName(of: target)).",
                                      id: "CannotIndex", at: span, category: .invalidOperation)
        }
    }
}

/// A native object whose properties scripts can set.
public protocol SettableObject: NativeObject {
    func setProperty(_ name: String, _ value: Value, span: SourceSpan) throws
}
