// An array's .NET methods (`$a.Contains(3)`, `$a.IndexOf('x')`), declared
// once for calls, Get-Member and completion. A method an array lacks is
// called on each element instead (member enumeration, in the evaluator).

/// The members of `System.Object[]` that shoal implements.
public enum ArrayMembers {
    public static let table = MemberTable<ArrayValue>(
        methods: [
            MethodMember("Add", ["int Add(System.Object value)"]) { _, call in
                // An array's length is fixed, as .NET's IList.Add on an array says.
                throw call.failure("Collection was of a fixed size.", id: "NotSupportedException")
            },
            MethodMember("Clone", ["System.Object Clone()"]) { array, _ in .list(array.items) },
            MethodMember("Contains", ["bool Contains(System.Object value)"]) { array, call in
                guard call.count == 1 else { throw call.noOverload() }
                return .bool(array.items.contains { Operators.looselyEqual($0, call.arguments[0], caseSensitive: true) })
            },
            MethodMember("GetEnumerator", ["System.Collections.IEnumerator GetEnumerator()"]) { array, call in
                guard call.count == 0 else { throw call.noOverload() }
                return .native(ArrayEnumerator(array.items))
            },
            MethodMember("IndexOf", ["int IndexOf(System.Object value)"]) { array, call in
                .int(array.items.firstIndex { Operators.looselyEqual($0, call.arguments.first ?? .null, caseSensitive: true) } ?? -1)
            },
        ],
        properties: [
            PropertyMember("Count", "int Count {get;}") { array in .int(array.items.count) },
            PropertyMember("Length", "int Length {get;}") { array in .int(array.items.count) },
            PropertyMember("Rank", "int Rank {get;}") { _ in .int(1) },
        ])
}
