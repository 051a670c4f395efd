// Comparison operators: -eq and friends, -like, -match, -contains, -in,
// -is and -as. Strings compare case-insensitively unless the `-c` form is
// used; the right operand converts to the left operand's type; an array
// on the left filters.

import ShoalSyntax

extension Operators {
    /// -eq without the array-filter rule: the right converts to the left's kind.
    public static func looselyEqual(_ left: Value, _ right: Value, caseSensitive: Bool) -> Bool {
        switch left {
        case .null: return right.isNull
        case .string(let a):
            if right.isNull { return false }
            let b = Conversion.toString(right)
            return caseSensitive ? a == b : (a == b || a.lowercased() == b.lowercased())
        case .int(let a):
            switch right {
            case .int(let b): return a == b
            case .double(let b): return Double(a) == b
            case .null: return false
            default:
                guard let number = Conversion.toNumber(right) else { return false }
                return looselyEqual(left, number, caseSensitive: caseSensitive)
            }
        case .double(let a):
            if right.isNull { return false }
            guard let number = Conversion.toNumber(right) else { return false }
            return a == number.doubleValue
        case .bool(let a):
            if right.isNull { return false }
            return a == Conversion.toBool(right)
        case .native(let number as NumberValue):
            return NumberValue.order(.native(number), right) == 0
        case .native(let enumValue as EnumValue):
            // The other side becomes the enumeration, as PowerShell converts it.
            guard let other = enumValue.type.convert(right.unwrappedSingle) else { return false }
            return enumValue.rawValue == other.rawValue
        case .native(let c as CharValue):
            if case .string(let s) = right { return caseSensitive ? String(c.scalar) == s : String(c.scalar).lowercased() == s.lowercased() }
            if case .native(let d as CharValue) = right { return c.scalar == d.scalar }
            if let number = Conversion.toNumber(right) { return Double(c.scalar.value) == number.doubleValue }
            return false
        case .native(let date as DateTimeValue):
            if case .native(let other as DateTimeValue) = right { return date.ticks == other.ticks }
            return false
        case .native(let span as TimeSpanValue):
            if case .native(let other as TimeSpanValue) = right { return span.ticks == other.ticks }
            return false
        case .native(let version as VersionValue):
            return VersionValue.of(right).map { version.compare($0) == 0 } ?? false
        case .native(let semantic as VersionObject):
            return VersionValue.of(right).map { VersionValue(semantic).compare($0) == 0 } ?? false
        case .array(let a):
            if case .array(let b) = right { return a === b }
            return false
        case .hashtable(let a):
            if case .hashtable(let b) = right { return a === b }
            return false
        case .object(let a):
            if let base = a.baseValue { return looselyEqual(base, right.unwrapped, caseSensitive: caseSensitive) }
            if case .object(let b) = right { return a === b }
            return false
        case .scriptBlock(let a):
            if case .scriptBlock(let b) = right { return a === b }
            return false
        case .error(let a):
            if case .error(let b) = right { return a === b }
            return false
        case .native(let a):
            if let a = a as? IdentityObject, case .native(let b as IdentityObject) = right { return a.identity == b.identity }
            if case .native(let b) = right { return a === b || a.stringValue == b.stringValue && a.typeName == b.typeName }
            if case .string(let s) = right { return a.stringValue.lowercased() == s.lowercased() }
            return false
        }
    }

    /// Ordering for -lt/-gt: negative, zero or positive; nil when the values
    /// cannot be compared.
    public static func order(_ left: Value, _ right: Value, caseSensitive: Bool, at span: SourceSpan?) throws -> Int {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
        switch left {
        case .null:
            return right.isNull ? 0 : -1
        case .int, .double, .bool:
            if right.isNull { return 1 }
            let a = Conversion.toNumber(left) ?? .int(0)
            guard let b = Conversion.toNumber(right) else {
                throw ScriptError.runtime(
                    "Could not compare \"\(Conversion.toString(left))\" to \"\(Conversion.toString(right))\". Error: \"Cannot convert value \"\(Conversion.toString(right))\" to type \"\(Conversion.fullTypeName(of: left))\". Error: \"Input string was not in a correct format.\"\"",
                    id: "ComparisonFailure", at: span, category: .invalidOperation)
            }
            if case .int(let x) = a, case .int(let y) = b { return sign(x, y) }
            return sign(a.doubleValue, b.doubleValue)
        case .string(let a):
            if right.isNull { return 1 }
            let b = Conversion.toString(right)
            return caseSensitive ? sign(a, b) : sign(a.lowercased(), b.lowercased())
        case .native(let number as NumberValue):
            if right.isNull { return 1 }
            if let result = NumberValue.order(.native(number), right) { return result }
        case .native(let date as DateTimeValue):
            if case .native(let other as DateTimeValue) = right { return sign(date.ticks, other.ticks) }
            if case .string(let s) = right, let other = DateTimeValue.parse(s) { return sign(date.ticks, other.ticks) }
        case .native(let duration as TimeSpanValue):
            if case .native(let other as TimeSpanValue) = right { return sign(duration.ticks, other.ticks) }
        case .native(let version as VersionValue):
            if let other = VersionValue.of(right) { return version.compare(other) }
        case .native(let semantic as VersionObject):
            if let other = VersionValue.of(right) { return VersionValue(semantic).compare(other) }
        case .native(let c as CharValue):
            if let number = Conversion.toNumber(right) { return sign(Double(c.scalar.value), number.doubleValue) }
            return sign(String(c.scalar), Conversion.toString(right))
        case .object(let object):
            if let base = object.baseValue { return try order(base, right, caseSensitive: caseSensitive, at: span) }
        default:
            break
        }
        throw ScriptError.runtime(
            "Cannot compare \"\(Conversion.toString(left))\" because it is not IComparable.",
            id: "NotIcomparable", at: span, category: .invalidOperation)
    }

    /// Ordering for Sort-Object and List.Sort: never throws, nulls first.
    public static func compareForSort(_ left: Value, _ right: Value) -> Int {
        if let result = try? order(left, right, caseSensitive: false, at: nil) { return result }
        let a = Conversion.toString(left).lowercased(), b = Conversion.toString(right).lowercased()
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    /// A scalar comparison (left is not an array).
    static func compareScalar(_ op: ComparisonOperator, _ left: Value, _ right: Value, caseSensitive: Bool,
                              context: Runspace, at span: SourceSpan?) throws -> Bool {
        switch op {
        case .eq: return looselyEqual(left, right, caseSensitive: caseSensitive)
        case .ne: return !looselyEqual(left, right, caseSensitive: caseSensitive)
        case .gt: return try order(left, right, caseSensitive: caseSensitive, at: span) > 0
        case .ge: return try order(left, right, caseSensitive: caseSensitive, at: span) >= 0
        case .lt: return try order(left, right, caseSensitive: caseSensitive, at: span) < 0
        case .le: return try order(left, right, caseSensitive: caseSensitive, at: span) <= 0
        case .like, .notlike:
            let matched = Wildcard(Conversion.toString(right), caseSensitive: caseSensitive).matches(Conversion.toString(left))
            return op == .like ? matched : !matched
        case .match, .notmatch:
            let regex = try RegexObject(pattern: Conversion.toString(right), caseSensitive: caseSensitive, at: span)
            return op == .match ? regex.isMatch(Conversion.toString(left)) : !regex.isMatch(Conversion.toString(left))
        case .contains, .notcontains, .in, .notin:
            let (collection, item) = (op == .contains || op == .notcontains) ? (left, right) : (right, left)
            let found = collection.enumeratedItems.contains { looselyEqual($0, item, caseSensitive: caseSensitive) }
                || (collection.isNull && item.isNull)
            return (op == .contains || op == .in) ? found : !found
        }
    }

    /// A comparison operator with PowerShell's rules, including filtering
    /// when the left operand is a collection and setting `$Matches`.
    public static func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value, caseSensitive: Bool,
                               context: Runspace, at span: SourceSpan?) throws -> Value {
        if op == .contains || op == .notcontains || op == .in || op == .notin {
            return .bool(try compareScalar(op, left, right, caseSensitive: caseSensitive, context: context, at: span))
        }
        if case .array(let array) = left {
            var kept: [Value] = []
            for item in array.items where try compareScalar(op, item, right, caseSensitive: caseSensitive, context: context, at: span) {
                kept.append(item)
            }
            return .list(kept)
        }
        if op == .match || op == .notmatch {
            let regex = try RegexObject(pattern: Conversion.toString(right), caseSensitive: caseSensitive, at: span)
            let table = regex.matchTable(Conversion.toString(left))
            if let table { context.setVariable("Matches", .hashtable(table)) }
            return .bool(op == .match ? table != nil : table == nil)
        }
        return .bool(try compareScalar(op, left, right, caseSensitive: caseSensitive, context: context, at: span))
    }

    /// `-is`.
    public static func isType(_ value: Value, _ typeValue: Value, at span: SourceSpan?) throws -> Bool {
        let value = value.unwrapped
        let full: String
        switch typeValue {
        case .native(let type as TypeObject): full = type.fullName
        default:
            guard let resolved = TypeObject.resolve(Conversion.toString(typeValue)) else {
                // A name that is no type: the conversion to [type] fails, as pwsh reports it.
                throw ScriptError.runtime(
                    "Cannot convert the \"\(Conversion.toString(typeValue))\" value of type \"\(Conversion.fullTypeName(of: typeValue))\" to type \"System.Type\".",
                    id: "RuntimeException", at: span)
            }
            full = resolved
        }
        let actual = Conversion.fullTypeName(of: value)
        switch full {
        case "System.Object": return !value.isNull
        case "System.Management.Automation.PSObject":
            // pwsh wraps what commands emit, not literals: `"hello" -is [psobject]` is False,
            // a [pscustomobject], a file item or an error record is one.
            switch value {
            case .object, .native, .error: return true
            default: return false
            }
        case "System.Array": if case .array = value { return true } else { return false }
        case "System.ValueType":
            switch value {
            case .int, .double, .bool, .native(is NumberValue): return true
            default: return false
            }
        case "System.Int64":
            if case .int = value { return true }
            if case .native(let number as NumberValue) = value { return number.kind == .int64 }
            return false
        case "System.Exception":
            if case .native(let e as ExceptionObject) = value { return e.isOrDerives(from: "System.Exception") }
            return false
        case "System.Collections.Hashtable":
            if case .hashtable = value { return true }
            return false
        default:
            if case .native(let e as ExceptionObject) = value { return e.isOrDerives(from: full) }
            if case .native(let typed as TypeHierarchyObject) = value,
               typed.baseTypeNames.contains(where: { $0.lowercased() == full.lowercased() }) { return true }
            return actual.lowercased() == full.lowercased()
        }
    }
}
