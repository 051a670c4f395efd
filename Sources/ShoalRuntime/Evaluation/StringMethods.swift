// .NET's string methods as scripts call them: `$s.ToUpper()`,
// `.Split(',')`, `.Substring(1, 2)`, `.Replace('a', 'b')` and the rest.

import ShoalSyntax

enum StringMethods {
    static func invoke(_ s: String, _ method: String, _ arguments: [Value], span: SourceSpan) throws -> Value? {
        func argument(_ index: Int) -> String { index < arguments.count ? Conversion.toString(arguments[index]) : "" }
        func integer(_ index: Int) throws -> Int {
            guard index < arguments.count else { return 0 }
            return try TypeConversion.toInteger(arguments[index], "System.Int32", span)
        }
        func outOfRange(_ parameter: String) -> ScriptError {
            ScriptError.runtime(
                "Exception calling \"\(method.prefix(1).uppercased() + method.dropFirst())\" with \"\(arguments.count)\" argument(s): \"Index and length must refer to a location within the string. (Parameter '\(parameter)')\"",
                id: "ArgumentOutOfRangeException", at: span, type: "System.Management.Automation.MethodInvocationException")
        }
        let chars = Array(s)
        func trimSet() -> Set<Character>? {
            guard !arguments.isEmpty else { return nil }
            return Set(arguments.flatMap { Array(Conversion.toString($0)) })
        }
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
        case "contains": return .bool(s.contains(argument(0)) || argument(0).isEmpty)
        case "startswith": return .bool(s.hasPrefix(argument(0)))
        case "endswith": return .bool(s.hasSuffix(argument(0)))
        case "indexof":
            let needle = Array(argument(0))
            let start = arguments.count > 1 ? try integer(1) : 0
            guard start <= chars.count else { throw outOfRange("startIndex") }
            if needle.isEmpty { return .int(start) }
            if chars.count >= needle.count {
                for i in start...(chars.count - needle.count) where Array(chars[i..<(i + needle.count)]) == needle { return .int(i) }
            }
            return .int(-1)
        case "lastindexof":
            let needle = Array(argument(0))
            if needle.isEmpty { return .int(max(0, chars.count - 1)) }
            if chars.count >= needle.count {
                for i in stride(from: chars.count - needle.count, through: 0, by: -1) where Array(chars[i..<(i + needle.count)]) == needle {
                    return .int(i)
                }
            }
            return .int(-1)
        case "substring":
            let start = try integer(0)
            guard start >= 0, start <= chars.count else { throw outOfRange("startIndex") }
            if arguments.count > 1 {
                let length = try integer(1)
                guard length >= 0, start + length <= chars.count else { throw outOfRange("length") }
                return .string(String(chars[start..<(start + length)]))
            }
            return .string(String(chars[start...]))
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
                    if case .native(let c as CharValue) = element { separators.append(String(c.scalar)) }
                    else {
                        let text = Conversion.toString(element)
                        if arguments.count > 1 || text.count <= 1 || item.isArrayOfStrings { separators.append(text) }
                        else { separators.append(contentsOf: text.map(String.init)) }
                    }
                }
            }
            if separators.isEmpty { separators = [" "] }
            let removeEmpty = arguments.count > 1 && Conversion.toString(arguments.last!).lowercased().contains("removeemptyentries")
            var parts: [String] = []
            var current = ""
            var index = chars.startIndex
            outer: while index < chars.count {
                for separator in separators where !separator.isEmpty {
                    let sepChars = Array(separator)
                    if index + sepChars.count <= chars.count, Array(chars[index..<(index + sepChars.count)]) == sepChars {
                        parts.append(current)
                        current = ""
                        index += sepChars.count
                        continue outer
                    }
                }
                current.append(chars[index])
                index += 1
            }
            parts.append(current)
            if removeEmpty { parts = parts.filter { !$0.isEmpty } }
            return .list(parts.map { .string($0) })
        case "padleft", "padright":
            let width = try integer(0)
            let pad = arguments.count > 1 ? (argument(1).first ?? " ") : " "
            guard chars.count < width else { return .string(s) }
            let padding = String(repeating: pad, count: width - chars.count)
            return .string(method == "padleft" ? padding + s : s + padding)
        case "insert":
            let start = try integer(0)
            guard start >= 0, start <= chars.count else { throw outOfRange("startIndex") }
            return .string(String(chars[..<start]) + argument(1) + String(chars[start...]))
        case "remove":
            let start = try integer(0)
            guard start >= 0, start <= chars.count else { throw outOfRange("startIndex") }
            let length = arguments.count > 1 ? try integer(1) : chars.count - start
            guard start + length <= chars.count else { throw outOfRange("count") }
            return .string(String(chars[..<start]) + String(chars[(start + length)...]))
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
        guard !old.isEmpty else { return self }
        var result = ""
        var remaining = Substring(self)
        while let range = remaining.range(of: old) {
            result += remaining[..<range.lowerBound]
            result += new
            remaining = remaining[range.upperBound...]
        }
        return result + remaining
    }
}

extension Substring {
    func range(of needle: String) -> Range<Substring.Index>? {
        guard !needle.isEmpty else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) {
                return index..<self.index(index, offsetBy: needle.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
