// Serialises values as PowerShell 7's ConvertTo-Json does (Newtonsoft.Json
// underneath): two-space indentation, `"key": value`, `[]` and `{}` for
// empty containers, and objects nested deeper than -Depth replaced by
// their string form (with a one-time warning).

import ShoalRuntime

struct JsonWriter {
    enum Escaping: String { case normal = "default", nonAscii = "escapenonascii", html = "escapehtml" }

    let maximumDepth: Int
    let compress: Bool
    let enumsAsStrings: Bool
    let escaping: Escaping
    /// Set when some object was cut off at the depth limit.
    private(set) var truncated = false

    init(maximumDepth: Int, compress: Bool, enumsAsStrings: Bool = false, escaping: Escaping = .normal) {
        self.maximumDepth = maximumDepth
        self.compress = compress
        self.enumsAsStrings = enumsAsStrings
        self.escaping = escaping
    }

    mutating func serialize(_ value: Value) -> String {
        var output = ""
        write(value, depth: 0, indent: 0, into: &output)
        return output
    }

    private mutating func write(_ value: Value, depth: Int, indent: Int, into output: inout String) {
        if case .object(let object) = value, let base = object.baseValue {
            writeAdorned(base, notes: object, depth: depth, indent: indent, into: &output)
            return
        }
        switch value {
        case .null: output += "null"
        case .bool(let b): output += b ? "true" : "false"
        case .int(let n): output += String(n)
        case .double(let d): output += JsonWriter.number(d)
        case .string(let s): output += quote(s)
        case .native(let date as DateTimeValue): output += quote(JsonWriter.isoDate(date))
        case .native(let char as CharValue): output += quote(String(char.scalar))
        case .native(let guid as GuidValue): output += quote(guid.text)
        case .native(is NullSentinel): output += "null"
        case .native(let number as NumberValue):
            // Integers, decimals and big integers as written; a Single as a double would be.
            if number.kind == .single, case .double(let d) = number.plainNumber { output += JsonWriter.number(d) } else { output += number.stringValue }
        case .native(let enumValue as EnumValue):
            output += enumsAsStrings ? quote(enumValue.stringValue) : String(enumValue.rawValue)
        case .scriptBlock(let block): output += quote(block.text)
        default:
            if depth > maximumDepth {
                truncated = true
                output += quote(Conversion.toString(value))
                return
            }
            if let items = JsonWriter.listItems(value) {
                writeContainer(items.map { (nil, $0) }, open: "[", close: "]", depth: depth, indent: indent, into: &output)
            } else if let properties = ObjectProperties.of(value) {
                writeContainer(properties.map { ($0.name, $0.value) }, open: "{", close: "}", depth: depth, indent: indent, into: &output)
            } else {
                output += quote(Conversion.toString(value))
            }
        }
    }

    /// pwsh's AddPsProperties: a string or date is written alone; other
    /// values with notes become `{"value": base, notes…}`, and a
    /// dictionary's notes join its keys.
    private mutating func writeAdorned(_ base: Value, notes: PSObject, depth: Int, indent: Int, into output: inout String) {
        var members: [(String?, Value)]
        switch base {
        case .string, .native(is DateTimeValue):
            write(base, depth: depth, indent: indent, into: &output)
            return
        case .hashtable(let table) where depth <= maximumDepth:
            members = table.entries.map { (Conversion.toString($0.key), $0.value) }
        default:
            members = [("value", base)]
        }
        for (_, note) in notes.properties where !members.contains(where: { $0.0?.lowercased() == note.name.lowercased() }) {
            members.append((note.name, note.value))
        }
        writeContainer(members, open: "{", close: "}", depth: depth, indent: indent, into: &output)
    }

    private mutating func writeContainer(_ members: [(String?, Value)], open: String, close: String, depth: Int, indent: Int,
                                         into output: inout String) {
        output += open
        guard !members.isEmpty else {
            output += close
            return
        }
        let pad = String(repeating: " ", count: (indent + 1) * 2)
        for (index, (name, member)) in members.enumerated() {
            if index > 0 { output += "," }
            if !compress { output += "\n" + pad }
            if let name { output += quote(name) + (compress ? ":" : ": ") }
            write(member, depth: depth + 1, indent: indent + 1, into: &output)
        }
        if !compress { output += "\n" + String(repeating: " ", count: indent * 2) }
        output += close
    }

    /// The items of arrays and other enumerable values.
    static func listItems(_ value: Value) -> [Value]? {
        switch value {
        case .array(let array): return array.items
        case .native(let list as EnumerableObject): return list.enumerated()
        default: return nil
        }
    }

    /// A double as Newtonsoft writes it: shortest round-trip digits, `.0` on whole numbers.
    static func number(_ d: Double) -> String {
        if d.isNaN { return "\"NaN\"" }
        if d.isInfinite { return d > 0 ? "\"Infinity\"" : "\"-Infinity\"" }
        var text = "\(d)".replacingOccurrences(of: "e", with: "E")
        if text.contains("E"), !text.contains("E-"), !text.contains("E+") { text = text.replacingOccurrences(of: "E", with: "E+") }
        // Swift writes 1e+16 as "1E+16" and 1e-05 as "1E-05"; .NET agrees, but drops ".0" before the exponent.
        text = text.replacingOccurrences(of: ".0E", with: "E")
        return text
    }

    /// ISO 8601 with the fraction's trailing zeros dropped, as Newtonsoft writes a DateTime.
    static func isoDate(_ date: DateTimeValue) -> String {
        var text = date.format("yyyy-MM-ddTHH:mm:ss.fffffff")
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case _ where escaping == .html && "<>&'".unicodeScalars.contains(scalar): result += JsonWriter.unicodeEscape(scalar.value)
            default:
                let needsEscape = scalar.value < 0x20 || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
                    || (escaping == .nonAscii && scalar.value > 0x7E)
                if !needsEscape {
                    result.unicodeScalars.append(scalar)
                } else if scalar.value > 0xFFFF {
                    // Outside the basic plane .NET escapes the UTF-16 surrogate pair.
                    let v = scalar.value - 0x10000
                    result += JsonWriter.unicodeEscape(0xD800 + (v >> 10)) + JsonWriter.unicodeEscape(0xDC00 + (v & 0x3FF))
                } else {
                    result += JsonWriter.unicodeEscape(scalar.value)
                }
            }
        }
        return result + "\""
    }

    static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension String {
    /// Replaces every occurrence of `target` (FoundationEssentials-free).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
