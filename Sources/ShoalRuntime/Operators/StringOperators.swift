// -f (composite formatting as .NET's String.Format), -join, -split and
// -replace.

import Glibc
import ShoalSyntax

extension Operators {
    /// `format -f arguments`.
    public static func format(_ format: String, _ arguments: [Value], at span: SourceSpan?) throws -> String {
        let chars = Array(format)
        var result = ""
        var index = 0
        func fail() -> ScriptError {
            ScriptError.runtime(
                "Error formatting a string: Input string was not in a correct format..", id: "FormatError", at: span,
                type: "System.FormatException", category: .notSpecified, target: .string(format))
        }
        while index < chars.count {
            let c = chars[index]
            if c == "{" {
                if index + 1 < chars.count, chars[index + 1] == "{" { result.append("{"); index += 2; continue }
                guard let close = chars[index...].firstIndex(of: "}") else { throw fail() }
                let spec = String(chars[(index + 1)..<close])
                var head = Substring(spec), formatString = ""
                if let colon = spec.firstIndex(of: ":") {
                    head = spec[..<colon]
                    formatString = String(spec[spec.index(after: colon)...])
                }
                var alignment = 0
                if let comma = head.firstIndex(of: ",") {
                    // .NET's limit (and no abs(Int.min) below).
                    guard let a = Int(head[head.index(after: comma)...].trimmingBlanksSubstring()), a.magnitude < 1_000_000 else { throw fail() }
                    alignment = a
                    head = head[..<comma]
                }
                guard let argumentIndex = Int(head.trimmingBlanksSubstring()), argumentIndex >= 0 else { throw fail() }
                guard argumentIndex < arguments.count else {
                    throw ScriptError.runtime(
                        "Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..",
                        id: "FormatError", at: span, type: "System.FormatException", category: .notSpecified, target: .string(format))
                }
                var text = formatValue(arguments[argumentIndex], formatString)
                let width = abs(alignment)
                if text.count < width {
                    let padding = String(repeating: " ", count: width - text.count)
                    text = alignment < 0 ? text + padding : padding + text
                }
                result += text
                index = close + 1
            } else if c == "}" {
                if index + 1 < chars.count, chars[index + 1] == "}" { result.append("}"); index += 2; continue }
                throw fail()
            } else {
                result.append(c)
                index += 1
            }
        }
        return result
    }

    /// One value with a .NET format string such as `N2`, `D5`, `X`, `P1`, `0.00`, `yyyy-MM-dd`.
    public static func formatValue(_ value: Value, _ formatString: String) -> String {
        if formatString.isEmpty { return Conversion.toString(value) }
        if case .native(let date as DateTimeValue) = value { return date.format(formatString) }
        if case .native(let span as TimeSpanValue) = value {
            // An invalid custom format prints the span as .NET's "c" does.
            return span.format(formatString) ?? span.stringValue
        }
        guard let number = Conversion.toNumber(value), !(value.isString && Conversion.toNumber(value) == nil) else {
            return Conversion.toString(value)
        }
        if case .string = value { return Conversion.toString(value) }
        let letter = formatString.first!
        let digits = Int(formatString.dropFirst())
        let isStandard = formatString.count <= 3 && (formatString.count == 1 || digits != nil) && letter.isLetter
        if isStandard {
            switch letter {
            case "N", "n": return fixed(number.doubleValue, digits ?? 2, grouped: true)
            case "F", "f": return fixed(number.doubleValue, digits ?? 2, grouped: false)
            case "D", "d":
                if case .int(let n) = number {
                    let text = String(abs(n))
                    let padded = String(repeating: "0", count: max(0, (digits ?? 0) - text.count)) + text
                    return n < 0 ? "-" + padded : padded
                }
            case "X", "x":
                if case .int(let n) = number {
                    var text = String(UInt64(bitPattern: Int64(n)), radix: 16, uppercase: letter == "X")
                    if n >= 0, n <= Int(UInt32.max), n < 0x1_0000_0000 { text = String(n, radix: 16, uppercase: letter == "X") }
                    return String(repeating: "0", count: max(0, (digits ?? 0) - text.count)) + text
                }
            case "P", "p": return fixed(number.doubleValue * 100, digits ?? 2, grouped: true) + " %"
            case "C", "c": return "¤" + fixed(number.doubleValue, digits ?? 2, grouped: true)
            case "E", "e":
                var buffer = [CChar](repeating: 0, count: 64)
                let precision = Int32(digits ?? 6)
                _ = withVaList([precision, number.doubleValue]) { vsnprintf(&buffer, 64, letter == "E" ? "%.*E" : "%.*e", $0) }
                var text = String(nulTerminated: buffer)
                if let sign = text.firstIndex(where: { $0 == "+" || $0 == "-" }), sign != text.startIndex {
                    let exponent = text[text.index(after: sign)...]
                    text = text[...sign] + String(repeating: "0", count: max(0, 3 - exponent.count)) + exponent
                }
                return text
            case "G", "g":
                return Conversion.toString(number)
            case "R", "r":
                if case .double(let d) = number { return "\(d)" }
                return Conversion.toString(number)
            default: break
            }
        }
        return customNumberFormat(number.doubleValue, formatString)
    }

    /// `0.00`, `#,##0`, `000`, `0.#`, `0%`, and sections: `+0;-0;zero`
    /// (positive and zero; negative, shown without its sign; zero).
    static func customNumberFormat(_ value: Double, _ pattern: String) -> String {
        if pattern.contains(";") {
            let sections = pattern.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            if value < 0, !sections[1].isEmpty { return customNumberFormat(-value, sections[1]) }
            if value == 0, sections.count > 2, !sections[2].isEmpty { return customNumberFormat(0, sections[2]) }
            return customNumberFormat(value, sections[0])
        }
        var pattern = pattern
        var scaled = value
        var suffix = ""
        if pattern.hasSuffix("%") {
            scaled *= 100
            pattern.removeLast()
            suffix = "%"
        }
        // Text around the digit placeholders is copied as it is; a section
        // with no placeholders is all text.
        let placeholders: Set<Character> = ["0", "#", ".", ","]
        guard let first = pattern.firstIndex(where: placeholders.contains),
              let last = pattern.lastIndex(where: placeholders.contains) else { return pattern + suffix }
        let literalPrefix = String(pattern[..<first])
        suffix = String(pattern[pattern.index(after: last)...]) + suffix
        pattern = String(pattern[first...last])
        let parts = pattern.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = parts[0]
        let fractionPart = parts.count > 1 ? parts[1] : ""
        let required = fractionPart.filter { $0 == "0" }.count
        let optional = fractionPart.filter { $0 == "#" }.count
        let grouped = integerPart.contains(",")
        let minimumIntegerDigits = integerPart.filter { $0 == "0" }.count
        var text = fixed(scaled, required + optional, grouped: false)
        if optional > 0, text.contains(".") {
            var trimmed = text
            var removable = optional
            while removable > 0, trimmed.hasSuffix("0") { trimmed.removeLast(); removable -= 1 }
            if trimmed.hasSuffix(".") { trimmed.removeLast() }
            text = trimmed
        }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        var integerDigits = String(text.prefix { $0 != "." })
        let rest = text.dropFirst(integerDigits.count)
        if integerDigits.count < minimumIntegerDigits {
            integerDigits = String(repeating: "0", count: minimumIntegerDigits - integerDigits.count) + integerDigits
        }
        if minimumIntegerDigits == 0, integerDigits == "0", !rest.isEmpty { integerDigits = "" }
        if grouped { integerDigits = group(integerDigits) }
        return (negative ? "-" : "") + literalPrefix + integerDigits + rest + suffix
    }

    static func fixed(_ value: Double, _ digits: Int, grouped: Bool) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        // Round half away from zero as .NET does, nudging exact halves.
        let factor = pow(10.0, Double(min(digits, 15)))
        var adjusted = value
        if digits <= 15, abs(value * factor) < 1e15 {
            adjusted = (value * factor).rounded(.toNearestOrAwayFromZero) / factor
        }
        _ = withVaList([Int32(digits), adjusted]) { vsnprintf(&buffer, 400, "%.*f", $0) }
        var text = String(nulTerminated: buffer)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        guard grouped else { return text }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        let integer = String(text.prefix { $0 != "." })
        return (negative ? "-" : "") + group(integer) + text.dropFirst(integer.count)
    }

    static func group(_ digits: String) -> String {
        var result = ""
        for (index, c) in digits.reversed().enumerated() {
            if index > 0, index % 3 == 0 { result.append(",") }
            result.append(c)
        }
        return String(result.reversed())
    }

    /// `-join`.
    public static func join(_ left: Value, _ separator: Value) -> Value {
        let separator = Conversion.toString(separator)
        let items = left.enumeratedItems
        // Sized once and appended to in place: `joined(separator:)` costs
        // several times as much per element on 100,000 short strings.
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        var length = separator.utf8.count * max(0, items.count - 1)
        for item in items {
            let text = Conversion.elementString(item)
            length += text.utf8.count
            parts.append(text)
        }
        var result = ""
        result.reserveCapacity(length)
        for (index, part) in parts.enumerated() {
            if index > 0 { result.append(separator) }
            result.append(part)
        }
        return .string(result)
    }

    /// `-split` (binary): regex split with an optional maximum count.
    public static func split(_ left: Value, _ right: Value, caseSensitive: Bool, at span: SourceSpan?) throws -> Value {
        let rightItems = right.enumeratedItems
        let pattern = Conversion.toString(rightItems.first ?? .string(" "))
        var limit = 0
        if rightItems.count > 1 { limit = try TypeConversion.toInteger(rightItems[1], "System.Int32", span) }
        // Options, as PowerShell's SplitOptions names them.
        let options = rightItems.count > 2 ? Conversion.toString(rightItems[2]).lowercased() : ""
        let simpleMatch = options.contains("simplematch")
        let ignoreCase = options.contains("ignorecase")
        let regex = try RegexObject(pattern: simpleMatch ? RegexObject.escape(pattern) : pattern,
                                    caseSensitive: caseSensitive && !ignoreCase, at: span)
        var results: [Value] = []
        for item in left.enumeratedItems {
            results.append(contentsOf: regex.split(Conversion.toString(item), limit: limit).map { .string($0) })
        }
        return .list(results)
    }

    /// `-split` (unary): split on whitespace, dropping empty pieces.
    public static func splitWhitespace(_ value: Value) -> Value {
        var results: [Value] = []
        for item in value.enumeratedItems {
            results.append(contentsOf: Conversion.toString(item).split(whereSeparator: { $0.isWhitespace }).map { .string(String($0)) })
        }
        return .list(results)
    }

    /// `-replace pattern, replacement`.
    public static func replace(_ left: Value, _ right: Value, caseSensitive: Bool, at span: SourceSpan?) throws -> Value {
        let rightItems = right.enumeratedItems
        guard rightItems.count <= 2 else {
            throw ScriptError.runtime(
                "The -replace operator allows only two elements to follow it, not \(rightItems.count).",
                id: "BadReplaceArgument", at: span, category: .invalidOperation)
        }
        let pattern = Conversion.toString(rightItems.first ?? .string(""))
        let replacement = rightItems.count > 1 ? Conversion.toString(rightItems[1]) : ""
        let regex = try RegexObject(pattern: pattern, caseSensitive: caseSensitive, at: span)
        if case .array(let array) = left {
            return .list(array.items.map { .string(regex.replace(in: Conversion.toString($0), with: replacement)) })
        }
        return .string(regex.replace(in: Conversion.toString(left), with: replacement))
    }
}

extension Value {
    var isString: Bool {
        if case .string = self { return true }
        return false
    }
}

extension Substring {
    func trimmingBlanksSubstring() -> Substring {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
