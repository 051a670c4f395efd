// `[bigint]::Pow(2, 100)`, `[decimal]::MaxValue` and the like: the static
// members scripts reach for on the typed number types.

import ShoalSyntax

enum NumberStatics {
    private static func big(_ value: Value, _ span: SourceSpan?) throws -> BigInteger {
        try NumberValue.bigInteger(value.unwrappedSingle, original: value, at: span)
    }

    private static func wrap(_ value: BigInteger) -> Value { .native(NumberValue(.bigInteger, .big(value))) }

    /// `[bigint]`'s static members.
    static let bigInteger = MemberTable<StaticTarget>(
        methods: [
            MethodMember("Pow", ["static bigint Pow(bigint value, int exponent)"]) { _, call in
                let base = try big(call.arguments[safe: 0] ?? .null, call.span)
                let exponent = try call.int32(1)
                guard exponent >= 0 else { throw call.failure("The number must be greater than or equal to zero. (Parameter 'exponent')", id: "ArgumentOutOfRangeException") }
                var result = BigInteger(1), square = base, rest = exponent
                while rest > 0 {
                    if rest & 1 == 1 { result = result * square }
                    rest >>= 1
                    if rest > 0 { square = square * square }
                }
                return wrap(result)
            },
            MethodMember("Parse", ["static bigint Parse(string value)"]) { _, call in
                guard let parsed = BigInteger(parsing: call.string(0)) else {
                    throw call.failure("The value could not be parsed.", id: "FormatException")
                }
                return wrap(parsed)
            },
            MethodMember("Abs", ["static bigint Abs(bigint value)"]) { _, call in
                let value = try big(call.arguments[safe: 0] ?? .null, call.span)
                return wrap(BigInteger(limbs: value.limbs, negative: false))
            },
            MethodMember("Add", ["static bigint Add(bigint left, bigint right)"]) { _, call in
                wrap(try big(call.arguments[safe: 0] ?? .null, call.span) + big(call.arguments[safe: 1] ?? .null, call.span))
            },
            MethodMember("Multiply", ["static bigint Multiply(bigint left, bigint right)"]) { _, call in
                wrap(try big(call.arguments[safe: 0] ?? .null, call.span) * big(call.arguments[safe: 1] ?? .null, call.span))
            },
            MethodMember("new", ["bigint new(long value)", "bigint new(decimal value)", "bigint new(double value)"]) { _, call in
                wrap(try big(call.arguments[safe: 0] ?? .null, call.span))
            },
        ],
        properties: [
            PropertyMember("Zero", "static bigint Zero {get;}") { _ in wrap(BigInteger(0)) },
            PropertyMember("One", "static bigint One {get;}") { _ in wrap(BigInteger(1)) },
            PropertyMember("MinusOne", "static bigint MinusOne {get;}") { _ in wrap(BigInteger(-1)) },
        ])

    /// `[decimal]`'s static members.
    static let decimal = MemberTable<StaticTarget>(
        methods: [
            MethodMember("Parse", ["static decimal Parse(string s)"]) { _, call in
                guard let parsed = DecimalNumber(parsing: call.string(0)) else {
                    throw call.failure("The input string '\(call.string(0))' was not in a correct format.", id: "FormatException")
                }
                return .native(NumberValue(.decimal, .decimal(parsed)))
            },
        ],
        properties: [
            PropertyMember("MaxValue", "static decimal MaxValue {get;}") { _ in
                .native(NumberValue(.decimal, .decimal(DecimalNumber(mantissa: DecimalNumber.limit, scale: 0)!)))
            },
            PropertyMember("MinValue", "static decimal MinValue {get;}") { _ in
                .native(NumberValue(.decimal, .decimal(DecimalNumber(mantissa: -DecimalNumber.limit, scale: 0)!)))
            },
            PropertyMember("Zero", "static decimal Zero {get;}") { _ in .native(NumberValue(.decimal, .decimal(DecimalNumber(0)))) },
            PropertyMember("One", "static decimal One {get;}") { _ in .native(NumberValue(.decimal, .decimal(DecimalNumber(1)))) },
        ])

    /// `[int]`'s and `[long]`'s static members.
    static let int32 = integer("int", "System.Int32", minimum: Int(Int32.min), maximum: Int(Int32.max))
    static let int64 = integer("long", "System.Int64", minimum: Int.min, maximum: Int.max)

    private static func integer(_ name: String, _ fullName: String, minimum: Int, maximum: Int) -> MemberTable<StaticTarget> {
        MemberTable(
            methods: [
                MethodMember("Parse", ["static \(name) Parse(string s)"]) { _, call in
                    try StaticMembers.parsing("Parse", call.arguments, "The input string '\(call.string(0))' was not in a correct format.", call.span) {
                        try TypeConversion.convert(.string(call.string(0)), toFullName: fullName, at: call.span)
                    }
                },
            ],
            properties: [
                PropertyMember("MaxValue", "static \(name) MaxValue {get;}") { _ in .int(maximum) },
                PropertyMember("MinValue", "static \(name) MinValue {get;}") { _ in .int(minimum) },
            ])
    }

    /// `[double]`'s static members.
    static let double = MemberTable<StaticTarget>(
        methods: [
            MethodMember("IsNaN", ["static bool IsNaN(double d)"]) { _, call in .bool(try call.double(0).isNaN) },
            MethodMember("Parse", ["static double Parse(string s)"]) { _, call in
                try StaticMembers.parsing("Parse", call.arguments, "The input string '\(call.string(0))' was not in a correct format.", call.span) {
                    try TypeConversion.convert(.string(call.string(0)), toFullName: "System.Double", at: call.span)
                }
            },
        ],
        properties: [
            PropertyMember("MaxValue", "static double MaxValue {get;}") { _ in .double(Double.greatestFiniteMagnitude) },
            PropertyMember("MinValue", "static double MinValue {get;}") { _ in .double(-Double.greatestFiniteMagnitude) },
            PropertyMember("NaN", "static double NaN {get;}") { _ in .double(Double.nan) },
            PropertyMember("NegativeInfinity", "static double NegativeInfinity {get;}") { _ in .double(-Double.infinity) },
            PropertyMember("PositiveInfinity", "static double PositiveInfinity {get;}") { _ in .double(Double.infinity) },
        ])
}
