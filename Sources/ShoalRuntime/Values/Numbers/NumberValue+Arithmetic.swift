// Arithmetic and comparison with a typed number on either side, by pwsh's
// rules: a Double or Single makes the result a Double, else a Decimal makes
// it a Decimal, else a BigInteger a BigInteger; integers take the wider
// type (Int32 below everything, UInt32 with a signed Int32 is Int64), and a
// result that does not fit its type is a Double.

import ShoalSyntax

extension NumberValue {
    /// An operand as arithmetic sees it.
    private enum Operand {
        case integer(Int128, rank: Int)
        case double(Double)
        case decimal(DecimalNumber)
        case big(BigInteger)
    }

    /// Integer ranks: the result type is the higher one's.
    private static let int32Rank = 0, uint32Rank = 1, int64Rank = 2, uint64Rank = 3

    private static func operand(_ value: Value, for left: Value, at span: SourceSpan?) throws -> Operand {
        switch value {
        case .int(let n): return .integer(Int128(n), rank: Int128(Int32.min)...Int128(Int32.max) ~= Int128(n) ? int32Rank : int64Rank)
        case .double(let d): return .double(d)
        case .native(let number as NumberValue):
            switch number.storage {
            case .single(let f): return .double(Double(f))
            case .decimal(let d): return .decimal(d)
            case .big(let b): return .big(b)
            case .integer(let n):
                switch number.kind {
                case .uint32: return .integer(n, rank: uint32Rank)
                case .int64: return .integer(n, rank: int64Rank)
                case .uint64: return .integer(n, rank: uint64Rank)
                default: return .integer(n, rank: int32Rank)
                }
            }
        default:
            return try operand(Operators.numberOrError(value, for: left, at: span), for: left, at: span)
        }
    }

    private static func double(_ operand: Operand) -> Double {
        switch operand {
        case .integer(let n, _): Double(n)
        case .double(let d): d
        case .decimal(let d): d.doubleValue
        case .big(let b): b.doubleValue
        }
    }

    private static func decimal(_ operand: Operand) -> DecimalNumber? {
        switch operand {
        case .integer(let n, _): DecimalNumber(mantissa: n, scale: 0)
        case .decimal(let d): d
        case .double(let d): DecimalNumber(d)
        case .big(let b): DecimalNumber(parsing: b.description)
        }
    }

    private static func big(_ operand: Operand) -> BigInteger {
        switch operand {
        case .integer(let n, _): BigInteger(n)
        case .big(let b): b
        case .decimal(let d): BigInteger(d.roundedInteger)
        case .double(let d): (try? bigInteger(.double(d), original: .double(d), at: nil)) ?? BigInteger(0)
        }
    }

    /// `left op right` (+, -, *, /, %) when either side is a typed number; nil when neither is.
    static func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value, at span: SourceSpan?) throws -> Value? {
        // A typed number on the left, or on the right of a number (not of a string, whose `*` repeats it).
        guard left.isTypedNumber || (right.isTypedNumber && Conversion.toNumber(left) != nil) else { return nil }
        return try arithmetic(op, operand(left, for: left, at: span), operand(right, for: left, at: span), at: span)
    }

    private static func arithmetic(_ op: BinaryOperator, _ a: Operand, _ b: Operand, at span: SourceSpan?) throws -> Value {
        switch (a, b) {
        case (.double, _), (_, .double):
            let x = double(a), y = double(b)
            switch op {
            case .add: return .double(x + y)
            case .subtract: return .double(x - y)
            case .multiply: return .double(x * y)
            case .divide:
                if y == 0 { throw Operators.divideByZero(span) }
                return .double(x / y)
            default:
                if y == 0 { throw Operators.divideByZero(span) }
                return .double(x.truncatingRemainder(dividingBy: y))
            }
        case (.decimal, _), (_, .decimal):
            guard let x = decimal(a), let y = decimal(b) else { throw decimalOverflow(span) }
            if (op == .divide || op == .remainder), y.mantissa == 0 { throw Operators.divideByZero(span) }
            let result: DecimalNumber? = switch op {
            case .add: DecimalNumber.add(x, y)
            case .subtract: DecimalNumber.subtract(x, y)
            case .multiply: DecimalNumber.multiply(x, y)
            case .divide: DecimalNumber.divide(x, y)
            default: DecimalNumber.remainder(x, y)
            }
            guard let result else { throw decimalOverflow(span) }
            return .native(NumberValue(.decimal, .decimal(result)))
        case (.big, _), (_, .big):
            let x = big(a), y = big(b)
            let result: BigInteger
            switch op {
            case .add: result = x + y
            case .subtract: result = x - y
            case .multiply: result = x * y
            default:
                guard let (quotient, remainder) = BigInteger.quotientAndRemainder(x, y) else { throw Operators.divideByZero(span) }
                result = op == .divide ? quotient : remainder
            }
            return .native(NumberValue(.bigInteger, .big(result)))
        case (.integer(let x, let xr), .integer(let y, let yr)):
            let target: Kind? = switch (max(xr, yr), min(xr, yr)) {
            case (int32Rank, _): nil
            case (uint32Rank, uint32Rank): .uint32
            case (uint32Rank, _), (int64Rank, _): .int64
            default: .uint64
            }
            let exact: Int128
            switch op {
            case .add: exact = x + y
            case .subtract: exact = x - y
            case .multiply:
                let (product, overflow) = x.multipliedReportingOverflow(by: y)
                if overflow { return .double(Double(x) * Double(y)) }
                exact = product
            case .divide:
                if y == 0 { throw Operators.divideByZero(span) }
                if x % y != 0 { return .double(Double(x) / Double(y)) }
                exact = x / y
            default:
                if y == 0 { throw Operators.divideByZero(span) }
                exact = x % y
            }
            guard let target else {
                return Int128(Int32.min)...Int128(Int32.max) ~= exact ? .int(Int(exact)) : .double(Double(exact))
            }
            return target.range!.contains(exact) ? .native(NumberValue(target, .integer(exact))) : .double(Double(exact))
        }
    }

    static func decimalOverflow(_ span: SourceSpan?) -> ScriptError {
        ScriptError.runtime("Value was either too large or too small for a Decimal.", id: "RuntimeException", at: span,
                            type: "System.OverflowException", category: .notSpecified)
    }

    /// The order of two numbers at least one of which is typed (nil when the other is no number),
    /// exact for integers, decimals and big integers.
    static func order(_ left: Value, _ right: Value) -> Int? {
        guard let a = try? operand(left.unwrapped, for: left, at: nil), let b = try? operand(right.unwrapped, for: left, at: nil) else {
            return nil
        }
        func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
        switch (a, b) {
        case (.double, _), (_, .double): return sign(double(a), double(b))
        case (.decimal, _), (_, .decimal):
            guard let x = decimal(a), let y = decimal(b) else { return sign(double(a), double(b)) }
            return DecimalNumber.compare(x, y)
        case (.big, _), (_, .big): return BigInteger.compare(big(a), big(b))
        case (.integer(let x, _), .integer(let y, _)): return sign(x, y)
        }
    }
}
