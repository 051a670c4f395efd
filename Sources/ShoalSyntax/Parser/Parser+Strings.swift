// String literals: single-quoted, double-quoted with `$var` and `$( )`
// expansion and backtick escapes, and here-strings.

extension Parser {
    static func isSingleQuote(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2018}" || c == "\u{2019}" }
    static func isDoubleQuote(_ c: Unicode.Scalar) -> Bool { c == "\"" || c == "\u{201C}" || c == "\u{201D}" }

    mutating func parseStringLiteral() throws(ParseError) -> Expression {
        let start = position
        guard let open = peek() else { throw error("Missing string.", id: "ExpectedExpression") }
        position += 1
        if Parser.isSingleQuote(open) {
            var text = String.UnicodeScalarView()
            while true {
                guard let c = peek() else {
                    throw ParseError("The string is missing the terminator: '.", id: "TerminatorExpectedAtEndOfString",
                                     span: span(start, start + 1), incomplete: true)
                }
                position += 1
                if Parser.isSingleQuote(c) {
                    if let next = peek(), Parser.isSingleQuote(next) {
                        text.append(next)
                        position += 1
                        continue
                    }
                    break
                }
                text.append(c)
            }
            return Expression(.string(String(text)), span(start))
        }
        var parts: [StringPart] = []
        var text = String.UnicodeScalarView()
        while true {
            guard let c = peek() else {
                throw ParseError("The string is missing the terminator: \".", id: "TerminatorExpectedAtEndOfString",
                                 span: span(start, start + 1), incomplete: true)
            }
            if Parser.isDoubleQuote(c) {
                position += 1
                if let next = peek(), Parser.isDoubleQuote(next) {
                    text.append(next)
                    position += 1
                    continue
                }
                break
            }
            try consumeExpandableCharacter(c, parts: &parts, text: &text)
        }
        return makeStringExpression(parts: parts, text: text, start: start)
    }

    /// One character of an expandable string: an escape, an expansion or itself.
    mutating func consumeExpandableCharacter(_ c: Unicode.Scalar, parts: inout [StringPart],
                                             text: inout String.UnicodeScalarView) throws(ParseError) {
        if c == "`" {
            position += 1
            appendEscape(into: &text)
        } else if c == "$", try parseDollar(into: &parts, text: &text) {
            return
        } else {
            text.append(c)
            position += 1
        }
    }

    func makeStringExpression(parts: [StringPart], text: String.UnicodeScalarView, start: Int) -> Expression {
        var parts = parts
        if parts.isEmpty { return Expression(.string(String(text)), span(start)) }
        if !text.isEmpty { parts.append(.text(String(text))) }
        return Expression(.expandableString(parts), span(start))
    }

    /// After a backtick: appends the escaped character.
    mutating func appendEscape(into text: inout String.UnicodeScalarView) {
        guard let c = peek() else {
            text.append("`")
            return
        }
        position += 1
        switch c {
        case "0": text.append("\0")
        case "a": text.append("\u{07}")
        case "b": text.append("\u{08}")
        case "e": text.append("\u{1B}")
        case "f": text.append("\u{0C}")
        case "n": text.append("\n")
        case "r": text.append("\r")
        case "t": text.append("\t")
        case "v": text.append("\u{0B}")
        case "u":
            if peek() == "{" {
                var index = position + 1
                var value: UInt32 = 0
                var digits = 0
                while index < chars.count, let digit = chars[index].properties.numericType != nil
                        ? UInt32(exactly: chars[index].value - 48)
                        : hexLetterValue(chars[index]) {
                    value = value &* 16 &+ digit  // more than 6 digits is rejected below
                    digits += 1
                    index += 1
                }
                if digits > 0, digits <= 6, index < chars.count, chars[index] == "}", let scalar = Unicode.Scalar(value) {
                    text.append(scalar)
                    position = index + 1
                    return
                }
            }
            text.append("u")
        default:
            text.append(c)
        }
    }

    func hexLetterValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "a"..."f": return c.value - 87
        case "A"..."F": return c.value - 55
        default: return nil
        }
    }

    static let variableQualifiers: [String: VariableReference.Qualifier] = [
        "local": .local, "script": .script, "global": .global, "private": .private, "env": .env,
        "using": .using, "variable": .variable, "function": .function, "alias": .alias,
    ]

    /// At a `$` inside a string or bareword: adds a variable or subexpression
    /// part and returns true, or returns false when the `$` is literal.
    mutating func parseDollar(into parts: inout [StringPart], text: inout String.UnicodeScalarView) throws(ParseError) -> Bool {
        let start = position
        guard let next = peek(1) else { return false }
        if next == "(" {
            let block = try parseSubexpressionBody()
            flush(&text, into: &parts)
            parts.append(.subexpression(block, span(start)))
            return true
        }
        if next == "{" || isIdentifierChar(next) || next == "?" || next == "$" || next == "^" {
            let variable = try parseVariable()
            guard case .variable(let reference) = variable.kind else { return false }
            flush(&text, into: &parts)
            parts.append(.variable(reference, variable.span))
            return true
        }
        return false
    }

    func flush(_ text: inout String.UnicodeScalarView, into parts: inout [StringPart]) {
        if !text.isEmpty {
            parts.append(.text(String(text)))
            text = String.UnicodeScalarView()
        }
    }

    /// Parses `$name`, `$scope:name`, `${any name}`, `$_`, `$?`, `$$`, `$^`.
    mutating func parseVariable() throws(ParseError) -> Expression {
        let token = openToken(.variable, at: position)
        let variable = try parseVariableReference()
        closeToken(token)
        return variable
    }

    mutating func parseVariableReference() throws(ParseError) -> Expression {
        let start = position
        position += 1
        guard let c = peek() else {
            throw ParseError("Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
                             id: "InvalidVariableReference", span: span(start, start + 1))
        }
        var name: String
        if c == "{" {
            position += 1
            var scalars = String.UnicodeScalarView()
            while let d = peek(), d != "}" {
                if d == "`", let escaped = peek(1) { scalars.append(escaped); position += 2; continue }
                scalars.append(d)
                position += 1
            }
            guard peek() == "}" else {
                throw ParseError("Missing '}' at the end of the variable name.", id: "MissingEndCurlyBrace",
                                 span: span(start, start + 2), incomplete: true)
            }
            position += 1
            name = String(scalars)
        } else if c == "?" || c == "$" || c == "^" {
            position += 1
            name = String(c)
        } else if isIdentifierChar(c) {
            name = readVariableName()
            // `$name:` must go on with a name (`$env:HOME`) or be `::` (a
            // static member): pwsh reads `"$status: ok"` as the empty
            // variable of drive `status` and refuses it.
            if peek() == ":", peek(1) != ":", !(peek(1).map { isIdentifierChar($0) || $0 == "?" } ?? false) {
                throw ParseError("Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
                                 id: "InvalidVariableReferenceWithDrive", span: span(start, position + 1))
            }
            if peek() == ":", let after = peek(1), isIdentifierChar(after) {
                let qualifierName = name.lowercased()
                if let qualifier = Parser.variableQualifiers[qualifierName] {
                    position += 1
                    var rest = readVariableName()
                    // `$using:function:Log`, `$using:env:HOME`: a drive-qualified name.
                    if qualifier == .using, peek() == ":", let after = peek(1), isIdentifierChar(after),
                       let inner = Parser.variableQualifiers[rest.lowercased()], inner == .function || inner == .env || inner == .variable {
                        position += 1
                        rest += ":" + readIdentifier()
                    }
                    return Expression(.variable(VariableReference(name: rest, qualifier: qualifier)), span(start))
                }
                // `$cache:x`: an item of another drive.
                position += 1
                let item = readVariableName()
                return Expression(.variable(VariableReference(name: name + ":" + item, qualifier: .drive)), span(start))
            }
        } else {
            throw ParseError("Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
                             id: "InvalidVariableReference", span: span(start, start + 1))
        }
        if let colon = name.firstIndex(of: ":"), let qualifier = Parser.variableQualifiers[name[..<colon].lowercased()] {
            let rest = String(name[name.index(after: colon)...])
            return Expression(.variable(VariableReference(name: rest, qualifier: qualifier)), span(start))
        }
        return Expression(.variable(VariableReference(name: name, qualifier: .none)), span(start))
    }

    /// `@' ... '@` and `@" ... "@`; the opening quote must end its line and
    /// the closing one must start a line.
    mutating func parseHereString() throws(ParseError) -> Expression {
        let start = position
        let quote = chars[position + 1]
        let expandable = quote == "\""
        position += 2
        skipBlanksOnly()
        if peek() == "\r" { position += 1 }
        guard peek() == "\n" else {
            throw error("No characters are allowed after a here-string header but before the end of the line.",
                        id: "UnexpectedCharactersAfterHereStringHeader")
        }
        position += 1
        var parts: [StringPart] = []
        var text = String.UnicodeScalarView()
        var atLineStart = true
        while true {
            guard let c = peek() else {
                throw ParseError("The string is missing the terminator: \(quote)@.", id: "TerminatorExpectedAtEndOfString",
                                 span: span(start, start + 2), incomplete: true)
            }
            if atLineStart, c == quote, peek(1) == "@" {
                position += 2
                break
            }
            if c == "\n" {
                atLineStart = true
                let nextIsEnd = peek(1) == quote && peek(2) == "@"
                if !nextIsEnd { text.append(c) }
                else if text.last == "\r" { text.removeLast() }
                position += 1
                continue
            }
            atLineStart = false
            if expandable {
                try consumeExpandableCharacter(c, parts: &parts, text: &text)
            } else {
                text.append(c)
                position += 1
            }
        }
        return makeStringExpression(parts: parts, text: text, start: start)
    }

    mutating func skipBlanksOnly() {
        while let c = peek(), isBlank(c) { position += 1 }
    }
}
