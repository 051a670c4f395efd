// `$array.GetEnumerator()`: .NET's SZArrayEnumerator, a cursor scripts move
// by hand (`MoveNext()`, `Current`, `Reset()`). In a pipeline it yields what
// is left after the cursor, as pwsh enumerates an IEnumerator; passed as an
// argument it is handed over as is, its position untouched.

/// A cursor over an array's items (a runspace's own, like the array it came from).
public final class ArrayEnumerator: EnumerableObject {
    private let items: [Value]
    /// -1 before the first MoveNext, `items.count` after the last.
    private var position = -1

    init(_ items: [Value]) { self.items = items }

    public var typeName: String { "System.Array+SZArrayEnumerator" }
    public var stringValue: String { typeName }
    public var propertyNames: [String] { ["Current"] }

    public func property(_ name: String) -> Value? {
        guard name.lowercased() == "current" else { return nil }
        return items.indices.contains(position) ? items[position] : .null
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "movenext":
            if position < items.count { position += 1 }
            return .bool(position < items.count)
        case "reset":
            position = -1
            return .null
        case "get_current": return property("Current")
        default: return nil
        }
    }

    public func enumerated() -> [Value] {
        let rest = Array(items[min(items.count, position + 1)...])
        position = items.count
        return rest
    }
}
