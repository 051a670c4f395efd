// `(Get-Culture).TextInfo`: the culture's list separator and casing, as
// scripts use it (`ToTitleCase('hello world')`, `ListSeparator`).

import ShoalSyntax

/// `System.Globalization.TextInfo` of a culture shoal knows (both use `,`
/// between list items, as .NET's invariant and en-US cultures do).
final class TextInfoObject: NativeObject {
    let cultureName: String
    init(cultureName: String) { self.cultureName = cultureName }

    var typeName: String { "System.Globalization.TextInfo" }
    var stringValue: String { "TextInfo - \(cultureName)" }
    var propertyNames: [String] { ["ListSeparator", "CultureName", "IsReadOnly", "IsRightToLeft"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "listseparator": return .string(",")
        case "culturename": return .string(cultureName)
        case "isreadonly": return .bool(true)
        case "isrighttoleft": return .bool(false)
        default: return nil
        }
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        guard arguments.count == 1 else { return nil }
        let text = Conversion.toString(arguments[0])
        switch method.lowercased() {
        case "toupper": return .string(text.uppercased())
        case "tolower": return .string(text.lowercased())
        case "totitlecase": return .string(Self.titleCase(text))
        default: return nil
        }
    }

    /// .NET's ToTitleCase: each word's first letter upper-cased and the rest
    /// lower-cased, except words written all in capitals (acronyms) stay.
    static func titleCase(_ text: String) -> String {
        var result = ""
        var word = ""
        func flush() {
            if !word.isEmpty {
                let isAcronym = word.count > 1 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
                result += isAcronym ? word : word.prefix(1).uppercased() + word.dropFirst().lowercased()
                word = ""
            }
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "'" { word.append(character) } else { flush(); result.append(character) }
        }
        flush()
        return result
    }
}
