// A number's .NET instance methods (`(5).ToString('D3')`, `$n.CompareTo(2)`),
// declared once for calls, Get-Member and completion.

/// The members of `System.Int32`, `System.Int64` and `System.Double` that
/// shoal implements; the target is the number.
public enum NumberMembers {
    public static let table = MemberTable<Value>(methods: [
        MethodMember("CompareTo", ["int CompareTo(System.Object value)"]) { number, call in
            guard call.count == 1 else { throw call.noOverload() }
            return .int(try Operators.order(number, call.arguments[0], caseSensitive: true, at: call.span))
        },
        MethodMember("ToString", ["string ToString()", "string ToString(string format)",
                                  "string ToString(System.IFormatProvider provider)",
                                  "string ToString(string format, System.IFormatProvider provider)"]) { number, call in
            // A culture (the provider) formats as the invariant one: shoal's only culture for numbers.
            guard call.count <= 2 else { throw call.noOverload() }
            guard call.count >= 1, case .string(let format) = call.arguments[0] else { return .string(Conversion.toString(number)) }
            return .string(Operators.formatValue(number, format))
        },
    ])
}
