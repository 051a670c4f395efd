// .NET's System.Decimal: a 96-bit integer and a scale of 0 to 28 decimal
// places, so 0.1 + 0.2 is exactly 0.3 and `[decimal]'1.50'` prints as 1.50.
// Results that need more digits are rounded half to even, as .NET rounds.

/// A decimal number as .NET keeps it: `mantissa / 10^scale`.
public struct DecimalNumber: Sendable, Hashable {
    /// |mantissa| < 2^96.
    public let mantissa: Int128
    public let scale: Int

    static let limit: Int128 = (1 << 96) - 1
    static let maxScale = 28

    static func power(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// Exactly `mantissa / 10^scale`, rounded to fit; nil when the value is too large for a decimal.
    init?(mantissa: Int128, scale: Int) {
        var mantissa = mantissa, scale = scale
        while scale < 0 {
            let (next, overflow) = mantissa.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            mantissa = next
            scale += 1
        }
        while scale > Self.maxScale || mantissa.magnitude > UInt128(Self.limit) {
            if scale == 0 { return nil }
            mantissa = Self.roundedDivide(mantissa, by: 10)
            scale -= 1
        }
        self.mantissa = mantissa
        self.scale = scale
    }

    public init(_ integer: Int) {
        mantissa = Int128(integer)
        scale = 0
    }

    /// `a / b` rounded half to even.
    static func roundedDivide(_ a: Int128, by b: Int128) -> Int128 {
        let (quotient, remainder) = a.quotientAndRemainder(dividingBy: b)
        let twice = remainder.magnitude * 2
        if twice > b.magnitude || (twice == b.magnitude && quotient % 2 != 0) {
            return quotient + ((a < 0) != (b < 0) ? -1 : 1)
        }
        return quotient
    }

    /// `1.50`, `-3`, `2.5e3`, ` 42 `: .NET's Decimal.Parse with the invariant culture; nil otherwise.
    public init?(parsing text: String) {
        var chars = Substring(text.trimmingCharacters())
        var negative = false
        if chars.first == "-" { negative = true; chars.removeFirst() } else if chars.first == "+" { chars.removeFirst() }
        var exponent = 0
        if let e = chars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(chars[chars.index(after: e)...]) else { return nil }
            exponent = value
            chars = chars[..<e]
        }
        var mantissa: Int128 = 0, scale = 0, seenPoint = false, seenDigit = false
        for c in chars {
            if c == "." {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard let digit = c.wholeNumberValue, c.isASCII else { return nil }
            seenDigit = true
            // Digits past what 96 bits hold only round the last kept one.
            if mantissa.magnitude > UInt128(Self.limit) / 10 {
                if !seenPoint { scale -= 1 }
                continue
            }
            mantissa = mantissa * 10 + Int128(digit)
            if seenPoint { scale += 1 }
        }
        guard seenDigit, let value = DecimalNumber(mantissa: negative ? -mantissa : mantissa, scale: scale - exponent) else { return nil }
        self = value
    }

    /// .NET's conversion from a double: at most 15 significant digits.
    public init?(_ double: Double) {
        guard double.isFinite, abs(double) < 7.9e28 else { return nil }
        guard var parsed = DecimalNumber(parsing: String(double)) else { return nil }
        var digits = String(parsed.mantissa.magnitude).count
        while digits > 15, parsed.scale > 0 {
            parsed = DecimalNumber(mantissa: Self.roundedDivide(parsed.mantissa, by: 10), scale: parsed.scale - 1)!
            digits -= 1
        }
        self = parsed.trimmed()
    }

    /// Without trailing zeros after the point (what a conversion from a double gives).
    func trimmed() -> DecimalNumber {
        var mantissa = self.mantissa, scale = self.scale
        while scale > 0, mantissa % 10 == 0 {
            mantissa /= 10
            scale -= 1
        }
        return DecimalNumber(mantissa: mantissa, scale: scale)!
    }

    public var doubleValue: Double { Double(mantissa) / pow10(scale) }

    private func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }

    /// The integer part, rounded half to even (.NET's conversion to an integer type).
    public var roundedInteger: Int128 { scale == 0 ? mantissa : Self.roundedDivide(mantissa, by: Self.power(scale)) }

    /// `1.50` keeps its scale, as .NET prints a decimal.
    public var description: String {
        var digits = String(mantissa.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return (mantissa < 0 ? "-" : "") + digits
    }

    /// Both at one scale (the larger one, or as near as 96 bits allow).
    static func aligned(_ a: DecimalNumber, _ b: DecimalNumber) -> (Int128, Int128, Int) {
        var x = a.mantissa, y = b.mantissa, xs = a.scale, ys = b.scale
        while xs < ys {
            let (next, overflow) = x.multipliedReportingOverflow(by: 10)
            if overflow { y = roundedDivide(y, by: 10); ys -= 1 } else { x = next; xs += 1 }
        }
        while ys < xs {
            let (next, overflow) = y.multipliedReportingOverflow(by: 10)
            if overflow { x = roundedDivide(x, by: 10); xs -= 1 } else { y = next; ys += 1 }
        }
        return (x, y, xs)
    }

    public static func add(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber? {
        let (x, y, scale) = aligned(a, b)
        return DecimalNumber(mantissa: x + y, scale: scale)
    }

    public static func subtract(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber? {
        let (x, y, scale) = aligned(a, b)
        return DecimalNumber(mantissa: x - y, scale: scale)
    }

    public static func multiply(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber? {
        var x = a.mantissa, y = b.mantissa, scale = a.scale + b.scale
        while true {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow { return DecimalNumber(mantissa: product, scale: scale) }
            // Give up the least significant digit of the longer operand.
            guard scale > 0 else { return nil }
            if x.magnitude > y.magnitude { x = roundedDivide(x, by: 10) } else { y = roundedDivide(y, by: 10) }
            scale -= 1
        }
    }

    /// Nil for a zero divisor (the caller reports it) or an overflow.
    public static func divide(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber? {
        guard b.mantissa != 0 else { return nil }
        let divisor = b.mantissa.magnitude
        var (quotient, remainder) = a.mantissa.magnitude.quotientAndRemainder(dividingBy: divisor)
        var scale = a.scale - b.scale
        let limit = UInt128(Self.limit)
        // Long division, one decimal digit at a time, while digits fit.
        while remainder != 0, scale < maxScale, quotient <= limit / 10 {
            let (digit, rest) = (remainder * 10).quotientAndRemainder(dividingBy: divisor)
            quotient = quotient * 10 + digit
            remainder = rest
            scale += 1
        }
        if remainder * 2 > divisor || (remainder * 2 == divisor && quotient % 2 == 1) { quotient += 1 }
        guard quotient <= UInt128(Int128.max) else { return nil }
        let negative = (a.mantissa < 0) != (b.mantissa < 0)
        return DecimalNumber(mantissa: negative ? -Int128(quotient) : Int128(quotient), scale: scale)
    }

    /// .NET's remainder: the sign of the dividend.
    public static func remainder(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber? {
        guard b.mantissa != 0 else { return nil }
        let (x, y, scale) = aligned(a, b)
        return DecimalNumber(mantissa: x % y, scale: scale)
    }

    public static func compare(_ a: DecimalNumber, _ b: DecimalNumber) -> Int {
        let (x, y, _) = aligned(a, b)
        return x < y ? -1 : (x > y ? 1 : 0)
    }
}
