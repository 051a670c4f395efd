// Sort keys for Sort-Object, Group-Object, Compare-Object and Select-Object
// -Unique: each property value is converted once into a form that compares
// cheaply (numbers as numbers, strings case-folded up front), because a
// sort of 100,000 objects compares about two million times. The order is
// PowerShell's ObjectCommandComparer: `$null` as 0 against a number (so it
// sorts between -1 and 1) and first against anything else, numbers numerically,
// strings without regard to case (with -CaseSensitive, lower case before
// upper case on a tie, as .NET's culture comparison does), a number against
// a numeric string as numbers, anything else by PowerShell's comparison.

import ShoalRuntime

enum SortKey {
    case null
    case int(Int)
    case double(Double)
    case text(folded: String, original: String)
    case other(Value)

    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .int(let n): self = .int(n)
        case .double(let d): self = .double(d)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .string(let s): self = .text(folded: s.lowercased(), original: s)
        case .array(let array) where array.items.count == 1: self = SortKey(array.items[0])
        default: self = .other(value)
        }
    }

    var numeric: Double? {
        switch self {
        case .int(let n): return Double(n)
        case .double(let d): return d
        case .text(_, let original):
            guard let number = Conversion.parseNumber(original), !original.trimmingCharacters().isEmpty else { return nil }
            return SortKey.number(number)
        default: return nil
        }
    }

    /// A numeric value as a Double (0 for anything else).
    static func number(_ value: Value) -> Double {
        switch value {
        case .int(let n): return Double(n)
        case .double(let d): return d
        default: return 0
        }
    }

    var value: Value {
        switch self {
        case .null: return .null
        case .int(let n): return .int(n)
        case .double(let d): return .double(d)
        case .text(_, let original): return .string(original)
        case .other(let value): return value
        }
    }

    /// Negative, zero or positive.
    static func compare(_ a: SortKey, _ b: SortKey, caseSensitive: Bool) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, .int), (.null, .double): return sign(0, b.numeric ?? 0)
        case (.int, .null), (.double, .null): return sign(a.numeric ?? 0, 0)
        case (.null, _): return -1
        case (_, .null): return 1
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.text(let x, let xo), .text(let y, let yo)):
            if x != y { return x < y ? -1 : 1 }
            return caseSensitive ? lowerCaseFirst(xo, yo) : 0
        case (.int, .double), (.double, .int), (.double, .double):
            return sign(a.numeric ?? 0, b.numeric ?? 0)
        case (.int, .text), (.double, .text), (.text, .int), (.text, .double):
            if let x = a.numeric, let y = b.numeric { return sign(x, y) }
            return sign(Conversion.toString(a.value).lowercased(), Conversion.toString(b.value).lowercased())
        default:
            return Operators.compareForSort(a.value, b.value)
        }
    }

    static func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }

    /// Two strings equal but for case: the first character that differs
    /// decides, lower case first.
    static func lowerCaseFirst(_ x: String, _ y: String) -> Int {
        for (p, q) in zip(x, y) where p != q {
            return p.isLowercase ? -1 : (q.isLowercase ? 1 : sign(p, q))
        }
        return sign(x.count, y.count)
    }

    /// A string that is equal for keys that group together.
    func groupingText(caseSensitive: Bool) -> String {
        switch self {
        case .null: return "\u{0}"
        case .text(let folded, let original): return caseSensitive ? original : folded
        // Digits have no case: no folding (and no second string) needed.
        case .int(let n): return Conversion.decimal(n)
        default:
            let text = Conversion.toString(value)
            return caseSensitive ? text : text.lowercased()
        }
    }

    /// A coarse kind, for Group-Object's "all keys of one type" rule.
    var kind: Int {
        switch self {
        case .null: return 0
        case .int: return 1
        case .double: return 2
        case .text: return 3
        case .other(let value): return 4 + Conversion.fullTypeName(of: value).hashValue & 0xffff
        }
    }
}

/// The keys of one input object, with its position for a stable order.
struct KeyedItem {
    let item: Value
    let keys: [SortKey]
    let index: Int
}

/// Compares key lists property by property, each ascending or descending.
struct KeyListComparer {
    let descending: [Bool]
    let caseSensitive: Bool

    func compare(_ a: [SortKey], _ b: [SortKey]) -> Int {
        for position in 0..<min(a.count, b.count) {
            let result = SortKey.compare(a[position], b[position], caseSensitive: caseSensitive)
            if result != 0 { return position < descending.count && descending[position] ? -result : result }
        }
        return 0
    }

    /// A stable ordering.
    func areInIncreasingOrder(_ a: KeyedItem, _ b: KeyedItem) -> Bool {
        let result = compare(a.keys, b.keys)
        return result != 0 ? result < 0 : a.index < b.index
    }
}
