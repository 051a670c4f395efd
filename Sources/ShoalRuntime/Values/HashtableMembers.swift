// A hashtable's .NET methods and properties (`$h.ContainsKey('a')`,
// `$h.Keys`), declared once for calls, Get-Member and completion.

/// The members of `System.Collections.Hashtable` that shoal implements.
public enum HashtableMembers {
    public static let table = MemberTable<HashtableValue>(
        methods: [
            MethodMember("Add", ["void Add(System.Object key, System.Object value)"]) { table, call in
                guard call.count == 2 else { throw call.noOverload() }
                let key = call.arguments[0]
                if table[key] != nil {
                    throw call.failure("Item has already been added. Key in dictionary: '\(Conversion.toString(key))'  Key being added: '\(Conversion.toString(key))'",
                                       id: "ArgumentException")
                }
                table[key] = call.arguments[1]
                return VoidResult.value
            },
            MethodMember("Clear", ["void Clear()"]) { table, _ in
                table.removeAll()
                return VoidResult.value
            },
            MethodMember("Clone", ["System.Object Clone()"]) { table, _ in .hashtable(table.copy()) },
            MethodMember("Contains", ["bool Contains(System.Object key)"]) { table, call in containsKey(table, call) },
            MethodMember("ContainsKey", ["bool ContainsKey(System.Object key)"]) { table, call in containsKey(table, call) },
            MethodMember("ContainsValue", ["bool ContainsValue(System.Object value)"]) { table, call in
                .bool(table.values.contains { Operators.looselyEqual($0, call.arguments.first ?? .null, caseSensitive: true) })
            },
            MethodMember("GetEnumerator", ["System.Collections.IDictionaryEnumerator GetEnumerator()"]) { table, _ in
                .list(table.entries.map { PSObject.dictionaryEntry(key: $0.key, value: $0.value) })
            },
            MethodMember("Remove", ["void Remove(System.Object key)"]) { table, call in
                if let key = call.arguments.first { table[key] = nil }
                return VoidResult.value
            },
        ],
        properties: [
            PropertyMember("Count", "int Count {get;}") { table in .int(table.count) },
            PropertyMember("Keys", "System.Collections.ICollection Keys {get;}") { table in .list(table.keys) },
            PropertyMember("Values", "System.Collections.ICollection Values {get;}") { table in .list(table.values) },
        ])

    private static func containsKey(_ table: HashtableValue, _ call: MethodCall) -> Value {
        .bool(call.arguments.first.map { table[$0] != nil } ?? false)
    }
}
