// A small, strict XML 1.0 reader: elements, attributes, text, the five
// named entities and character references, comments, CDATA sections,
// processing instructions and a DOCTYPE (skipped). Malformed input is an
// XmlSyntaxError with the line and column, as .NET's XmlException gives
// them. The runtime links no Foundation (and so no XMLParser), hence its own.

/// Malformed XML, where it was found.
public struct XmlSyntaxError: Error, Sendable {
    public let message: String
    public let line: Int
    public let column: Int

    /// .NET's XmlException text: `message Line 3, position 7.`
    public var description: String { "\(message) Line \(line), position \(column)." }
}

/// Parses a whole document into its root element.
public struct XmlReader {
    private let bytes: [UInt8]
    private var position = 0
    /// Offsets where each line begins, for error and element locations.
    private let lineStarts: [Int]

    public init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The document's root element.
    public static func parse(_ text: String) throws(XmlSyntaxError) -> XmlElement {
        var reader = XmlReader(text)
        return try reader.document()
    }

    /// The document's root element and the content of its `<?xml ...?>`
    /// declaration, if it has one.
    public static func parseDocument(_ text: String) throws(XmlSyntaxError) -> (declaration: String?, root: XmlElement) {
        var reader = XmlReader(text)
        if reader.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
        var declaration: String?
        if reader.starts("<?xml "), let end = reader.find("?>") {
            let start = reader.position + 6
            declaration = String(decoding: reader.bytes[start..<end], as: UTF8.self).trimmingCharacters()
            reader.position = end + 2
        }
        return (declaration, try reader.document())
    }

    private mutating func document() throws(XmlSyntaxError) -> XmlElement {
        if position == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        try skipMisc()
        guard peek() == UInt8(ascii: "<") else { throw error("Data at the root level is invalid.") }
        let root = try element()
        try skipMisc()
        guard position == bytes.count else { throw error("There are multiple root elements.") }
        return root
    }

    /// Whitespace, comments, processing instructions and a DOCTYPE around the root.
    private mutating func skipMisc() throws(XmlSyntaxError) {
        while true {
            skipWhitespace()
            if starts("<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if starts("<!--") {
                try skip(past: "-->", what: "comment")
            } else if starts("<!DOCTYPE") {
                try skipDoctype()
            } else {
                return
            }
        }
    }

    private mutating func element() throws(XmlSyntaxError) -> XmlElement {
        let (line, column) = location(of: position)
        position += 1  // <
        let name = try self.name()
        var attributes: [(name: String, value: String)] = []
        while true {
            let hadSpace = skipWhitespace()
            guard let byte = peek() else { throw error("Unexpected end of file while parsing Name has occurred.") }
            if byte == UInt8(ascii: "/") {
                guard starts("/>") else { throw error("Expected '>'.") }
                position += 2
                return XmlElement(name: name, attributes: attributes, children: [], line: line, column: column)
            }
            if byte == UInt8(ascii: ">") {
                position += 1
                break
            }
            guard hadSpace else { throw error("'\(Character(Unicode.Scalar(byte)))' is an unexpected token. Expected white space.") }
            let attributeName = try self.name()
            skipWhitespace()
            guard peek() == UInt8(ascii: "=") else { throw error("'=' is missing after the attribute name '\(attributeName)'.") }
            position += 1
            skipWhitespace()
            guard let quote = peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw error("'\(attributeName)' is missing its quoted value.")
            }
            position += 1
            let value = try characterData(until: quote)
            position += 1
            if attributes.contains(where: { $0.name == attributeName }) {
                throw error("'\(attributeName)' is a duplicate attribute name.")
            }
            attributes.append((attributeName, value))
        }
        let children = try content(closing: name, line: line, column: column)
        return XmlElement(name: name, attributes: attributes, children: children, line: line, column: column)
    }

    /// What lies between a start tag and its end tag.
    private mutating func content(closing name: String, line: Int, column: Int) throws(XmlSyntaxError) -> [XmlNode] {
        var children: [XmlNode] = []
        var text = ""
        func flush() {
            if !text.isEmpty { children.append(.text(text)) }
            text = ""
        }
        while true {
            guard position < bytes.count else {
                throw XmlSyntaxError(message: "Unexpected end of file has occurred. The following elements are not closed: \(name).",
                                     line: line, column: column)
            }
            if starts("</") {
                position += 2
                let closing = try self.name()
                skipWhitespace()
                guard peek() == UInt8(ascii: ">") else { throw error("Expected '>'.") }
                guard closing == name else {
                    throw error("The '\(name)' start tag on line \(line) position \(column) does not match the end tag of '\(closing)'.")
                }
                position += 1
                flush()
                return children
            } else if starts("<!--") {
                try skip(past: "-->", what: "comment")
            } else if starts("<![CDATA[") {
                position += 9
                let start = position
                guard let end = find("]]>") else { throw error("Unexpected end of file while parsing CDATA has occurred.") }
                text += String(decoding: bytes[start..<end], as: UTF8.self)
                position = end + 3
            } else if starts("<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if peek() == UInt8(ascii: "<") {
                flush()
                children.append(.element(try element()))
            } else {
                text += try characterData(until: UInt8(ascii: "<"))
            }
        }
    }

    /// Text up to `terminator` (not consumed), entities replaced.
    private mutating func characterData(until terminator: UInt8) throws(XmlSyntaxError) -> String {
        var result = ""
        var start = position
        while position < bytes.count, bytes[position] != terminator {
            if bytes[position] == UInt8(ascii: "&") {
                result += String(decoding: bytes[start..<position], as: UTF8.self)
                result += try entity()
                start = position
            } else if terminator != UInt8(ascii: "<"), bytes[position] == UInt8(ascii: "<") {
                throw error("'<', hexadecimal value 0x3C, is an invalid attribute character.")
            } else {
                position += 1
            }
        }
        if position == bytes.count, terminator != UInt8(ascii: "<") {
            throw error("Unexpected end of file while parsing an attribute value has occurred.")
        }
        result += String(decoding: bytes[start..<position], as: UTF8.self)
        return result
    }

    private mutating func entity() throws(XmlSyntaxError) -> String {
        let start = position
        guard let end = bytes[position...].firstIndex(of: UInt8(ascii: ";")), end - start <= 12 else {
            throw error("An error occurred while parsing EntityName.")
        }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        let named = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"]
        var replacement = named[name]
        if replacement == nil, name.hasPrefix("#") {
            let digits = name.dropFirst()
            let code = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            if let code, let scalar = Unicode.Scalar(code) { replacement = String(Character(scalar)) }
        }
        guard let replacement else { throw error("Reference to undeclared entity '\(name)'.") }
        position = end + 1
        return replacement
    }

    private mutating func name() throws(XmlSyntaxError) -> String {
        let start = position
        while let byte = peek(), isNameByte(byte, first: position == start) { position += 1 }
        guard position > start else {
            let shown = peek().map { String(Character(Unicode.Scalar($0))) } ?? "EOF"
            throw error("Name cannot begin with the '\(shown)' character.")
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...:
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return !first
        default:
            return false
        }
    }

    private mutating func skipDoctype() throws(XmlSyntaxError) {
        // An internal subset [ ... ] may hold '>' characters.
        var depth = 0
        while let byte = peek() {
            position += 1
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") { depth -= 1 }
            if byte == UInt8(ascii: ">"), depth == 0 { return }
        }
        throw error("Unexpected end of file while parsing DOCTYPE has occurred.")
    }

    private mutating func skip(past terminator: String, what: String) throws(XmlSyntaxError) {
        guard let end = find(terminator) else { throw error("Unexpected end of file while parsing \(what) has occurred.") }
        position = end + terminator.utf8.count
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = position
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
        return position > start
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func starts(_ text: String) -> Bool {
        let pattern = Array(text.utf8)
        return position + pattern.count <= bytes.count && bytes[position..<(position + pattern.count)].elementsEqual(pattern)
    }

    private func find(_ text: String) -> Int? {
        let pattern = Array(text.utf8)
        var index = position
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(offset, bytes.count)
        // The last line start at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, String(decoding: bytes[lineStarts[low]..<offset], as: UTF8.self).count + 1)
    }

    private func error(_ message: String) -> XmlSyntaxError {
        let (line, column) = location(of: position)
        return XmlSyntaxError(message: message, line: line, column: column)
    }
}
