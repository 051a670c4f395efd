// .NET's System.Numerics.BigInteger (`[bigint]`, the `n` suffix): whole
// numbers of any size. Magnitudes are little-endian 32-bit limbs; the
// operations are the schoolbook ones, ample for the numbers scripts write.

/// A signed integer of any size.
public struct BigInteger: Sendable, Hashable {
    /// Little-endian limbs, no high zero limbs; empty for zero.
    let limbs: [UInt32]
    let negative: Bool

    init(limbs: [UInt32], negative: Bool) {
        var limbs = limbs
        while limbs.last == 0 { limbs.removeLast() }
        self.limbs = limbs
        self.negative = negative && !limbs.isEmpty
    }

    public init<T: BinaryInteger>(_ value: T) {
        var magnitude = value.magnitude
        var limbs: [UInt32] = []
        while magnitude != 0 {
            limbs.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        }
        self.init(limbs: limbs, negative: value < 0)
    }

    /// Decimal digits with an optional sign (blanks around allowed); nil otherwise.
    public init?(parsing text: String) {
        var chars = Substring(text.trimmingCharacters())
        var negative = false
        if chars.first == "-" { negative = true; chars.removeFirst() } else if chars.first == "+" { chars.removeFirst() }
        guard !chars.isEmpty, chars.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var limbs: [UInt32] = []
        // Nine digits at a time: limbs * 10^9 + chunk.
        var index = chars.startIndex
        while index < chars.endIndex {
            let end = chars.index(index, offsetBy: 9, limitedBy: chars.endIndex) ?? chars.endIndex
            let chunk = chars[index..<end]
            var factor: UInt64 = 1
            for _ in chunk { factor *= 10 }
            limbs = Self.multiplyAdd(limbs, UInt64(factor), UInt64(chunk)!)
            index = end
        }
        self.init(limbs: limbs, negative: negative)
    }

    static func multiplyAdd(_ limbs: [UInt32], _ factor: UInt64, _ addend: UInt64) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(limbs.count + 1)
        var carry = addend
        for limb in limbs {
            let product = UInt64(limb) * factor + carry
            result.append(UInt32(truncatingIfNeeded: product))
            carry = product >> 32
        }
        while carry != 0 {
            result.append(UInt32(truncatingIfNeeded: carry))
            carry >>= 32
        }
        return result
    }

    public var isZero: Bool { limbs.isEmpty }

    /// The value as an Int, if it fits.
    public var intValue: Int? {
        guard limbs.count <= 2 else { return nil }
        var magnitude: UInt64 = 0
        for (index, limb) in limbs.enumerated() { magnitude |= UInt64(limb) << (32 * index) }
        if negative { return magnitude <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
    }

    public var doubleValue: Double {
        var result = 0.0
        for limb in limbs.reversed() { result = result * 4_294_967_296 + Double(limb) }
        return negative ? -result : result
    }

    public var description: String {
        guard !limbs.isEmpty else { return "0" }
        var chunks: [UInt32] = []
        var rest = limbs
        while !rest.isEmpty {
            var remainder: UInt64 = 0
            var quotient = [UInt32](repeating: 0, count: rest.count)
            for index in stride(from: rest.count - 1, through: 0, by: -1) {
                let current = remainder << 32 | UInt64(rest[index])
                quotient[index] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
            while quotient.last == 0 { quotient.removeLast() }
            rest = quotient
        }
        var text = negative ? "-" : ""
        text += String(chunks.last!)
        for chunk in chunks.dropLast().reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }

    static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for index in stride(from: a.count - 1, through: 0, by: -1) where a[index] != b[index] {
            return a[index] < b[index] ? -1 : 1
        }
        return 0
    }

    static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        var carry: UInt64 = 0
        for index in 0..<max(a.count, b.count) {
            let sum = UInt64(index < a.count ? a[index] : 0) + UInt64(index < b.count ? b[index] : 0) + carry
            result.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return result
    }

    /// a - b for |a| >= |b|.
    static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        var borrow: Int64 = 0
        for index in 0..<a.count {
            var difference = Int64(a[index]) - Int64(index < b.count ? b[index] : 0) - borrow
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 4_294_967_296 }
            result.append(UInt32(difference))
        }
        return result
    }

    public static func + (a: BigInteger, b: BigInteger) -> BigInteger {
        if a.negative == b.negative { return BigInteger(limbs: addMagnitudes(a.limbs, b.limbs), negative: a.negative) }
        if compareMagnitudes(a.limbs, b.limbs) >= 0 {
            return BigInteger(limbs: subtractMagnitudes(a.limbs, b.limbs), negative: a.negative)
        }
        return BigInteger(limbs: subtractMagnitudes(b.limbs, a.limbs), negative: b.negative)
    }

    public static prefix func - (a: BigInteger) -> BigInteger { BigInteger(limbs: a.limbs, negative: !a.negative) }

    public static func - (a: BigInteger, b: BigInteger) -> BigInteger { a + (-b) }

    public static func * (a: BigInteger, b: BigInteger) -> BigInteger {
        guard !a.isZero, !b.isZero else { return BigInteger(0) }
        var result = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in 0..<a.limbs.count {
            var carry: UInt64 = 0
            for j in 0..<b.limbs.count {
                let current = UInt64(a.limbs[i]) * UInt64(b.limbs[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: current)
                carry = current >> 32
            }
            var k = i + b.limbs.count
            while carry != 0 {
                let current = UInt64(result[k]) + carry
                result[k] = UInt32(truncatingIfNeeded: current)
                carry = current >> 32
                k += 1
            }
        }
        return BigInteger(limbs: result, negative: a.negative != b.negative)
    }

    /// Truncated division, as .NET's: the remainder has the dividend's sign. Nil for a zero divisor.
    public static func quotientAndRemainder(_ a: BigInteger, _ b: BigInteger) -> (BigInteger, BigInteger)? {
        guard !b.isZero else { return nil }
        if compareMagnitudes(a.limbs, b.limbs) < 0 { return (BigInteger(0), a) }
        // Binary long division: one bit of the quotient per step.
        var quotient = [UInt32](repeating: 0, count: a.limbs.count)
        var remainder: [UInt32] = []
        for bit in stride(from: a.limbs.count * 32 - 1, through: 0, by: -1) {
            remainder = shiftedLeftOne(remainder, carryingIn: (a.limbs[bit / 32] >> (bit % 32)) & 1)
            if compareMagnitudes(remainder, b.limbs) >= 0 {
                remainder = subtractMagnitudes(remainder, b.limbs)
                while remainder.last == 0 { remainder.removeLast() }
                quotient[bit / 32] |= 1 << (bit % 32)
            }
        }
        return (BigInteger(limbs: quotient, negative: a.negative != b.negative), BigInteger(limbs: remainder, negative: a.negative))
    }

    static func shiftedLeftOne(_ limbs: [UInt32], carryingIn bit: UInt32) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(limbs.count + 1)
        var carry = bit
        for limb in limbs {
            result.append(limb << 1 | carry)
            carry = limb >> 31
        }
        if carry != 0 { result.append(carry) }
        while result.last == 0 { result.removeLast() }
        return result
    }

    public static func compare(_ a: BigInteger, _ b: BigInteger) -> Int {
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let magnitude = compareMagnitudes(a.limbs, b.limbs)
        return a.negative ? -magnitude : magnitude
    }
}
