// Character-level helpers of the parser: peeking, skipping blanks and
// comments, reading words, and building errors with spans.

extension Parser {
    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < chars.count ? chars[index] : nil
    }

    func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c.value > 127 && c.properties.isAlphabetic)
    }

    func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    func isIdentifierStart(_ c: Unicode.Scalar) -> Bool { isLetter(c) || c == "_" }

    func isIdentifierChar(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) || c == "_" }

    /// PowerShell's whitespace: space, tab, form feed, vertical tab, NBSP, NEL and the BOM.
    func isBlank(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{A0}" || c == "\u{FEFF}" || c == "\u{0C}" || c == "\u{0B}" || c == "\u{85}"
    }

    /// Characters that end a bareword in command mode.
    func endsGenericToken(_ c: Unicode.Scalar) -> Bool {
        isBlank(c) || c == "\n" || c == "\r" || c == ";" || c == "|" || c == "&" || c == "(" || c == ")"
            || c == "{" || c == "}" || c == "," || c == ">" || c == "\"" || c == "'"
    }

    /// Skips blanks, comments and line continuations; newlines too if asked.
    mutating func skipTrivia(newlines: Bool) {
        while let c = peek() {
            if isBlank(c) {
                position += 1
            } else if c == "#" {
                while let d = peek(), d != "\n" { position += 1 }
            } else if c == "<", peek(1) == "#" {
                position += 2
                while position < chars.count, !(peek() == "#" && peek(1) == ">") { position += 1 }
                position = min(chars.count, position + 2)
            } else if c == "`", peek(1) == "\n" || peek(1) == "\r" {
                position += peek(1) == "\r" && peek(2) == "\n" ? 3 : 2
            } else if c == "`", let next = peek(1), isBlank(next) {
                // As pwsh's tokenizer: a backtick before blanks is a blank itself
                // (what follows the blanks, a comment or a newline, is read as usual).
                position += 1
            } else if c == "`", peek(1) == nil {
                position += 1
                continuationAtEnd = true
            } else if newlines, c == "\n" || c == "\r" {
                position += 1
            } else {
                return
            }
        }
    }

    /// True where a value may not start: the end of a statement, but not
    /// the call operator `&`.
    func atValueEnd() -> Bool { atStatementEnd() && peek() != "&" }

    /// True at a newline, `;`, a closing bracket, a pipe or the end.
    func atStatementEnd() -> Bool {
        guard let c = peek() else { return true }
        return c == "\n" || c == "\r" || c == ";" || c == "}" || c == ")" || c == "|"
            || (c == "&" && peek(1) != "&") || c == "#"
    }

    /// True when a case-insensitive keyword starts here and ends at a
    /// non-word character.
    func peekKeyword(_ keyword: String) -> Bool {
        var index = position
        for k in keyword.unicodeScalars {
            guard index < chars.count else { return false }
            let c = chars[index]
            let lower = (c >= "A" && c <= "Z") ? Unicode.Scalar(c.value + 32)! : c
            if lower != k { return false }
            index += 1
        }
        if index < chars.count {
            let c = chars[index]
            if isIdentifierChar(c) || c == "-" || c == "." || c == "\\" || c == "/" || c == ":" { return false }
        }
        return true
    }

    /// A variable's name after `$`: identifier characters and `?`, as
    /// pwsh's tokenizer reads it (`$a?` is the variable `a?`; write `${a}?.b`
    /// for the null-conditional operator).
    mutating func readVariableName() -> String {
        var result = String.UnicodeScalarView()
        while let c = peek(), isIdentifierChar(c) || c == "?" {
            result.append(c)
            position += 1
        }
        return String(result)
    }

    mutating func readIdentifier() -> String {
        var result = String.UnicodeScalarView()
        while let c = peek(), isIdentifierChar(c) {
            result.append(c)
            position += 1
        }
        return String(result)
    }

    /// Reads a command-mode bareword such as `Get-Job` or `./run.ps1`.
    mutating func readGenericToken() -> String {
        var result = String.UnicodeScalarView()
        while let c = peek(), !endsGenericToken(c) {
            if c == "`", let next = peek(1) {
                result.append(next)
                position += 2
                continue
            }
            result.append(c)
            position += 1
        }
        return String(result)
    }

    mutating func expect(_ c: Unicode.Scalar, message: String, id: String) throws(ParseError) {
        skipTrivia(newlines: false)
        guard peek() == c else { throw error(message, id: id) }
        position += 1
    }

    /// From `start` to here, without the blanks the parser has skipped.
    func span(_ start: Int) -> SourceSpan {
        var end = max(start, position)
        while end > start, end <= chars.count, isBlank(chars[end - 1]) || chars[end - 1] == "\n" || chars[end - 1] == "\r" {
            end -= 1
        }
        return SourceSpan(file: file, start: start, end: end)
    }

    func span(_ start: Int, _ end: Int) -> SourceSpan {
        SourceSpan(file: file, start: start, end: end)
    }

    func error(_ message: String, id: String, length: Int = 1) -> ParseError {
        let atEnd = position >= chars.count
        let start = min(position, chars.count)
        return ParseError(message, id: id, span: span(start, start + (atEnd ? 0 : length)), incomplete: atEnd)
    }

    func missingClosingBrace(openedAt start: Int) -> ParseError {
        let atEnd = position >= chars.count
        return ParseError("Missing closing '}' in statement block or type definition.", id: "MissingEndCurlyBrace",
                          span: span(start, start + 1), incomplete: atEnd)
    }

    /// "Unexpected token 'x' in expression or statement." for whatever is here.
    mutating func unexpectedToken() -> ParseError {
        guard let c = peek() else {
            return error("Unexpected end of input.", id: "UnexpectedEndOfInput")
        }
        let start = position
        var text = String(c)
        if !endsGenericToken(c) && c != "]" {
            let token = readGenericToken()
            if !token.isEmpty { text = token }
            position = start
        }
        let length = max(1, text.unicodeScalars.count)
        return ParseError("Unexpected token '\(text)' in expression or statement.", id: "UnexpectedToken",
                          span: span(start, start + length))
    }
}
