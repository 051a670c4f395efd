// PowerShell's conversions between values: to string (as output and
// string expansion show them), to Boolean (for conditions), to numbers (for
// arithmetic and comparison), and type names.

import Glibc

public enum Conversion {
    /// `[string]$value`: what `"$value"` and `-join` produce.
    public static func toString(_ value: Value) -> String { toString(value, nested: 0) }

    /// As pwsh's PSObject.ToString: the top-level collection is joined, but
    /// a collection inside it, or inside an object's property, is not
    /// enumerated again ("System.Object[]"), so an array or object that
    /// holds itself cannot recurse for ever; objects nested past
    /// `maximumNesting` show their type name.
    static func toString(_ value: Value, nested: Int) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "True" : "False"
        case .int(let n): return decimal(n)
        case .double(let d): return formatDouble(d)
        case .string(let s): return s
        case .array(let array):
            if nested > 0 { return "System.Object[]" }
            return array.items.map { toString($0, nested: nested + 1) }.joined(separator: " ")
        case .hashtable: return "System.Collections.Hashtable"
        case .object(let object):
            if let base = object.baseValue { return toString(base, nested: nested) }
            if let text = object.toStringOverride { return text }
            if nested > maximumNesting { return "System.Management.Automation.PSCustomObject" }
            let parts = object.properties.values.map { "\($0.name)=\(toString($0.value, nested: nested + 1))" }
            return "@{" + parts.joined(separator: "; ") + "}"
        case .scriptBlock(let block): return block.text
        // ErrorRecord.ToString(): its ErrorDetails message when it has one.
        case .error(let record): return record.detailsMessage ?? record.message
        case .native(let native): return native.stringValue
        }
    }

    static let maximumNesting = 32

    /// An element of a collection being joined (`-join`, `"$array"`): a
    /// collection in it shows as "System.Object[]", as in pwsh.
    public static func elementString(_ value: Value) -> String { toString(value, nested: 1) }

    /// An integer's decimal digits. `String(n)` goes through a generic
    /// witness and costs about twice as much; strings like "item$i" are
    /// built in bulk.
    public static func decimal(_ n: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var magnitude = n.magnitude
            var start = 20
            repeat {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: 48 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if n < 0 {
                start -= 1
                buffer[start] = 45
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// A double as PowerShell prints it: 15 significant digits, no ".0".
    public static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "Infinity" : "-Infinity" }
        if d == d.rounded(), abs(d) < 1e15 { return d == 0 ? "0" : String(Int(d)) }
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([d]) { vsnprintf(&buffer, 64, "%.15G", $0) }
        let text = String(nulTerminated: buffer)
        // C writes E+20 with at least two exponent digits, as .NET does.
        return text
    }

    /// PowerShell's truthiness.
    public static func toBool(_ value: Value) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return b
        case .int(let n): return n != 0
        case .double(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .array(let array):
            switch array.items.count {
            case 0: return false
            case 1: return toBool(array.items[0])
            default: return true
            }
        case .native(let native as SwitchParameterValue): return native.isPresent
        case .object(let object): return object.baseValue.map(toBool) ?? true
        default: return true
        }
    }

    /// A number for arithmetic, or nil when the value is not numeric.
    public static func toNumber(_ value: Value) -> Value? {
        switch value {
        case .int, .double: return value
        case .bool(let b): return .int(b ? 1 : 0)
        case .null: return .int(0)
        case .string(let s): return parseNumber(s)
        case .native(let native as CharValue): return .int(Int(native.scalar.value))
        case .native(let enumValue as EnumValue): return .int(enumValue.rawValue)
        case .native(let number as NumberValue): return number.plainNumber
        case .object(let object): return object.baseValue.flatMap(toNumber)
        default: return nil
        }
    }

    /// Parses a numeric string the way PowerShell converts strings to
    /// numbers: blanks trimmed, hex, exponents and multiplier suffixes.
    public static func parseNumber(_ text: String) -> Value? {
        let trimmed = text.trimmingCharacters()
        if trimmed.isEmpty { return .int(0) }
        var body = Substring(trimmed)
        var negative = false
        if body.first == "-" { negative = true; body.removeFirst() } else if body.first == "+" { body.removeFirst() }
        var multiplier = 1
        let lower = body.lowercased()
        for (suffix, factor) in [("kb", 1 << 10), ("mb", 1 << 20), ("gb", 1 << 30), ("tb", 1 << 40), ("pb", 1 << 50)]
        where lower.hasSuffix(suffix) {
            multiplier = factor
            body = body.dropLast(2)
            break
        }
        if body.lowercased().hasPrefix("0x"), let n = Int(body.dropFirst(2), radix: 16) {
            return .int((negative ? -n : n) * multiplier)
        }
        if let n = Int(body) {
            let (product, overflow) = n.multipliedReportingOverflow(by: multiplier)
            if !overflow { return .int(negative ? -product : product) }
        }
        if body.contains(where: { $0.isLetter && $0 != "e" && $0 != "E" }) { return nil }
        if let d = Double(body), !body.isEmpty {
            return .double((negative ? -d : d) * Double(multiplier))
        }
        return nil
    }

    /// The short .NET type name PowerShell reports, e.g. `Int32`.
    public static func typeName(of value: Value) -> String {
        fullTypeName(of: value).split(separator: ".").last.map(String.init) ?? "Object"
    }

    public static func fullTypeName(of value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "System.Boolean"
        case .int(let n): return n >= Int(Int32.min) && n <= Int(Int32.max) ? "System.Int32" : "System.Int64"
        case .double: return "System.Double"
        case .string: return "System.String"
        case .array(let array): return (array.elementType ?? "System.Object") + "[]"
        case .hashtable(let h): return h.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable"
        // The object's .NET type, not the type names scripts add in front
        // (`Selected.*`, `PSObject.TypeNames.Insert(0, ...)`); an emulated
        // .NET object (a DictionaryEntry) is its first type name.
        case .object(let o):
            if let base = o.baseValue { return fullTypeName(of: base) }
            // A deserialized object is a property bag: a PSCustomObject, as in pwsh.
            if o.typeNames.contains(PSObject.customObjectTypeNames[0]) || o.typeNames.first?.hasPrefix("Deserialized.") == true {
                return PSObject.customObjectTypeNames[0]
            }
            return o.typeNames.first ?? PSObject.customObjectTypeNames[0]
        case .scriptBlock: return "System.Management.Automation.ScriptBlock"
        case .error: return "System.Management.Automation.ErrorRecord"
        case .native(let native): return native.typeName
        }
    }
}

extension String {
    /// The string lower-cased, as `lowercased()`, but returned as it is when
    /// it is ASCII without capitals (most names and keys): checking costs a
    /// tenth of lower-casing a copy.
    @inlinable
    public var caseFolded: String {
        let plain = utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0x80 || byte &- 0x41 < 26 { return false }
            return true
        }
        return plain == true ? self : lowercased()
    }

    /// The string without leading and trailing whitespace.
    public func trimmingCharacters() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}

/// A `[switch]` parameter's value.
public final class SwitchParameterValue: NativeObject {
    public let isPresent: Bool
    public init(_ isPresent: Bool) { self.isPresent = isPresent }
    public var typeName: String { "System.Management.Automation.SwitchParameter" }
    public var stringValue: String { isPresent ? "True" : "False" }
    public var propertyNames: [String] { ["IsPresent"] }
    public func property(_ name: String) -> Value? {
        name.lowercased() == "ispresent" ? .bool(isPresent) : nil
    }
}

/// `[char]`.
public final class CharValue: NativeObject {
    public let scalar: Unicode.Scalar
    public init(_ scalar: Unicode.Scalar) { self.scalar = scalar }
    public var typeName: String { "System.Char" }
    public var stringValue: String { String(scalar) }
    public func property(_ name: String) -> Value? { nil }
}

extension String {
    /// Decodes a C buffer up to its first NUL.
    public init(nulTerminated buffer: [CChar]) {
        let end = buffer.firstIndex(of: 0) ?? buffer.count
        self = String(decoding: buffer[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
