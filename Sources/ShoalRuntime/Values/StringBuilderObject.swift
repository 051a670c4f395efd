// `[System.Text.StringBuilder]`: text built piece by piece.

/// `[System.Text.StringBuilder]`.
final class StringBuilderObject: NativeObject {
    var text: String
    init(_ text: String) { self.text = text }
    var typeName: String { "System.Text.StringBuilder" }
    var stringValue: String { text }
    var propertyNames: [String] { ["Length"] }
    func property(_ name: String) -> Value? { name.lowercased() == "length" ? .int(text.count) : nil }
    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "append": text += arguments.first.map(Conversion.toString) ?? ""; return .native(self)
        case "appendline": text += (arguments.first.map(Conversion.toString) ?? "") + "\n"; return .native(self)
        case "clear": text = ""; return .native(self)
        case "tostring": return .string(text)
        case "insert":
            let index = try TypeConversion.toInteger(arguments[safe: 0] ?? .int(0), "System.Int32", nil)
            let chars = Array(text)
            guard index >= 0, index <= chars.count else { return .native(self) }
            text = String(chars[..<index]) + (arguments.count > 1 ? Conversion.toString(arguments[1]) : "") + String(chars[index...])
            return .native(self)
        default: return nil
        }
    }
}
