// `[System.Collections.Generic.List[int]]::new()`, `[hashtable]::Synchronized(@{})`
// and the other collection types' static members, declared once for calls,
// `Get-Member -Static` and completion.

enum CollectionStatics {
    /// `[System.Collections.Generic.List[T]]` and `[System.Collections.ArrayList]`.
    static func list(isArrayList: Bool) -> MemberTable<StaticTarget> {
        let name = isArrayList ? "System.Collections.ArrayList" : "System.Collections.Generic.List[T]"
        return MemberTable(methods: [
            MethodMember("new", ["\(name) new()", "\(name) new(int capacity)", "\(name) new(System.Collections.IEnumerable collection)"]) { _, call in
                // A number is a capacity; anything else, the first items.
                let initial: [Value] = call.arguments.first.map { if case .int = $0 { return [] } else { return $0.enumeratedItems } } ?? []
                return .native(ListObject(initial, isArrayList: isArrayList))
            },
        ])
    }

    /// `[hashtable]`.
    static let hashtable = MemberTable<StaticTarget>(methods: [
        MethodMember("new", ["hashtable new()"]) { _, _ in .hashtable(HashtableValue()) },
        MethodMember("Synchronized", ["static hashtable Synchronized(hashtable table)"]) { _, call in
            // The entries are copied into one table shared between runspaces;
            // a synchronized table's wrapper shares its entries.
            let shared = SynchronizedTable()
            if case .hashtable(let source)? = call.arguments.first {
                if let existing = source.synchronized { return .hashtable(HashtableValue(synchronized: existing)) }
                for (key, value) in source.entries { shared[key] = value }
            }
            return .hashtable(HashtableValue(synchronized: shared))
        },
    ])

    /// `[System.Collections.Specialized.OrderedDictionary]`.
    static let orderedDictionary = MemberTable<StaticTarget>(methods: [
        MethodMember("new", ["System.Collections.Specialized.OrderedDictionary new()"]) { _, _ in .hashtable(HashtableValue(ordered: true)) },
    ])

    /// `[pscustomobject]` and `[psobject]`.
    static let psObject = MemberTable<StaticTarget>(methods: [
        MethodMember("new", ["psobject new()"]) { _, _ in .object(PSObject()) },
    ])

    /// `[System.Text.StringBuilder]`.
    static let stringBuilder = MemberTable<StaticTarget>(methods: [
        MethodMember("new", ["System.Text.StringBuilder new()", "System.Text.StringBuilder new(string value)"]) { _, call in
            .native(StringBuilderObject(call.string(0)))
        },
    ])
}
