// `[string]::Join(',', $a)`, `[char]::IsDigit('7')`: the static members of
// System.String and System.Char as scripts use them, declared once for
// calls, `Get-Member -Static` and completion after `[string]::`.

enum StringStatics {
    /// `[string]`'s static members.
    static let string = MemberTable<StaticTarget>(
        methods: [
            MethodMember("Concat", ["static string Concat(Params System.Object[] args)"]) { _, call in
                .string(call.arguments.flatMap(\.enumeratedItems).map(Conversion.toString).joined())
            },
            MethodMember("Format", ["static string Format(string format, Params System.Object[] args)"]) { _, call in
                // Two arguments: the second is the list of values (`-f`'s right side).
                let values = Array(call.arguments.dropFirst()).flatMap { call.count == 2 ? $0.enumeratedItems : [$0] }
                return .string(try Operators.format(call.string(0), values, at: call.span))
            },
            MethodMember("IsNullOrEmpty", ["static bool IsNullOrEmpty(string value)"]) { _, call in
                .bool(call.arguments.first.map { $0.isNull || Conversion.toString($0).isEmpty } ?? true)
            },
            MethodMember("IsNullOrWhiteSpace", ["static bool IsNullOrWhiteSpace(string value)"]) { _, call in
                .bool(call.arguments.first.map { $0.isNull || Conversion.toString($0).allSatisfy(\.isWhitespace) } ?? true)
            },
            MethodMember("Join", ["static string Join(string separator, Params string[] value)",
                                  "static string Join(string separator, System.Collections.Generic.IEnumerable[string] values)"]) { _, call in
                let items = call.count == 2 ? call.arguments[1].enumeratedItems : Array(call.arguments.dropFirst())
                return .string(items.map(Conversion.toString).joined(separator: call.string(0)))
            },
            MethodMember("new", ["string new(char c, int count)"]) { _, call in
                // The count is an Int32 in .NET; a bigger one cannot even be allocated.
                .string(String(repeating: call.string(0), count: max(0, try call.int32(1))))
            },
        ],
        properties: [PropertyMember("Empty", "static string Empty {get;}") { _ in .string("") }])

    /// `[char]`'s static members: tests of the first character of the argument.
    static let char = MemberTable<StaticTarget>(methods: [
        test("IsDigit") { $0.isNumber },
        test("IsLetter") { $0.isLetter },
        test("IsLetterOrDigit") { $0.isLetter || $0.isNumber },
        test("IsLower") { $0.isLowercase },
        test("IsUpper") { $0.isUppercase },
        test("IsWhiteSpace") { $0.isWhitespace },
        MethodMember("ToLower", ["static char ToLower(char c)"]) { _, call in .string(first(call).lowercased()) },
        MethodMember("ToUpper", ["static char ToUpper(char c)"]) { _, call in .string(first(call).uppercased()) },
    ])

    private static func first(_ call: MethodCall) -> Character { call.string(0).first ?? " " }

    private static func test(_ name: String, _ holds: @escaping @Sendable (Character) -> Bool) -> MethodMember<StaticTarget> {
        MethodMember(name, ["static bool \(name)(char c)"]) { _, call in .bool(holds(first(call))) }
    }
}
