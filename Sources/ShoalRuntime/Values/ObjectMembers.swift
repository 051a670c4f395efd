// `[object]`: System.Object's static members, declared once for calls,
// `[object] | Get-Member -Static` and completion.

/// The static members of `System.Object`.
enum ObjectMembers {
    static let table = MemberTable<StaticTarget>(methods: [
        MethodMember("ReferenceEquals", ["static bool ReferenceEquals(System.Object objA, System.Object objB)"]) { _, call in
            .bool(sameInstance(call.arguments[safe: 0] ?? .null, call.arguments[safe: 1] ?? .null))
        },
        MethodMember("Equals", ["static bool Equals(System.Object objA, System.Object objB)"]) { _, call in
            let a = call.arguments[safe: 0] ?? .null, b = call.arguments[safe: 1] ?? .null
            return .bool(sameInstance(a, b) || sameValue(a, b))
        },
    ])

    /// Whether two values are one instance. Numbers, booleans and strings
    /// reach a .NET method boxed, each in its own box, so only `$null`
    /// is the same as itself among them.
    static func sameInstance(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.array(let x), .array(let y)): return x === y
        case (.hashtable(let x), .hashtable(let y)): return x === y
        case (.object(let x), .object(let y)): return x === y
        case (.scriptBlock(let x), .scriptBlock(let y)): return x === y
        case (.error(let x), .error(let y)): return x === y
        case (.native(let x), .native(let y)): return (x as AnyObject) === (y as AnyObject)
        default: return false
        }
    }

    /// .NET's Equals for the values that compare by value: the same type
    /// and the same value (a string with its case).
    static func sameValue(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        default: return false
        }
    }
}
