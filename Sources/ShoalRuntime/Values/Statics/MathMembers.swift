// `[math]`: System.Math's members as scripts use them, declared once for
// calls, `[math] | Get-Member -Static` and completion after `[math]::`.

import Glibc

/// The static members of `System.Math`.
enum MathMembers {
    static let table = MemberTable<StaticTarget>(methods: [
        MethodMember("Abs", ["static int Abs(int value)", "static long Abs(long value)", "static double Abs(double value)"]) { _, call in
            if case .int(let n)? = call.arguments.first {
                guard n != Int.min else {
                    throw ScriptError.runtime("Negating the minimum value of a twos complement number is invalid.", id: "OverflowException",
                                              at: call.span, type: "System.OverflowException")
                }
                return .int(abs(n))
            }
            return .double(abs(try call.double(0)))
        },
        MethodMember("Ceiling", ["static double Ceiling(double a)"]) { _, call in .double(try call.double(0).rounded(.up)) },
        MethodMember("Cos", ["static double Cos(double d)"]) { _, call in .double(cos(try call.double(0))) },
        MethodMember("Exp", ["static double Exp(double d)"]) { _, call in .double(exp(try call.double(0))) },
        MethodMember("Floor", ["static double Floor(double d)"]) { _, call in .double(try call.double(0).rounded(.down)) },
        MethodMember("Log", ["static double Log(double d)", "static double Log(double a, double newBase)"]) { _, call in
            call.count > 1 ? .double(log(try call.double(0)) / log(try call.double(1))) : .double(log(try call.double(0)))
        },
        MethodMember("Log10", ["static double Log10(double d)"]) { _, call in .double(log10(try call.double(0))) },
        MethodMember("Log2", ["static double Log2(double x)"]) { _, call in .double(log2(try call.double(0))) },
        MethodMember("Max", ["static int Max(int val1, int val2)", "static double Max(double val1, double val2)"]) { _, call in
            try extreme(call, larger: true)
        },
        MethodMember("Min", ["static int Min(int val1, int val2)", "static double Min(double val1, double val2)"]) { _, call in
            try extreme(call, larger: false)
        },
        MethodMember("Pow", ["static double Pow(double x, double y)"]) { _, call in .double(pow(try call.double(0), try call.double(1))) },
        MethodMember("Round", ["static double Round(double a)", "static double Round(double value, int digits)"]) { _, call in
            let x = try call.double(0)
            let digits = call.count > 1 ? try call.int32(1) : 0
            let factor = pow(10.0, Double(digits))
            let rounded = (x * factor).rounded(.toNearestOrEven) / factor
            // An integer rounds to an integer (pwsh picks Round(decimal) for it).
            if call.count == 1, case .int? = call.arguments.first { return .int(Int(rounded)) }
            return .double(rounded)
        },
        MethodMember("Sign", ["static int Sign(double value)"]) { _, call in
            let x = try call.double(0)
            return .int(x.sign == .minus && x != 0 ? -1 : (x == 0 ? 0 : 1))
        },
        MethodMember("Sin", ["static double Sin(double a)"]) { _, call in .double(sin(try call.double(0))) },
        MethodMember("Sqrt", ["static double Sqrt(double d)"]) { _, call in .double(sqrt(try call.double(0))) },
        MethodMember("Tan", ["static double Tan(double a)"]) { _, call in .double(tan(try call.double(0))) },
        MethodMember("Truncate", ["static double Truncate(double d)"]) { _, call in .double(try call.double(0).rounded(.towardZero)) },
    ], properties: [
        PropertyMember("E", "static double E {get;}") { _ in .double(M_E) },
        PropertyMember("PI", "static double PI {get;}") { _ in .double(Double.pi) },
        PropertyMember("Tau", "static double Tau {get;}") { _ in .double(2 * Double.pi) },
    ])

    /// Max or Min of two values, compared as pwsh compares them; the winner keeps its type.
    private static func extreme(_ call: MethodCall, larger: Bool) throws -> Value {
        guard call.count == 2 else {
            throw ScriptError.runtime("Cannot find an overload for \"\(call.name)\" and the argument count: \"\(call.count)\".",
                                      id: "MethodCountCouldNotFindBest", at: call.span)
        }
        let a = call.arguments[0], b = call.arguments[1]
        let order = try Operators.order(a, b, caseSensitive: false, at: call.span)
        return larger ? (order >= 0 ? a : b) : (order <= 0 ? a : b)
    }
}
