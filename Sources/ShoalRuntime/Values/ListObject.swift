// `[System.Collections.Generic.List[T]]` and `ArrayList`: growable lists
// with .NET's Add/Remove/Contains methods, unrolled in pipelines.

public final class ListObject: EnumerableObject {
    public var items: [Value]
    public init(_ items: [Value] = []) { self.items = items }

    public var typeName: String { "System.Collections.Generic.List`1" }
    public var stringValue: String { items.map(Conversion.toString).joined(separator: " ") }
    public var propertyNames: [String] { ["Count"] }
    public func enumerated() -> [Value] { items }

    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "count", "length": return .int(items.count)
        default: return nil
        }
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        let first = arguments.first ?? .null
        switch method.lowercased() {
        case "add":
            items.append(first)
            return .int(items.count - 1)
        case "addrange":
            items.append(contentsOf: first.enumeratedItems)
            return .null
        case "remove":
            if let index = items.firstIndex(where: { Operators.looselyEqual($0, first, caseSensitive: true) }) {
                items.remove(at: index)
                return .bool(true)
            }
            return .bool(false)
        case "removeat":
            if case .int(let index) = first, index >= 0, index < items.count { items.remove(at: index) }
            return .null
        case "insert":
            if case .int(let index) = first, index >= 0, index <= items.count, arguments.count > 1 {
                items.insert(arguments[1], at: index)
            }
            return .null
        case "clear": items.removeAll(); return .null
        case "contains": return .bool(items.contains { Operators.looselyEqual($0, first, caseSensitive: true) })
        case "indexof": return .int(items.firstIndex { Operators.looselyEqual($0, first, caseSensitive: true) } ?? -1)
        case "toarray": return .list(items)
        case "reverse": items.reverse(); return .null
        case "sort":
            items.sort { Operators.compareForSort($0, $1) < 0 }
            return .null
        default: return nil
        }
    }
}
