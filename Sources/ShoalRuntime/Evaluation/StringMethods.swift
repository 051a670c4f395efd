// .NET's string methods as scripts call them: `$s.ToUpper()`,
// `.Split(',')`, `.Substring(1, 2)`, `.Replace('a', 'b')` and the rest.

import ShoalSyntax

enum StringMethods {
    /// Method names as .NET spells them, for error messages.
    static let displayNames = [
        "substring": "Substring", "indexof": "IndexOf", "lastindexof": "LastIndexOf", "insert": "Insert",
        "remove": "Remove", "padleft": "PadLeft", "padright": "PadRight", "split": "Split", "replace": "Replace",
    ]

    static func invoke(_ s: String, _ method: String, _ arguments: [Value], span: SourceSpan) throws -> Value? {
        func argument(_ index: Int) -> String { index < arguments.count ? Conversion.toString(arguments[index]) : "" }
        func integer(_ index: Int) throws -> Int {
            guard index < arguments.count else { return 0 }
            // .NET's string methods take Int32s: a bigger number is a conversion error.
            guard case .int(let n) = try TypeConversion.convert(arguments[index], toFullName: "System.Int32", at: span) else { return 0 }
            return n
        }
        func outOfRange(_ parameter: String) -> ScriptError {
            ScriptError.runtime(
                "Exception calling \"\(StringMethods.displayNames[method] ?? method)\" with \"\(arguments.count)\" argument(s): \"Index and length must refer to a location within the string. (Parameter '\(parameter)')\"",
                id: "ArgumentOutOfRangeException", at: span, type: "System.Management.Automation.MethodInvocationException")
        }
        func trimSet() -> Set<Character>? {
            guard !arguments.isEmpty else { return nil }
            return Set(arguments.flatMap { Array(Conversion.toString($0)) })
        }
        // .NET indexes strings by UTF-16 code unit, and so do Length,
        // Substring, IndexOf and the rest here. Offsets are turned into
        // indices of `s` directly: no copy of the string is made, which
        // keeps `$big.Substring(0, 10)` cheap.
        var length: Int { s.utf16.count }
        switch method {
        case "toupper", "toupperinvariant": return .string(s.uppercased())
        case "tolower", "tolowerinvariant": return .string(s.lowercased())
        case "trim":
            let set = trimSet()
            return .string(String(s.drop { set?.contains($0) ?? $0.isWhitespace }.reversed().drop { set?.contains($0) ?? $0.isWhitespace }.reversed()))
        case "trimstart":
            let set = trimSet()
            return .string(String(s.drop { set?.contains($0) ?? $0.isWhitespace }))
        case "trimend":
            let set = trimSet()
            return .string(String(String(s.reversed().drop { set?.contains($0) ?? $0.isWhitespace }).reversed()))
        case "contains": return .bool(argument(0).isEmpty || s.utf16Offset(of: argument(0), from: 0) != nil)
        case "startswith": return .bool(s.hasPrefix(argument(0)))
        case "endswith": return .bool(s.hasSuffix(argument(0)))
        case "indexof":
            let start = arguments.count > 1 ? try integer(1) : 0
            guard start >= 0, start <= length else { throw outOfRange("startIndex") }
            return .int(s.utf16Offset(of: argument(0), from: start) ?? -1)
        case "lastindexof":
            // With a start index the search runs backward from it: a match
            // must end at or before that position.
            let end = arguments.count > 1 ? try integer(1) : length - 1
            guard arguments.count < 2 || (end >= 0 && end < max(length, 1)) else { throw outOfRange("startIndex") }
            return .int(s.lastUTF16Offset(of: argument(0), endingBy: end) ?? -1)
        case "substring":
            let start = try integer(0)
            guard start >= 0, start <= length else { throw outOfRange("startIndex") }
            if arguments.count > 1 {
                let count = try integer(1)
                guard count >= 0, start + count <= length else { throw outOfRange("length") }
                return .string(s.utf16Slice(start, start + count))
            }
            return .string(s.utf16Slice(start, length))
        case "replace":
            let old = argument(0)
            guard !old.isEmpty else {
                throw ScriptError.runtime("Exception calling \"Replace\" with \"2\" argument(s): \"String cannot be of zero length. (Parameter 'oldValue')\"",
                                          id: "ArgumentException", at: span, type: "System.Management.Automation.MethodInvocationException")
            }
            return .string(s.replacingAll(old, with: argument(1)))
        case "split":
            var separators: [String] = []
            for item in arguments.prefix(1) {
                for element in item.enumeratedItems {
                    // PowerShell 7 binds a string to Split(string): the whole
                    // string is one separator; only [char]s split on each.
                    if case .native(let c as CharValue) = element { separators.append(String(c.scalar)) }
                    else { separators.append(Conversion.toString(element)) }
                }
            }
            if separators.isEmpty { separators = [" "] }
            let removeEmpty = arguments.count > 1 && Conversion.toString(arguments.last!).lowercased().contains("removeemptyentries")
            let units = Array(s.utf16)
            let separatorUnits = separators.filter { !$0.isEmpty }.map { Array($0.utf16) }
            var parts: [String] = []
            var partStart = 0
            var index = 0
            outer: while index < units.count {
                for separator in separatorUnits where units[index...].starts(with: separator) {
                    parts.append(String(decoding: units[partStart..<index], as: UTF16.self))
                    index += separator.count
                    partStart = index
                    continue outer
                }
                index += 1
            }
            parts.append(String(decoding: units[partStart...], as: UTF16.self))
            if removeEmpty { parts = parts.filter { !$0.isEmpty } }
            return .list(parts.map { .string($0) })
        case "padleft", "padright":
            let width = try integer(0)
            let pad = arguments.count > 1 ? (argument(1).first ?? " ") : " "
            guard length < width else { return .string(s) }
            let padding = String(repeating: pad, count: width - length)
            return .string(method == "padleft" ? padding + s : s + padding)
        case "insert":
            let start = try integer(0)
            guard start >= 0, start <= length else { throw outOfRange("startIndex") }
            return .string(s.utf16Slice(0, start) + argument(1) + s.utf16Slice(start, length))
        case "remove":
            let start = try integer(0)
            guard start >= 0, start <= length else { throw outOfRange("startIndex") }
            let count = arguments.count > 1 ? try integer(1) : length - start
            guard count >= 0, start + count <= length else { throw outOfRange("count") }
            return .string(s.utf16Slice(0, start) + s.utf16Slice(start + count, length))
        case "tochararray": return .list(s.unicodeScalars.map { .native(CharValue($0)) })
        case "compareto": return .int(s < argument(0) ? -1 : (s > argument(0) ? 1 : 0))
        case "equals": return .bool(s == argument(0))
        case "normalize", "clone", "tostring": return .string(s)
        case "getenumerator": return .list(s.unicodeScalars.map { .native(CharValue($0)) })
        default: return nil
        }
    }
}

extension Value {
    var isArrayOfStrings: Bool {
        if case .array(let array) = self { return array.items.count > 1 }
        return false
    }
}

extension String {
    /// Replaces every occurrence of `old` (ordinal, case-sensitive).
    func replacingAll(_ old: String, with new: String) -> String {
        let pattern = Array(old.utf16)
        guard let first = pattern.first else { return self }
        let units = utf16
        var result = ""
        var copied = units.startIndex
        var index = units.startIndex
        while index < units.endIndex {
            if units[index] == first, units[index...].starts(with: pattern) {
                result += self[copied..<index]
                result += new
                index = units.index(index, offsetBy: pattern.count)
                copied = index
            } else {
                units.formIndex(after: &index)
            }
        }
        result += self[copied...]
        return result
    }

    /// The text between two UTF-16 offsets (as .NET's Substring counts).
    /// A bound inside a surrogate pair cuts the pair, as in .NET; the
    /// half left over becomes U+FFFD (Swift strings hold no lone halves).
    func utf16Slice(_ from: Int, _ to: Int) -> String {
        let units = utf16
        let lower = units.index(units.startIndex, offsetBy: from)
        let upper = units.index(lower, offsetBy: to - from)
        if lower.samePosition(in: unicodeScalars) == nil || upper.samePosition(in: unicodeScalars) == nil {
            return String(decoding: units[lower..<upper], as: UTF16.self)
        }
        return String(self[lower..<upper])
    }

    /// The UTF-16 offset of the first `needle` at or after `from`
    /// (ordinal), or nil.
    func utf16Offset(of needle: String, from: Int) -> Int? {
        let pattern = Array(needle.utf16)
        guard let first = pattern.first else { return from }
        let units = utf16
        let last = units.count - pattern.count
        guard from <= last else { return nil }
        var index = units.index(units.startIndex, offsetBy: from)
        for offset in from...last {
            if units[index] == first && units[index...].starts(with: pattern) { return offset }
            units.formIndex(after: &index)
        }
        return nil
    }

    /// The UTF-16 offset of the last `needle` (ordinal), or nil. An empty
    /// needle is found at the end, as in .NET 5 and later.
    func lastUTF16Offset(of needle: String, endingBy end: Int? = nil) -> Int? {
        let pattern = Array(needle.utf16)
        let units = utf16
        guard !pattern.isEmpty else { return end.map { min($0 + 1, units.count) } ?? units.count }
        var offset = min(units.count, (end ?? units.count - 1) + 1) - pattern.count
        guard offset >= 0 else { return nil }
        var index = units.index(units.startIndex, offsetBy: offset)
        while true {
            if units[index...].starts(with: pattern) { return offset }
            if offset == 0 { return nil }
            units.formIndex(before: &index)
            offset -= 1
        }
    }
}
