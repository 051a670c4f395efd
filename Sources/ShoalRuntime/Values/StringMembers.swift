// .NET's string methods as scripts call them (`$s.ToUpper()`,
// `.Split(',')`, `.Substring(1, 2)`, `.Replace('a', 'b')` and the rest),
// declared once: calls, Get-Member and completion all read this table.
//
// .NET indexes strings by UTF-16 code unit, and so do Length, Substring,
// IndexOf and the rest here. Offsets are turned into indices of the string
// directly: no copy of the string is made, which keeps
// `$big.Substring(0, 10)` cheap.

import ShoalSyntax

/// The members of `System.String`.
public enum StringMembers {
    public static let table = MemberTable<String>(methods: [
        MethodMember("Clone", ["System.Object Clone()"]) { s, _ in .string(s) },
        MethodMember("CompareTo", ["int CompareTo(System.Object value)", "int CompareTo(string strB)"]) { s, call in
            let other = call.string(0)
            return .int(s < other ? -1 : (s > other ? 1 : 0))
        },
        MethodMember("Contains", ["bool Contains(string value)"]) { s, call in
            .bool(call.string(0).isEmpty || s.utf16Offset(of: call.string(0), from: 0) != nil)
        },
        MethodMember("EndsWith", ["bool EndsWith(string value)"]) { s, call in .bool(s.hasSuffix(call.string(0))) },
        MethodMember("Equals", ["bool Equals(System.Object obj)", "bool Equals(string value)"]) { s, call in .bool(s == call.string(0)) },
        MethodMember("GetEnumerator", ["System.CharEnumerator GetEnumerator()"]) { s, _ in characters(s) },
        MethodMember("IndexOf", ["int IndexOf(string value)", "int IndexOf(string value, int startIndex)"]) { s, call in
            let start = call.count > 1 ? try call.int32(1) : 0
            guard start >= 0, start <= s.utf16.count else { throw call.outOfRange("startIndex") }
            return .int(s.utf16Offset(of: call.string(0), from: start) ?? -1)
        },
        MethodMember("Insert", ["string Insert(int startIndex, string value)"]) { s, call in
            let start = try call.int32(0), length = s.utf16.count
            guard start >= 0, start <= length else { throw call.outOfRange("startIndex") }
            return .string(s.utf16Slice(0, start) + call.string(1) + s.utf16Slice(start, length))
        },
        MethodMember("LastIndexOf", ["int LastIndexOf(string value)", "int LastIndexOf(string value, int startIndex)"]) { s, call in
            // With a start index the search runs backward from it: a match
            // must end at or before that position.
            let length = s.utf16.count
            let end = call.count > 1 ? try call.int32(1) : length - 1
            guard call.count < 2 || (end >= 0 && end < max(length, 1)) else { throw call.outOfRange("startIndex") }
            return .int(s.lastUTF16Offset(of: call.string(0), endingBy: end) ?? -1)
        },
        MethodMember("Normalize", ["string Normalize()"]) { s, _ in .string(s) },
        MethodMember("PadLeft", ["string PadLeft(int totalWidth)", "string PadLeft(int totalWidth, char paddingChar)"]) { s, call in
            try pad(s, call, left: true)
        },
        MethodMember("PadRight", ["string PadRight(int totalWidth)", "string PadRight(int totalWidth, char paddingChar)"]) { s, call in
            try pad(s, call, left: false)
        },
        MethodMember("Remove", ["string Remove(int startIndex, int count)", "string Remove(int startIndex)"]) { s, call in
            let start = try call.int32(0), length = s.utf16.count
            guard start >= 0, start <= length else { throw call.outOfRange("startIndex") }
            let count = call.count > 1 ? try call.int32(1) : length - start
            guard count >= 0, start + count <= length else { throw call.outOfRange("count") }
            return .string(s.utf16Slice(0, start) + s.utf16Slice(start + count, length))
        },
        MethodMember("Replace", ["string Replace(string oldValue, string newValue)"]) { s, call in
            let old = call.string(0)
            guard !old.isEmpty else { throw call.failure("String cannot be of zero length. (Parameter 'oldValue')", id: "ArgumentException") }
            return .string(s.replacingAll(old, with: call.string(1)))
        },
        MethodMember("Split", ["string[] Split(Params char[] separator)", "string[] Split(string separator, System.StringSplitOptions options)"]) {
            s, call in split(s, call)
        },
        MethodMember("StartsWith", ["bool StartsWith(string value)"]) { s, call in .bool(s.hasPrefix(call.string(0))) },
        MethodMember("Substring", ["string Substring(int startIndex)", "string Substring(int startIndex, int length)"]) { s, call in
            let start = try call.int32(0), length = s.utf16.count
            guard start >= 0, start <= length else { throw call.outOfRange("startIndex") }
            if call.count > 1 {
                let count = try call.int32(1)
                guard count >= 0, start + count <= length else { throw call.outOfRange("length") }
                return .string(s.utf16Slice(start, start + count))
            }
            return .string(s.utf16Slice(start, length))
        },
        MethodMember("ToCharArray", ["char[] ToCharArray()"]) { s, _ in characters(s) },
        MethodMember("ToLower", ["string ToLower()"]) { s, _ in .string(s.lowercased()) },
        MethodMember("ToLowerInvariant", ["string ToLowerInvariant()"]) { s, _ in .string(s.lowercased()) },
        MethodMember("ToString", ["string ToString()"]) { s, _ in .string(s) },
        MethodMember("ToUpper", ["string ToUpper()"]) { s, _ in .string(s.uppercased()) },
        MethodMember("ToUpperInvariant", ["string ToUpperInvariant()"]) { s, _ in .string(s.uppercased()) },
        MethodMember("Trim", ["string Trim()", "string Trim(Params char[] trimChars)"]) { s, call in
            let set = trimSet(call)
            return .string(String(s.drop { set?.contains($0) ?? $0.isWhitespace }.reversed().drop { set?.contains($0) ?? $0.isWhitespace }.reversed()))
        },
        MethodMember("TrimEnd", ["string TrimEnd()", "string TrimEnd(Params char[] trimChars)"]) { s, call in
            let set = trimSet(call)
            return .string(String(String(s.reversed().drop { set?.contains($0) ?? $0.isWhitespace }).reversed()))
        },
        MethodMember("TrimStart", ["string TrimStart()", "string TrimStart(Params char[] trimChars)"]) { s, call in
            let set = trimSet(call)
            return .string(String(s.drop { set?.contains($0) ?? $0.isWhitespace }))
        },
    ], properties: [PropertyMember("Length", "int Length {get;}") { text in .int(text.utf16.count) }])

    private static func characters(_ s: String) -> Value { .list(s.unicodeScalars.map { .native(CharValue($0)) }) }

    /// The characters Trim and its kin remove: the arguments' characters, or nil for white space.
    private static func trimSet(_ call: MethodCall) -> Set<Character>? {
        guard !call.arguments.isEmpty else { return nil }
        return Set(call.arguments.flatMap { Array(Conversion.toString($0)) })
    }

    private static func pad(_ s: String, _ call: MethodCall, left: Bool) throws -> Value {
        let width = try call.int32(0), length = s.utf16.count
        let pad = call.count > 1 ? (call.string(1).first ?? " ") : " "
        guard length < width else { return .string(s) }
        let padding = String(repeating: pad, count: width - length)
        return .string(left ? padding + s : s + padding)
    }

    private static func split(_ s: String, _ call: MethodCall) -> Value {
        var separators: [String] = []
        for item in call.arguments.prefix(1) {
            for element in item.enumeratedItems {
                // PowerShell 7 binds a string to Split(string): the whole
                // string is one separator; only [char]s split on each.
                if case .native(let c as CharValue) = element { separators.append(String(c.scalar)) }
                else { separators.append(Conversion.toString(element)) }
            }
        }
        if separators.isEmpty { separators = [" "] }
        let removeEmpty = call.count > 1 && Conversion.toString(call.arguments.last!).lowercased().contains("removeemptyentries")
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
