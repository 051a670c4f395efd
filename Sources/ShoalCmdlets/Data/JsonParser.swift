// Parses JSON text into shoal values as ConvertFrom-Json does: objects
// become PSCustomObjects (or ordered hashtables with -AsHashtable), whole
// numbers Int64, others Double, and ISO-8601 date strings DateTimes, as
// Newtonsoft.Json's defaults do. Like Newtonsoft it tolerates comments,
// single-quoted strings and unquoted property names. Failures carry
// Newtonsoft's message shape: "... Path 'a.b', line 1, position 7."

import ShoalRuntime

struct JsonParseError: Error {
    let message: String
    /// Set for PowerShell's own conversion errors, which are not "Conversion from JSON failed".
    var errorId: String?
}

struct JsonParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private let asHashtable: Bool
    private let maximumDepth: Int
    /// The property path Newtonsoft names in its messages (`a.b[0]`).
    private var path: [String] = []

    init(_ text: String, asHashtable: Bool, maximumDepth: Int = 1024) {
        scalars = Array(text.unicodeScalars)
        self.asHashtable = asHashtable
        self.maximumDepth = maximumDepth
    }

    /// The one value in the text; nil for blank text.
    mutating func parseDocument() throws -> Value? {
        skipBlanks()
        if index >= scalars.count { return nil }
        let value = try parseValue(depth: 0)
        skipBlanks()
        if index < scalars.count {
            throw failure("Additional text encountered after finished reading JSON content: \(Character(scalars[index])).")
        }
        return value
    }

    // MARK: - Positions and errors

    private var pathText: String {
        var text = ""
        for part in path {
            if part.hasPrefix("[") { text += part } else { text += (text.isEmpty ? "" : ".") + part }
        }
        return text
    }

    /// Newtonsoft counts lines from 1 and the position as the characters
    /// consumed on the line before the offending one; an error at the very
    /// start is "line 0, position 0".
    private func failure(_ message: String) -> JsonParseError {
        var line = 1, position = 0
        for scalar in scalars[..<min(index, scalars.count)] {
            if scalar == "\n" { line += 1; position = 0 } else { position += 1 }
        }
        if index == 0 { line = 0 }
        return JsonParseError(message: "\(message) Path '\(pathText)', line \(line), position \(position).")
    }

    private mutating func skipBlanks() {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace { index += 1; continue }
            if scalar == "/", index + 1 < scalars.count {
                if scalars[index + 1] == "/" {
                    while index < scalars.count, scalars[index] != "\n" { index += 1 }
                    continue
                }
                if scalars[index + 1] == "*" {
                    index += 2
                    while index + 1 < scalars.count, !(scalars[index] == "*" && scalars[index + 1] == "/") { index += 1 }
                    index += 2
                    continue
                }
            }
            break
        }
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws -> Value {
        skipBlanks()
        guard index < scalars.count else { throw failure("Unexpected end when reading JSON.") }
        if depth > maximumDepth {
            throw failure("The reader's MaxDepth of \(maximumDepth) has been exceeded.")
        }
        let scalar = scalars[index]
        switch scalar {
        case "{": return try parseObject(depth: depth)
        case "[": return try parseArray(depth: depth)
        case "\"", "'": return JsonParser.stringValue(try parseString())
        case "-", "0"..."9": return try parseNumber()
        default:
            let start = index
            let word = readWord()
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null", "undefined": return .null
            case "NaN": return .double(.nan)
            case "Infinity": return .double(.infinity)
            default:
                index = start
                // Newtonsoft commits to a literal on its first letters and names the one it expected.
                if scalar == "t" || scalar == "f" { throw failure("Error parsing boolean value.") }
                if scalar == "n", start + 1 < scalars.count, scalars[start + 1] == "u" { throw failure("Error parsing null value.") }
                throw failure("Unexpected character encountered while parsing value: \(Character(scalar)).")
            }
        }
    }

    private mutating func readWord() -> String {
        var word = ""
        while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index] == "_" || scalars[index] == "$"
                || ("0"..."9").contains(scalars[index]) {
            word.unicodeScalars.append(scalars[index])
            index += 1
        }
        return word
    }

    private mutating func parseObject(depth: Int) throws -> Value {
        index += 1
        var members: [(String, Value)] = []
        while true {
            skipBlanks()
            guard index < scalars.count else { throw failure("Unexpected end when reading JSON.") }
            if scalars[index] == "}" { index += 1; break }
            let name: String
            if scalars[index] == "\"" || scalars[index] == "'" {
                name = try parseString()
            } else {
                name = readWord()
                if name.isEmpty { throw failure("Invalid property identifier character: \(Character(scalars[index])).") }
            }
            skipBlanks()
            guard index < scalars.count, scalars[index] == ":" else {
                throw failure("Invalid character after parsing property name. Expected ':' but got: \(index < scalars.count ? String(Character(scalars[index])) : "").")
            }
            index += 1
            path.append(name)
            members.append((name, try parseValue(depth: depth + 1)))
            path.removeLast()
            skipBlanks()
            guard index < scalars.count else { throw failure("Unexpected end when reading JSON.") }
            if scalars[index] == "," { index += 1; continue }
            if scalars[index] == "}" { index += 1; break }
            throw failure("After parsing a value an unexpected character was encountered: \(Character(scalars[index])).")
        }
        return try makeObject(members)
    }

    private func makeObject(_ members: [(String, Value)]) throws -> Value {
        if asHashtable {
            let table = HashtableValue(ordered: true)
            for (name, value) in members { table[.string(name)] = value }
            return .hashtable(table)
        }
        let object = PSObject()
        for (name, value) in members {
            if name.isEmpty {
                throw JsonParseError(message: "The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.",
                                     errorId: "EmptyKeyInJsonString")
            }
            // Newtonsoft keeps the last of two identical keys; keys differing only in case cannot both be properties.
            if let existing = object.properties[name.lowercased()], existing.name != name {
                throw JsonParseError(message: "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '\(existing.name)' was '\(name)'.",
                                     errorId: "KeysWithDifferentCasingInJsonString")
            }
            object.set(name, value)
        }
        return .object(object)
    }

    private mutating func parseArray(depth: Int) throws -> Value {
        index += 1
        var items: [Value] = []
        while true {
            skipBlanks()
            guard index < scalars.count else { throw failure("Unexpected end when reading JSON.") }
            if scalars[index] == "]" { index += 1; break }
            path.append("[\(items.count)]")
            items.append(try parseValue(depth: depth + 1))
            path.removeLast()
            skipBlanks()
            guard index < scalars.count else { throw failure("Unexpected end when reading JSON.") }
            if scalars[index] == "," { index += 1; continue }
            if scalars[index] == "]" { index += 1; break }
            throw failure("After parsing a value an unexpected character was encountered: \(Character(scalars[index])).")
        }
        return .list(items)
    }

    private mutating func parseString() throws -> String {
        let quote = scalars[index]
        index += 1
        var result = String.UnicodeScalarView()
        var pendingHighSurrogate: UInt32?
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == quote { return String(result) }
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            guard index < scalars.count else { break }
            let escaped = scalars[index]
            index += 1
            switch escaped {
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "u":
                guard index + 4 <= scalars.count, let code = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16) else {
                    throw failure("Invalid Unicode escape sequence.")
                }
                index += 4
                if (0xD800...0xDBFF).contains(code) {
                    pendingHighSurrogate = code
                } else if let high = pendingHighSurrogate, (0xDC00...0xDFFF).contains(code) {
                    result.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)) ?? "\u{FFFD}")
                    pendingHighSurrogate = nil
                } else {
                    result.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                }
            default: result.append(escaped)
            }
        }
        throw failure("Unterminated string. Expected delimiter: \(Character(quote)).")
    }

    private mutating func parseNumber() throws -> Value {
        let start = index
        while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) { index += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        if let integer = Int(text) { return .int(integer) }
        if let double = Double(text) { return .double(double) }
        throw failure("Input string '\(text)' is not a valid number.")
    }

    /// A string, or a DateTime when it reads as an ISO-8601 date-time (Newtonsoft's DateParseHandling).
    static func stringValue(_ text: String) -> Value {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 19, scalars[4] == "-", scalars[7] == "-", scalars[10] == "T", scalars[13] == ":",
              scalars[16] == ":", let date = DateTimeValue.parse(text) else { return .string(text) }
        return .native(date)
    }
}
