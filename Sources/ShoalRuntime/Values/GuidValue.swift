// `[guid]` values: their text, their formats, and making new ones.

import CShoal

/// A `[guid]`: prints as its text, shows as a one-column table (Guid).
public final class GuidValue: TabularObject {
    public let text: String
    public init(_ text: String) { self.text = text }
    public var typeName: String { "System.Guid" }
    public var stringValue: String { text }
    public var propertyNames: [String] { ["Guid"] }
    public func property(_ name: String) -> Value? { name.lowercased() == "guid" ? .string(text) : nil }

    /// `ToString('N')` and .NET's other formats: D (the default), N (no
    /// dashes), B (braces), P (parentheses), X (hexadecimal fields).
    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        guard method.lowercased() == "tostring", arguments.count <= 1 else { return nil }
        let format = arguments.first.map(Conversion.toString) ?? "D"
        let digits = text.filter { $0 != "-" }
        switch format {
        case "", "D", "d": return .string(text)
        case "N", "n": return .string(digits)
        case "B", "b": return .string("{" + text + "}")
        case "P", "p": return .string("(" + text + ")")
        case "X", "x":
            let hex = Array(digits)
            func field(_ range: Range<Int>) -> String { "0x" + String(hex[range]) }
            let bytes = stride(from: 16, to: 32, by: 2).map { field($0..<$0 + 2) }.joined(separator: ",")
            return .string("{\(field(0..<8)),\(field(8..<12)),\(field(12..<16)),{\(bytes)}}")
        default:
            throw ScriptError.runtime(
                "Exception calling \"ToString\" with \"1\" argument(s): \"Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".\"",
                id: "FormatException", at: nil, type: "System.Management.Automation.MethodInvocationException")
        }
    }

    /// A new random (version 4) GUID's text.
    public static func randomText() -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        cshoal_random_bytes(&bytes, 16)
        bytes[6] = (bytes[6] & 0x0f) | 0x40
        bytes[8] = (bytes[8] & 0x3f) | 0x80
        let chars = Array(bytes.map { String($0, radix: 16).leftPadded(2) }.joined())
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }

    /// The canonical text of a GUID written in any of .NET's forms
    /// (`N`, `D`, `B`, `P`), or nil.
    public static func parse(_ text: String) -> String? {
        var hex = text.trimmingCharacters()
        if (hex.hasPrefix("{") && hex.hasSuffix("}")) || (hex.hasPrefix("(") && hex.hasSuffix(")")) { hex = String(hex.dropFirst().dropLast()) }
        let dashes = hex.filter { $0 == "-" }.count
        if dashes == 4 {
            let groups = hex.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
            guard groups == [8, 4, 4, 4, 12] else { return nil }
            hex.removeAll { $0 == "-" }
        } else if dashes != 0 {
            return nil
        }
        guard hex.count == 32, hex.allSatisfy(\.isHexDigit) else { return nil }
        let chars = Array(hex.lowercased())
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
