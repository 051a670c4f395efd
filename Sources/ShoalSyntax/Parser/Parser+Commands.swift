// Command mode: a command name, its parameters (`-Name`, `-Name:value`),
// its arguments (barewords are strings, `$x/file` expands) and
// redirections.

extension Parser {
    mutating func parseCommand() throws(ParseError) -> CommandAst {
        let start = position
        var invocation = CommandAst.InvocationOperator.none
        let name: Expression
        let nameToken: Int?
        if peek() == "&", peek(1) != "&" {
            invocation = .call
            position += 1
            skipTrivia(newlines: false)
            if atCommandEnd() {
                throw error("Missing expression after '&' in pipeline element.", id: "MissingExpression")
            }
            nameToken = openToken(.commandName, at: position)
            name = try parseCommandPrimary()
        } else if peek() == ".", let next = peek(1), isBlank(next) {
            invocation = .dotSource
            position += 1
            skipTrivia(newlines: false)
            if atCommandEnd() {
                throw error("Missing expression after '.' in pipeline element.", id: "MissingExpression")
            }
            nameToken = openToken(.commandName, at: position)
            name = try parseCommandPrimary()
        } else {
            let nameStart = position
            nameToken = openToken(.commandName, at: nameStart)
            let word = readGenericToken()
            if word.isEmpty { throw unexpectedToken() }
            name = Expression(.string(word), span(nameStart))
        }
        closeToken(nameToken)
        let (arguments, redirections) = try inCommand(nameToken) { (parser: inout Parser) throws(ParseError) in
            try parser.parseCommandElements(command: nameToken)
        }
        return CommandAst(invocation: invocation, name: name, arguments: arguments, redirections: redirections,
                          span: span(start))
    }

    /// A command's parameters, arguments and redirections, after its name.
    mutating func parseCommandElements(command: Int?) throws(ParseError) -> ([CommandArgument], [Redirection]) {
        var arguments: [CommandArgument] = []
        var redirections: [Redirection] = []
        while true {
            skipTrivia(newlines: false)
            if atCommandEnd() {
                noteCommandOpenAtEnd(command)
                break
            }
            if let redirection = try parseRedirection() {
                redirections.append(redirection)
                continue
            }
            if peek() == "-", peek(1) == "-", peek(2) == "%", peek(3).map({ isBlank($0) || $0 == "\n" || $0 == "\r" }) ?? true {
                let verbatimStart = position
                position += 3
                arguments.append(.verbatim(readVerbatimArguments(), span: span(verbatimStart)))
                continue
            }
            if peek() == "-", let next = peek(1), isLetter(next) || next == "_" || next == "?" {
                let parameterStart = position
                let parameterToken = openToken(.parameter, at: parameterStart)
                position += 1
                var parameterName = String.UnicodeScalarView()
                while let c = peek(), !endsGenericToken(c), c != ":" {
                    parameterName.append(c)
                    position += 1
                }
                closeToken(parameterToken)
                if peek() == ":", let after = peek(1), after != ":" {
                    position += 1
                    skipTrivia(newlines: false)
                    let value = try parseRecordedArgument()
                    arguments.append(.parameter(name: String(parameterName), value: value, span: span(parameterStart)))
                } else {
                    arguments.append(.parameter(name: String(parameterName), value: nil, span: span(parameterStart)))
                }
                continue
            }
            arguments.append(.value(try parseRecordedArgument()))
        }
        return (arguments, redirections)
    }

    /// An argument of the command being parsed, recorded as one token.
    mutating func parseRecordedArgument() throws(ParseError) -> Expression {
        let token = openToken(.argument, at: position)
        let value = try parseCommandArgument()
        closeToken(token)
        return value
    }

    /// The rest of the line after `--%`, up to an unquoted `|` or `&&`;
    /// quotes stay in the text.
    mutating func readVerbatimArguments() -> String {
        skipBlanksOnly()
        var text = String.UnicodeScalarView()
        var quoted = false
        while let c = peek(), c != "\n", c != "\r" {
            if c == "\"" { quoted.toggle() }
            if !quoted, c == "|" || (c == "&" && peek(1) == "&") { break }
            text.append(c)
            position += 1
        }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }

    func atCommandEnd() -> Bool {
        guard let c = peek() else { return true }
        if c == "&" { return true }
        if c == "|" { return true }
        return c == "\n" || c == "\r" || c == ";" || c == ")" || c == "}"
    }

    /// An argument: one value, or several joined by commas into an array.
    mutating func parseCommandArgument() throws(ParseError) -> Expression {
        let first = try parseCommandPrimary()
        return try parseCommaSeparated(first: first,
                                       element: { (parser: inout Parser) throws(ParseError) in try parser.parseCommandPrimary() },
                                       canContinue: { !$0.atCommandEnd() },
                                       missing: "Missing argument in parameter list.", id: "MissingArgument")
    }

    /// One value in command mode: a variable, string, number, bracketed
    /// expression, script block or bareword.
    mutating func parseCommandPrimary(asSwitchCondition: Bool = false) throws(ParseError) -> Expression {
        let start = position
        guard let c = peek() else { throw error("Missing argument.", id: "MissingArgument") }
        switch c {
        case "$", "(", "'", "\"", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}":
            let value = try parsePostfix(try parsePrimary(), inArgument: true)
            if let next = peek(), !endsGenericToken(next), c == "$" {
                position = start
                return try parseExpandableBareword()
            }
            return value
        case "{":
            // `-Action { ... }.GetNewClosure()`: members may follow directly.
            let block = try parseScriptBlockLiteral()
            return try parsePostfix(Expression(.scriptBlock(block), block.span), inArgument: true)
        case "@":
            if let next = peek(1) {
                if next == "(" || next == "{" || next == "'" || next == "\"" {
                    return try parsePostfix(try parsePrimary(), inArgument: true)
                }
                if isIdentifierStart(next) {
                    position += 1
                    let name = readIdentifier()
                    return Expression(.splat(VariableReference(name: name, qualifier: .none)), span(start))
                }
            }
        case "-":
            if let next = peek(1), isDigit(next) || next == "." {
                position += 1
                if let (kind, end) = scanNumber(commandMode: true) {
                    position = end
                    switch kind {
                    case .integer(let n): return Expression(.integer(-n), span(start))
                    case .double(let d): return Expression(.double(-d), span(start))
                    case .convert(let type, let digits):
                        if case .string(let text) = digits.kind {
                            return Expression(.convert(type, Expression(.string("-" + text), digits.span)), span(start))
                        }
                    default: break
                    }
                }
                position = start
            }
        default:
            if let (kind, end) = scanNumber(commandMode: true) {
                position = end
                return Expression(kind, span(start))
            }
        }
        return try parseExpandableBareword()
    }

    /// A bareword, expanded if it holds `$`. Quoted sections inside it are
    /// part of the word, without their quotes, as pwsh's generic tokens:
    /// `a"b c"d` is the one argument `ab cd`.
    mutating func parseExpandableBareword() throws(ParseError) -> Expression {
        let start = position
        var parts: [StringPart] = []
        var text = String.UnicodeScalarView()
        while let c = peek() {
            if position > start, Parser.isSingleQuote(c) || Parser.isDoubleQuote(c) {
                try appendQuotedSection(parts: &parts, text: &text)
                continue
            }
            if endsGenericToken(c) { break }
            if c == "`", peek(1) == nil {
                position += 1
                continuationAtEnd = true
                continue
            }
            if c == "`", let next = peek(1) {
                text.append(next)
                position += 2
            } else if c == "$", try parseDollar(into: &parts, text: &text) {
                continue
            } else {
                text.append(c)
                position += 1
            }
        }
        if position == start {
            throw unexpectedToken()
        }
        if parts.isEmpty { return Expression(.string(String(text)), span(start)) }
        if !text.isEmpty { parts.append(.text(String(text))) }
        return Expression(.expandableString(parts), span(start))
    }

    /// A quoted part of a bareword: single quotes keep their text, double
    /// quotes expand variables and escapes.
    mutating func appendQuotedSection(parts: inout [StringPart], text: inout String.UnicodeScalarView) throws(ParseError) {
        let start = position
        guard let open = peek() else { return }
        let single = Parser.isSingleQuote(open)
        position += 1
        while true {
            guard let c = peek() else {
                throw ParseError("The string is missing the terminator: \(single ? "'" : "\"").",
                                 id: "TerminatorExpectedAtEndOfString", span: span(start, start + 1), incomplete: true)
            }
            let closes = single ? Parser.isSingleQuote(c) : Parser.isDoubleQuote(c)
            if closes {
                position += 1
                // A doubled quote is one quote character.
                if let next = peek(), single ? Parser.isSingleQuote(next) : Parser.isDoubleQuote(next) {
                    text.append(next)
                    position += 1
                    continue
                }
                return
            }
            if single {
                text.append(c)
                position += 1
            } else {
                try consumeExpandableCharacter(c, parts: &parts, text: &text)
            }
        }
    }

    mutating func parseRedirections() throws(ParseError) -> [Redirection] {
        var redirections: [Redirection] = []
        while true {
            skipTrivia(newlines: false)
            guard let redirection = try parseRedirection() else { return redirections }
            redirections.append(redirection)
        }
    }

    /// `>`, `>>`, `2>`, `2>&1`, `*>`, `*>&1`, or nil if none starts here.
    mutating func parseRedirection() throws(ParseError) -> Redirection? {
        let start = position
        guard let c = peek() else { return nil }
        var stream = 1
        if c == ">" {
            stream = 1
        } else if (c == "*" || (c >= "1" && c <= "6")), peek(1) == ">" {
            stream = c == "*" ? 0 : Int(c.value - 48)
            position += 1
        } else {
            return nil
        }
        position += 1
        var append = false
        if peek() == ">" {
            append = true
            position += 1
        }
        if peek() == "&" {
            guard peek(1) == "1", !append else {
                throw error("The '&' operator is reserved for future use.", id: "AmpersandNotAllowed")
            }
            position += 2
            return Redirection(stream: stream, target: .mergeIntoOutput, span: span(start))
        }
        skipTrivia(newlines: false)
        if atCommandEnd() {
            throw error("Missing file specification after redirection operator.", id: "MissingFileSpecification")
        }
        let target = try parseCommandPrimary()
        return Redirection(stream: stream, target: .file(target, append: append), span: span(start))
    }
}
