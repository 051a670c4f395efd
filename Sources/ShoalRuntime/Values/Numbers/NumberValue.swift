// The .NET number types beyond Int32 and Double: `[long]`, `[byte]`,
// `[sbyte]`, `[int16]`, `[uint16]`, `[uint32]`, `[uint64]`, `[single]`,
// `[decimal]` and `[bigint]`, and the literal suffixes that make them
// (`5l`, `5uy`, `1.5d`, `7n`). Each value knows its type (GetType() is
// System.Int64), arithmetic keeps the wider operand's type as pwsh's binder
// does (overflow widens to Double), decimals stay exact and big integers
// have no limit. Int32 and Double stay Value's own cases: the common path.

import ShoalSyntax

/// A number of one of the .NET types Value has no case for.
public final class NumberValue: NativeObject, Sendable {
    public enum Kind: Sendable {
        case sbyte, byte, int16, uint16, uint32, int64, uint64, single, decimal, bigInteger

        public var fullName: String {
            switch self {
            case .sbyte: "System.SByte"
            case .byte: "System.Byte"
            case .int16: "System.Int16"
            case .uint16: "System.UInt16"
            case .uint32: "System.UInt32"
            case .int64: "System.Int64"
            case .uint64: "System.UInt64"
            case .single: "System.Single"
            case .decimal: "System.Decimal"
            case .bigInteger: "System.Numerics.BigInteger"
            }
        }

        /// The range of an integer kind (nil for the others).
        var range: ClosedRange<Int128>? {
            switch self {
            case .sbyte: -128...127
            case .byte: 0...255
            case .int16: -32768...32767
            case .uint16: 0...65535
            case .uint32: 0...Int128(UInt32.max)
            case .int64: Int128(Int64.min)...Int128(Int64.max)
            case .uint64: 0...Int128(UInt64.max)
            default: nil
            }
        }

        /// .NET's overflow message's type phrase.
        var overflowName: String {
            switch self {
            case .sbyte: "a signed byte"
            case .byte: "an unsigned byte"
            case .int16: "an Int16"
            case .uint16: "a UInt16"
            case .uint32: "a UInt32"
            case .int64: "an Int64"
            case .uint64: "a UInt64"
            case .decimal: "a Decimal"
            default: "a " + fullName.split(separator: ".").last.map(String.init)!
            }
        }

        public init?(fullName: String) {
            switch fullName {
            case "System.SByte": self = .sbyte
            case "System.Byte": self = .byte
            case "System.Int16": self = .int16
            case "System.UInt16": self = .uint16
            case "System.UInt32": self = .uint32
            case "System.Int64": self = .int64
            case "System.UInt64": self = .uint64
            case "System.Single": self = .single
            case "System.Decimal": self = .decimal
            case "System.Numerics.BigInteger": self = .bigInteger
            default: return nil
            }
        }
    }

    enum Storage: Sendable {
        case integer(Int128)
        case single(Float)
        case decimal(DecimalNumber)
        case big(BigInteger)
    }

    public let kind: Kind
    let storage: Storage

    init(_ kind: Kind, _ storage: Storage) {
        self.kind = kind
        self.storage = storage
    }

    public var typeName: String { kind.fullName }

    public var stringValue: String {
        switch storage {
        case .integer(let n): return String(n)
        case .single(let f):
            if f.isNaN { return "NaN" }
            if f.isInfinite { return f < 0 ? "-Infinity" : "Infinity" }
            let text = String(f)
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        case .decimal(let d): return d.description
        case .big(let b): return b.description
        }
    }

    public func property(_ name: String) -> Value? { nil }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch (method.lowercased(), arguments.count) {
        case ("tostring", 0): return .string(stringValue)
        case ("gethashcode", 0): return .int(stringValue.hashValue)
        case ("equals", 1): return .bool(Operators.looselyEqual(.native(self), arguments[0], caseSensitive: false))
        case ("compareto", 1): return .int(try Operators.order(.native(self), arguments[0], caseSensitive: false, at: nil))
        default: return nil
        }
    }

    /// The value for code that knows only Int and Double: an integer that fits Int, else a double.
    public var plainNumber: Value {
        switch storage {
        case .integer(let n): return n >= Int128(Int.min) && n <= Int128(Int.max) ? .int(Int(n)) : .double(Double(n))
        case .single(let f): return .double(Double(f))
        case .decimal(let d): return d.scale == 0 && d.mantissa.magnitude <= UInt128(Int.max) ? .int(Int(d.mantissa)) : .double(d.doubleValue)
        case .big(let b): return b.intValue.map(Value.int) ?? .double(b.doubleValue)
        }
    }

    var doubleValue: Double {
        switch storage {
        case .integer(let n): Double(n)
        case .single(let f): Double(f)
        case .decimal(let d): d.doubleValue
        case .big(let b): b.doubleValue
        }
    }

    // MARK: - Conversion

    static func overflow(_ value: Value, _ kind: Kind, _ span: SourceSpan?) -> ScriptError {
        TypeConversion.failure(value, kind.fullName, "Value was either too large or too small for \(kind.overflowName).", span)
    }

    static func notANumber(_ value: Value, _ kind: Kind, _ span: SourceSpan?) -> ScriptError {
        TypeConversion.failure(value, kind.fullName, "Input string was not in a correct format.", span)
    }

    /// `value` as a number of `kind`, with .NET's overflow and format errors.
    public static func convert(_ value: Value, to kind: Kind, at span: SourceSpan?) throws -> Value {
        let source = value.unwrappedSingle
        switch kind {
        case .single:
            if case .native(let number as NumberValue) = source { return .native(NumberValue(.single, .single(Float(number.doubleValue)))) }
            guard let number = Conversion.toNumber(source) else { throw notANumber(value, kind, span) }
            return .native(NumberValue(.single, .single(Float(number.doubleValue))))
        case .decimal:
            return .native(NumberValue(.decimal, .decimal(try decimal(source, original: value, at: span))))
        case .bigInteger:
            return .native(NumberValue(.bigInteger, .big(try bigInteger(source, original: value, at: span))))
        default:
            let integer = try integer(source, original: value, kind: kind, at: span)
            guard let range = kind.range, range.contains(integer) else { throw overflow(value, kind, span) }
            return .native(NumberValue(kind, .integer(integer)))
        }
    }

    /// A whole number for an integer kind: doubles and decimals rounded half to even.
    static func integer(_ source: Value, original: Value, kind: Kind, at span: SourceSpan?) throws -> Int128 {
        switch source {
        case .int(let n): return Int128(n)
        case .double(let d):
            guard d.isFinite, abs(d) < 1.8e38 else { throw overflow(original, kind, span) }
            return Int128(d.rounded(.toNearestOrEven))
        case .native(let number as NumberValue):
            switch number.storage {
            case .integer(let n): return n
            case .single(let f):
                guard f.isFinite else { throw overflow(original, kind, span) }
                return Int128(f.rounded(.toNearestOrEven))
            case .decimal(let d): return d.roundedInteger
            case .big(let b):
                guard let text = Int128(b.description) else { throw overflow(original, kind, span) }
                return text
            }
        case .string(let text):
            let trimmed = text.trimmingCharacters()
            if let exact = Int128(trimmed) { return exact }
            if trimmed.hasPrefix("+"), let exact = Int128(trimmed.dropFirst()) { return exact }
            fallthrough
        default:
            guard let number = Conversion.toNumber(source) else { throw notANumber(original, kind, span) }
            return try integer(number, original: original, kind: kind, at: span)
        }
    }

    static func decimal(_ source: Value, original: Value, at span: SourceSpan?) throws -> DecimalNumber {
        switch source {
        case .int(let n): return DecimalNumber(n)
        case .double(let d):
            guard let value = DecimalNumber(d) else { throw overflow(original, .decimal, span) }
            return value
        case .string(let text):
            if let parsed = DecimalNumber(parsing: text) { return parsed }
            guard let number = Conversion.toNumber(source) else { throw notANumber(original, .decimal, span) }
            return try decimal(number, original: original, at: span)
        case .native(let number as NumberValue):
            switch number.storage {
            case .decimal(let d): return d
            case .integer(let n):
                guard let value = DecimalNumber(mantissa: n, scale: 0) else { throw overflow(original, .decimal, span) }
                return value
            case .single(let f):
                guard let value = DecimalNumber(Double(f)) else { throw overflow(original, .decimal, span) }
                return value
            case .big(let b):
                guard let value = DecimalNumber(parsing: b.description) else { throw overflow(original, .decimal, span) }
                return value
            }
        default:
            guard let number = Conversion.toNumber(source) else { throw notANumber(original, .decimal, span) }
            return try decimal(number, original: original, at: span)
        }
    }

    static func bigInteger(_ source: Value, original: Value, at span: SourceSpan?) throws -> BigInteger {
        switch source {
        case .int(let n): return BigInteger(n)
        case .double(let d):
            guard d.isFinite else { throw overflow(original, .bigInteger, span) }
            // A double's whole part, digit for digit.
            let whole = d.rounded(.towardZero)
            if abs(whole) < 9.2e18 { return BigInteger(Int(whole)) }
            var text = String(whole.magnitude)
            if let e = text.firstIndex(of: "e") {
                let exponent = Int(text[text.index(after: e)...]) ?? 0
                let mantissa = text[..<e]
                let digits = mantissa.filter { $0 != "." }
                let afterPoint = mantissa.firstIndex(of: ".").map { mantissa.distance(from: $0, to: mantissa.endIndex) - 1 } ?? 0
                text = String(digits) + String(repeating: "0", count: max(0, exponent - afterPoint))
            } else if text.hasSuffix(".0") {
                text.removeLast(2)
            }
            return BigInteger(parsing: (d < 0 ? "-" : "") + text) ?? BigInteger(0)
        case .string(let text):
            if let parsed = BigInteger(parsing: text) { return parsed }
            guard let number = Conversion.toNumber(source) else { throw notANumber(original, .bigInteger, span) }
            return try bigInteger(number, original: original, at: span)
        case .native(let number as NumberValue):
            switch number.storage {
            case .big(let b): return b
            case .integer(let n): return BigInteger(n)
            case .decimal(let d): return BigInteger(d.roundedInteger)
            case .single(let f): return try bigInteger(.double(Double(f)), original: original, at: span)
            }
        default:
            guard let number = Conversion.toNumber(source) else { throw notANumber(original, .bigInteger, span) }
            return try bigInteger(number, original: original, at: span)
        }
    }
}

extension Value {
    /// Whether this is a typed number (an Int64, a Decimal, ...), not Int32 or Double.
    var isTypedNumber: Bool {
        if case .native(let native) = self { return native is NumberValue }
        return false
    }
}
