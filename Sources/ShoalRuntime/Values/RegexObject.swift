// Regular expressions for `-match`, `-replace`, `-split`, `switch -Regex`
// and `[regex]`. Patterns are compiled once and cached: scripts match in
// loops.

import ShoalSyntax
import Synchronization

/// A compiled pattern: `[regex]'...'`.
public final class RegexObject: NativeObject {
    public let pattern: String
    let regex: Regex<AnyRegexOutput>

    /// Compiled regexes are immutable once built, so sharing them between
    /// threads through the cache is safe even though `Regex` is not marked Sendable.
    private final class Compiled: @unchecked Sendable {
        let regex: Regex<AnyRegexOutput>
        init(_ regex: Regex<AnyRegexOutput>) { self.regex = regex }
    }

    private static let cache = Mutex<[String: Compiled]>([:])

    /// `options`: .NET RegexOptions as inline flags (`s`, `m`, `x`, `n`).
    public init(pattern: String, caseSensitive: Bool, options: String = "", at span: SourceSpan?) throws {
        self.pattern = pattern
        let key = (caseSensitive ? "c" : "i") + options + ":" + pattern
        if let cached = RegexObject.cache.withLock({ $0[key] }) {
            regex = cached.regex
            return
        }
        do {
            var compiled = try Regex((options.isEmpty ? "" : "(?\(options))") + RegexObject.translated(pattern))
            if !caseSensitive { compiled = compiled.ignoresCase() }
            regex = compiled
            let entry = Compiled(compiled)
            RegexObject.cache.withLock { cache in
                if cache.count > 500 { cache.removeAll() }
                cache[key] = entry
            }
        } catch {
            throw ScriptError.runtime(
                "The regular expression pattern \(pattern) is not valid.", id: "InvalidRegularExpression", at: span,
                type: "System.ArgumentException", category: .invalidArgument, target: .string(pattern))
        }
    }

    /// A .NET pattern as Swift's Regex reads it the same way: a `{` that
    /// does not begin a quantifier (`{2}`, `{2,}`, `{2,5}`) is a literal
    /// brace in .NET (`{1, 2}`, `{,2}`, `{a}`), and a `]` first in a class
    /// is a member; both are escaped.
    static func translated(_ pattern: String) -> String {
        guard pattern.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) else { return pattern }
        let scalars = Array(pattern.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        var inClass = false
        while index < scalars.count {
            let c = scalars[index]
            if c == "\\", index + 1 < scalars.count {
                result.append(c)
                result.append(scalars[index + 1])
                index += 2
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
            } else if c == "[" {
                inClass = true
                // A `]` first in a class (`[]a]`, `[^]a]`) is a member in
                // .NET, an empty class to Swift: it is escaped.
                var first = index + 1
                if first < scalars.count, scalars[first] == "^" { first += 1 }
                if first < scalars.count, scalars[first] == "]" {
                    result.append(contentsOf: scalars[index..<first])
                    result.append("\\")
                    result.append("]")
                    index = first + 1
                    continue
                }
            } else if c == "{", !beginsQuantifier(scalars, at: index) {
                result.append("\\")
            }
            result.append(c)
            index += 1
        }
        return String(result)
    }

    /// Whether `{` at `index` begins `{n}`, `{n,}` or `{n,m}`.
    private static func beginsQuantifier(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index + 1
        func digits() -> Int {
            let start = position
            while position < scalars.count, ("0"..."9").contains(scalars[position]) { position += 1 }
            return position - start
        }
        guard digits() > 0, position < scalars.count else { return false }
        if scalars[position] == "," {
            position += 1
            _ = digits()
        }
        return position < scalars.count && scalars[position] == "}"
    }

    public var typeName: String { "System.Text.RegularExpressions.Regex" }
    public var stringValue: String { pattern }
    public func property(_ name: String) -> Value? { name.lowercased() == "pattern" ? .string(pattern) : nil }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        let input = arguments.first.map(Conversion.toString) ?? ""
        switch method.lowercased() {
        case "ismatch": return .bool(input.firstMatch(of: regex) != nil)
        case "match":
            guard let match = input.firstMatch(of: regex) else { return .native(MatchObject.empty) }
            return .native(MatchObject(match, in: input))
        case "matches":
            return .native(ListObject(input.matches(of: regex).map { .native(MatchObject($0, in: input)) }))
        case "replace":
            // A script block is a MatchEvaluator: called with each Match, its result replaces it.
            if arguments.count > 1, case .scriptBlock(let evaluator) = arguments[1] {
                return .string(try replace(in: input) { match in
                    let sink = CollectingSink()
                    try context.invokeBlock(evaluator, dollarUnder: nil, arguments: [.native(MatchObject(match, in: input))],
                                            output: sink, span: nil)
                    return Conversion.toString(sink.result)
                })
            }
            let replacement = arguments.count > 1 ? Conversion.toString(arguments[1]) : ""
            return .string(replace(in: input, with: replacement))
        case "split": return .list(split(input, limit: 0).map { .string($0) })
        case "tostring": return .string(pattern)
        default: return nil
        }
    }

    /// The first match's groups as `$Matches` holds them, or nil.
    public func matchTable(_ input: String) -> HashtableValue? {
        guard let match = input.firstMatch(of: regex) else { return nil }
        // .NET numbers unnamed groups first, then names the named ones.
        let table = HashtableValue()
        var named: [(String, Value)] = []
        var number = 0
        for group in match.output {
            if let name = group.name {
                if let substring = group.substring { named.append((name, .string(String(substring)))) }
                continue
            }
            if let substring = group.substring { table[.int(number)] = .string(String(substring)) }
            number += 1
        }
        for (name, value) in named { table[.string(name)] = value }
        return table
    }

    public func isMatch(_ input: String) -> Bool { input.firstMatch(of: regex) != nil }

    /// .NET replacement syntax: `$1`, `${name}`, `$0`, `$&`, `$$`.
    public func replace(in input: String, with replacement: String) -> String {
        replace(in: input) { expand(replacement, $0) }
    }

    /// Each match replaced by what `substitute` makes of it (a script block's
    /// result, for `-replace pattern, { $_.Value }`).
    func replace(in input: String, substitute: (Regex<AnyRegexOutput>.Match) throws -> String) rethrows -> String {
        var result = ""
        var last = input.startIndex
        for match in input.matches(of: regex) {
            result += input[last..<match.range.lowerBound]
            result += try substitute(match)
            last = match.range.upperBound
            if match.range.isEmpty, last < input.endIndex {
                result.append(input[last])
                last = input.index(after: last)
            }
        }
        result += input[last...]
        return result
    }

    func expand(_ replacement: String, _ match: Regex<AnyRegexOutput>.Match) -> String {
        var result = ""
        let chars = Array(replacement)
        var index = 0
        func group(_ key: String) -> String? {
            if let number = Int(key) {
                guard number < match.output.count else { return nil }
                return match.output[number].substring.map(String.init) ?? ""
            }
            for element in match.output where element.name == key {
                return element.substring.map(String.init) ?? ""
            }
            return nil
        }
        while index < chars.count {
            let c = chars[index]
            if c == "$", index + 1 < chars.count {
                let next = chars[index + 1]
                if next == "$" { result.append("$"); index += 2; continue }
                if next == "&" { result += String(input(match)); index += 2; continue }
                if next == "{", let close = chars[(index + 2)...].firstIndex(of: "}") {
                    let name = String(chars[(index + 2)..<close])
                    if let value = group(name) { result += value; index = close + 1; continue }
                }
                if next.isNumber {
                    var end = index + 1
                    while end < chars.count, chars[end].isNumber { end += 1 }
                    if let value = group(String(chars[(index + 1)..<end])) { result += value; index = end; continue }
                }
            }
            result.append(c)
            index += 1
        }
        return result
    }

    func input(_ match: Regex<AnyRegexOutput>.Match) -> Substring { match.output[0].substring ?? "" }

    /// Splits around matches; captured groups are kept, as .NET does.
    /// .NET's Regex.Split: at most `limit` pieces when positive, counted
    /// from the right when negative (RightToLeft); captured groups are
    /// pieces too.
    public func split(_ input: String, limit: Int) -> [String] {
        var matches: [(range: Range<String.Index>, groups: [String])] = []
        for match in input.matches(of: regex) {
            if match.range.isEmpty && (match.range.lowerBound == input.startIndex || match.range.lowerBound == input.endIndex) { continue }
            var groups: [String] = []
            for groupIndex in 1..<max(1, match.output.count) {
                if let captured = match.output[groupIndex].substring { groups.append(String(captured)) }
            }
            matches.append((match.range, groups))
        }
        if limit > 0 { matches = Array(matches.prefix(limit - 1)) }
        if limit < 0 { matches = Array(matches.suffix(-limit - 1)) }
        var parts: [String] = []
        var last = input.startIndex
        for match in matches {
            parts.append(String(input[last..<match.range.lowerBound]))
            parts.append(contentsOf: match.groups)
            last = match.range.upperBound
        }
        parts.append(String(input[last...]))
        return parts
    }

    /// `[regex]::Escape`.
    public static func escape(_ text: String) -> String {
        var result = ""
        for c in text {
            switch c {
            case "\\", "*", "+", "?", "|", "{", "[", "(", ")", "^", "$", ".", "#": result += "\\" + String(c)
            case " ": result += "\\ "
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            default: result.append(c)
            }
        }
        return result
    }
}

/// A `Match` from `[regex]::Match`.
public final class MatchObject: NativeObject {
    let success: Bool
    let value: String
    let index: Int
    let groups: [Value]

    static var empty: MatchObject { MatchObject() }

    private init() {
        success = false
        value = ""
        index = 0
        groups = []
    }

    init(_ match: Regex<AnyRegexOutput>.Match, in input: String) {
        success = true
        value = String(match.output[0].substring ?? "")
        index = input.distance(from: input.startIndex, to: match.range.lowerBound)
        groups = match.output.map { element in
            let object = PSObject(typeName: "System.Text.RegularExpressions.Group")
            object.set("Success", .bool(element.substring != nil))
            object.set("Name", .string(element.name ?? ""))
            object.set("Value", .string(element.substring.map(String.init) ?? ""))
            return .object(object)
        }
    }

    public var typeName: String { "System.Text.RegularExpressions.Match" }
    public var stringValue: String { value }
    public var propertyNames: [String] { ["Groups", "Success", "Index", "Length", "Value"] }
    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "success": return .bool(success)
        case "value": return .string(value)
        case "index": return .int(index)
        case "length": return .int(value.count)
        case "groups": return .native(ListObject(groups))
        default: return nil
        }
    }
}
