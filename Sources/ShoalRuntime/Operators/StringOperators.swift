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

    /// `-split` (binary), as pwsh's SplitOperatorImpl: `pattern[, max[, options]]`
    /// or `{ predicate }[, max]`. A positive max keeps at most that many
    /// pieces, the last holding the rest; a negative one counts from the
    /// right; 0 splits everywhere. `predicate(item, index)` decides for
    /// each character (`$_`) whether it is a separator.
    public static func split(_ left: Value, _ right: Value, caseSensitive: Bool, at span: SourceSpan?,
                             predicate: ((ScriptBlock, String, Int, Character) throws -> Bool)? = nil) throws -> Value {
        let rightItems = right.enumeratedItems
        guard let first = rightItems.first else {
            throw ScriptError.runtime("The argument to operator '-split' is not valid: \(Conversion.toString(right)).", id: "BadOperatorArgument", at: span)
        }
        var limit = 0
        if rightItems.count > 1 { limit = try TypeConversion.toInteger(rightItems[1], "System.Int32", span) }
        var options = 0
        if rightItems.count > 2, !rightItems[2].isNull, Conversion.toString(rightItems[2]) != "" {
            let type = EnumType.named("System.Management.Automation.SplitOptions")!
            guard let given = type.convert(rightItems[2]) else {
                throw ScriptError.runtime("Cannot convert value \"\(Conversion.toString(rightItems[2]))\" to type \"System.Management.Automation.SplitOptions\". Error: \"\(type.mismatch(rightItems[2]))\"",
                                          id: "InvalidCastFromStringToEnum", at: span, category: .invalidArgument)
            }
            options = given.rawValue
            if case .scriptBlock = first {
                throw ScriptError.runtime("Options are not allowed on the -split operator with a predicate.", id: "InvalidSplitOptionWithPredicate", at: span,
                                          type: "System.Management.Automation.ParseException", category: .parserError)
            }
        }
        let items = left.enumeratedItems.map(Conversion.toString)
        if case .scriptBlock(let block) = first, let predicate {
            var results: [Value] = []
            for item in items {
                results.append(contentsOf: try splitWithPredicate(item, limit: limit) { try predicate(block, item, $0, $1) }.map(Value.string))
            }
            return .list(results)
        }
        let simpleMatch = options & 1 != 0
        if simpleMatch, options & ~(1 | 64) != 0 {
            throw ScriptError.runtime("The combination of options with the -split operator is not valid.", id: "InvalidSplitOptionCombination",
                                      at: span, type: "System.Management.Automation.ParseException", category: .parserError)
        }
        let pattern = Conversion.toString(first)
        var inline = ""
        if options & 8 != 0 { inline += "x" }
        if options & 16 != 0 { inline += "m" }
        if options & 32 != 0 { inline += "s" }
        if options & 128 != 0 { inline += "n" }
        let regex = try RegexObject(pattern: simpleMatch ? RegexObject.escape(pattern) : pattern,
                                    caseSensitive: caseSensitive && options & 64 == 0, options: inline, at: span)
        var results: [Value] = []
        for item in items {
            results.append(contentsOf: regex.split(item, limit: limit).map { .string($0) })
        }
        return .list(results)
    }

    /// A predicate split of one string: characters for which `isSeparator`
    /// (given the index) is true are dropped and end a piece.
    static func splitWithPredicate(_ item: String, limit: Int, isSeparator: (Int, Character) throws -> Bool) throws -> [String] {
        let characters = Array(item)
        if limit == 1 || limit == -1 { return [item] }
        var pieces: [String] = []
        if limit >= 0 {
            var start = 0, index = 0
            while index < characters.count {
                if try isSeparator(index, characters[index]) {
                    pieces.append(String(characters[start..<index]))
                    start = index + 1
                    if limit == pieces.count + 1 { break }
                }
                index += 1
            }
            pieces.append(String(characters[min(start, characters.count)...]))
            return pieces
        }
        var end = characters.count, index = characters.count - 1
        while index >= 0 {
            if try isSeparator(index, characters[index]) {
                pieces.append(String(characters[(index + 1)..<end]))
                end = index
                if -limit == pieces.count + 1 { break }
            }
            index -= 1
        }
        pieces.append(String(characters[0..<max(0, end)]))
        return pieces.reversed()
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
    /// `-replace pattern, replacement`; a script block replacement is called
    /// for each match (`evaluator(block, match)`, with `$_` the match).
    public static func replace(_ left: Value, _ right: Value, caseSensitive: Bool, at span: SourceSpan?,
                               evaluator: ((ScriptBlock, Value) throws -> String)? = nil) throws -> Value {
        let rightItems = right.enumeratedItems
        guard rightItems.count <= 2 else {
            throw ScriptError.runtime(
                "The -replace operator allows only two elements to follow it, not \(rightItems.count).",
                id: "BadReplaceArgument", at: span, category: .invalidOperation)
        }
        let pattern = Conversion.toString(rightItems.first ?? .string(""))
        let replacement = rightItems.count > 1 ? Conversion.toString(rightItems[1]) : ""
        let regex = try RegexObject(pattern: pattern, caseSensitive: caseSensitive, at: span)
        if rightItems.count > 1, case .scriptBlock(let block) = rightItems[1], let evaluator {
            func each(_ text: String) throws -> Value {
                .string(try regex.replace(in: text) { try evaluator(block, .native(MatchObject($0, in: text))) })
            }
            if case .array(let array) = left { return .list(try array.items.map { try each(Conversion.toString($0)) }) }
            return try each(Conversion.toString(left))
        }
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
