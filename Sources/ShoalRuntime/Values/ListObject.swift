// `[System.Collections.Generic.List[T]]` and `ArrayList`: growable lists
// with .NET's Add/Remove/Contains methods, unrolled in pipelines.

public final class ListObject: EnumerableObject {
    public var items: [Value]
    /// `ArrayList.Add` returns the new index; `List<T>.Add` returns nothing.
    public let isArrayList: Bool
    public init(_ items: [Value] = [], isArrayList: Bool = false) {
        self.items = items
        self.isArrayList = isArrayList
    }

    public var typeName: String { isArrayList ? "System.Collections.ArrayList" : "System.Collections.Generic.List`1" }
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
            return isArrayList ? .int(items.count - 1) : VoidResult.value
        case "addrange":
            items.append(contentsOf: first.enumeratedItems)
            return VoidResult.value
        case "remove":
            if let index = items.firstIndex(where: { Operators.looselyEqual($0, first, caseSensitive: true) }) {
                items.remove(at: index)
                return .bool(true)
            }
            return .bool(false)
        case "removeat":
            if case .int(let index) = first, index >= 0, index < items.count { items.remove(at: index) }
            return VoidResult.value
        case "insert":
            if case .int(let index) = first, index >= 0, index <= items.count, arguments.count > 1 {
                items.insert(arguments[1], at: index)
            }
            return VoidResult.value
        case "clear": items.removeAll(); return VoidResult.value
        case "contains": return .bool(items.contains { Operators.looselyEqual($0, first, caseSensitive: true) })
        case "indexof": return .int(items.firstIndex { Operators.looselyEqual($0, first, caseSensitive: true) } ?? -1)
        case "toarray": return .list(items)
        case "reverse": items.reverse(); return VoidResult.value
        case "sort":
            items.sort { Operators.compareForSort($0, $1) < 0 }
            return VoidResult.value
        default: return nil
        }
    }
}
