// Pipelines, assignments and the expression grammar, from the loosest
// operators (`-and`) down to primaries. The precedence follows
// about_Operator_Precedence: logical < bitwise < comparison < additive <
// multiplicative < `-f` < `..` < `,` < unary (and casts) < postfix.

extension Parser {
    // MARK: - Pipelines and assignments

    mutating func parsePipelineOrAssignment() throws(ParseError) -> Statement {
        skipTrivia(newlines: false)
        let start = position
        var elements: [PipelineElement] = []
        if startsExpression() {
            let expression = try parseExpression()
            skipTrivia(newlines: false)
            if let (op, length) = peekAssignmentOperator() {
                try checkAssignable(expression)
                position += length
                skipTrivia(newlines: true)
                if atValueEnd() {
                    noteCommandExpectedAtEnd()
                    throw error("You must provide a value expression on the right-hand side of the '\(op.symbol)' operator.",
                                id: "ExpectedValueExpression")
                }
                let value = try parseStatement()
                return Statement(.assignment(target: expression, op: op, value: value), span(start))
            }
            let redirections = try parseRedirections()
            elements.append(.expression(expression, redirections: redirections))
        } else {
            if atValueEnd() || peek() == "|" {
                noteCommandExpectedAtEnd()
                if peek() == "|" {
                    throw error("An empty pipe element is not allowed.", id: "EmptyPipeElement")
                }
                throw unexpectedToken()
            }
            elements.append(.command(try parseCommand()))
        }
        var isBackground = false
        while true {
            skipTrivia(newlines: false)
            continuesOnNextLine()
            if (peek() == "&" && peek(1) == "&") || (peek() == "|" && peek(1) == "|") {
                return try parseChain(first: PipelineAst(elements: elements, isBackground: false, span: span(start)), start: start)
            }
            if peek() == "|", peek(1) != "|" {
                position += 1
                skipTrivia(newlines: true)
                if atValueEnd() || peek() == "|" {
                    noteCommandExpectedAtEnd()
                    throw error("An empty pipe element is not allowed.", id: "EmptyPipeElement")
                }
                if startsExpression() {
                    throw error("Expressions are only allowed as the first element of a pipeline.",
                                id: "ExpressionsMustBeFirstInPipeline")
                }
                elements.append(.command(try parseCommand()))
                continue
            }
            if peek() == "&", peek(1) != "&" {
                position += 1
                isBackground = true
                skipTrivia(newlines: false)
                if peek() == "&" && peek(1) == "&" || peek() == "|" && peek(1) == "|" {
                    throw error("Background operators can only be used at the end of a pipeline chain.",
                                id: "BackgroundOperatorInPipelineChain")
                }
            }
            break
        }
        let pipeline = PipelineAst(elements: elements, isBackground: isBackground, span: span(start))
        return Statement(.pipeline(pipeline), span(start))
    }

    /// A line that starts with `|` continues the pipeline before it (pwsh 7),
    /// across comment lines but not blank ones: moves to that `|`, or stays put.
    mutating func continuesOnNextLine() {
        guard peek() == "\n" || peek() == "\r" else { return }
        let save = position
        while peek() == "\n" || peek() == "\r" {
            if peek() == "\r" { position += 1 }
            if peek() == "\n" { position += 1 }
            while let c = peek(), isBlank(c) { position += 1 }
            if peek() == "|", peek(1) != "|" { return }
            guard peek() == "#" || (peek() == "<" && peek(1) == "#") else { break }
            skipTrivia(newlines: false)
        }
        position = save
    }

    /// `first && second || third [&]`.
    mutating func parseChain(first: PipelineAst, start: Int) throws(ParseError) -> Statement {
        var rest: [(op: ChainOperator, pipeline: PipelineAst)] = []
        var isBackground = false
        while true {
            skipTrivia(newlines: false)
            let op: ChainOperator
            if peek() == "&", peek(1) == "&" { op = .and } else if peek() == "|", peek(1) == "|" { op = .or } else { break }
            position += 2
            skipTrivia(newlines: true)
            if atValueEnd() || peek() == "|" {
                noteCommandExpectedAtEnd()
                throw error("Missing expression after '\(op == .and ? "&&" : "||")' in pipeline chain.", id: "MissingExpression")
            }
            let next = try parsePipelineOrAssignment()
            switch next.kind {
            case .pipeline(let pipeline):
                if pipeline.isBackground {
                    // `a && b &`: the background operator takes the whole chain.
                    rest.append((op, PipelineAst(elements: pipeline.elements, isBackground: false, span: pipeline.span)))
                    isBackground = true
                } else {
                    rest.append((op, pipeline))
                }
            case .pipelineChain(let nextFirst, let nextRest, let background):
                rest.append((op, nextFirst))
                rest.append(contentsOf: nextRest)
                isBackground = background
            default:
                throw ParseError("An assignment cannot be part of a pipeline chain.", id: "InvalidPipelineChainStatement",
                                 span: next.span)
            }
            if isBackground { break }
        }
        return Statement(.pipelineChain(first: first, rest: rest, isBackground: isBackground), span(start))
    }

    func peekAssignmentOperator() -> (AssignmentOperator, Int)? {
        guard let c = peek() else { return nil }
        if c == "=" { return peek(1) == "=" ? nil : (.assign, 1) }
        if c == "?", peek(1) == "?", peek(2) == "=" { return (.coalesce, 3) }
        guard peek(1) == "=" else { return nil }
        switch c {
        case "+": return (.add, 2)
        case "-": return (.subtract, 2)
        case "*": return (.multiply, 2)
        case "/": return (.divide, 2)
        case "%": return (.remainder, 2)
        default: return nil
        }
    }

    /// The expression a statement is, when it is nothing else.
    static func loneExpression(_ statement: Statement) -> Expression? {
        guard case .pipeline(let pipeline) = statement.kind, pipeline.elements.count == 1,
              case .expression(let inner, let redirections) = pipeline.elements[0], redirections.isEmpty else { return nil }
        return inner
    }

    static func isItem(_ name: Expression) -> Bool {
        if case .string(let member) = name.kind { return member.lowercased() == "item" }
        return false
    }

    func checkAssignable(_ expression: Expression) throws(ParseError) {
        switch expression.kind {
        case .variable, .member, .index:
            return
        case .convert(_, let inner):
            try checkAssignable(inner)
        case .arrayLiteral(let items):
            for item in items { try checkAssignable(item) }
        case .parenthesized(let statement) where Self.loneExpression(statement) != nil:
            // `($a, $b) = 1, 2`
            try checkAssignable(Self.loneExpression(statement)!)
        case .invokeMember(_, let name, let arguments, false) where arguments.count == 1 && Self.isItem(name):
            // `$h.Item('k') = 1`: the parameterized property.
            return
        default:
            throw ParseError(
                "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
                id: "InvalidLeftHandSide", span: expression.span)
        }
    }

    /// Whether the text here begins an expression rather than a command.
    func startsExpression() -> Bool {
        guard let c = peek() else { return false }
        switch c {
        case "$", "'", "\"", "(", "{", "[", "!", ",", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}":
            return true
        case "@":
            guard let next = peek(1) else { return false }
            return next == "(" || next == "{" || next == "'" || next == "\""
        case "+":
            return peek(1) == "+" || (peek(1).map { isDigit($0) || $0 == "$" } ?? false)
        case "-":
            guard let next = peek(1) else { return false }
            if isDigit(next) || next == "$" || next == "(" || next == "-" || next == "[" { return true }
            if next == "." , let d = peek(2), isDigit(d) { return true }
            if let name = peekDashWord() { return ["not", "bnot", "split", "join"].contains(name) }
            return false
        case ".":
            return peek(1).map(isDigit) ?? false
        default:
            if isDigit(c) { return scanNumber(commandMode: false) != nil }
            return false
        }
    }

    /// The letters after a `-` here, lower-cased, if any.
    func peekDashWord() -> String? {
        guard peek() == "-", let first = peek(1), isLetter(first) else { return nil }
        var index = position + 1
        var word = String.UnicodeScalarView()
        while index < chars.count, isIdentifierChar(chars[index]) {
            word.append(chars[index])
            index += 1
        }
        return String(word).lowercased()
    }

    // MARK: - Binary operators

    mutating func parseExpression() throws(ParseError) -> Expression {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth {
            throw error("The script is nested too deeply to be parsed.", id: "ScriptTooComplicated")
        }
        let condition = try parseBinary(level: 0)
        // `condition ? ifTrue : ifFalse` (`??`, `?.` and `?[` are other operators).
        let save = position
        skipTrivia(newlines: false)
        guard peek() == "?", peek(1) != "?", peek(1) != ".", peek(1) != "[" else {
            position = save
            return condition
        }
        let questionMark = position
        position += 1
        skipTrivia(newlines: true)
        guard startsExpression() else { throw missingOperand(after: "?", at: questionMark) }
        let ifTrue = try parseExpression()
        skipTrivia(newlines: true)
        guard peek() == ":", peek(1) != ":" else {
            throw ParseError("Missing ':' in the ternary expression.", id: "MissingColonInTernaryExpression",
                             span: span(position, min(position + 1, chars.count)), incomplete: position >= chars.count)
        }
        let colon = position
        position += 1
        skipTrivia(newlines: true)
        guard startsExpression() else { throw missingOperand(after: ":", at: colon) }
        let ifFalse = try parseExpression()
        return Expression(.ternary(condition: condition, ifTrue: ifTrue, ifFalse: ifFalse), condition.span.to(ifFalse.span))
    }

    static let logicalOperators: [String: BinaryOperator] = ["and": .and, "or": .or, "xor": .xor]
    static let bitwiseOperators: [String: BinaryOperator] = ["band": .band, "bor": .bor, "bxor": .bxor, "shl": .shl, "shr": .shr]

    static func comparisonOperator(_ name: String) -> BinaryOperator? {
        switch name {
        case "is": return .typeIs
        case "isnot": return .typeIsNot
        case "as": return .typeAs
        case "join": return .join
        default: break
        }
        func plain(_ name: String, caseSensitive: Bool) -> BinaryOperator? {
            if let op = ComparisonOperator(rawValue: name) { return .compare(op, caseSensitive: caseSensitive) }
            if name == "replace" { return .replace(caseSensitive: caseSensitive) }
            if name == "split" { return .split(caseSensitive: caseSensitive) }
            return nil
        }
        if let op = plain(name, caseSensitive: false) { return op }
        if name.hasPrefix("c"), let op = plain(String(name.dropFirst()), caseSensitive: true) { return op }
        if name.hasPrefix("i"), let op = plain(String(name.dropFirst()), caseSensitive: false) { return op }
        return nil
    }

    /// Reads the binary operator of a precedence level here, if there is one.
    mutating func readBinaryOperator(level: Int) -> (BinaryOperator, String)? {
        guard let c = peek() else { return nil }
        if c == "-", let word = peekDashWord() {
            let op: BinaryOperator?
            switch level {
            case 0: op = Parser.logicalOperators[word]
            case 1: op = Parser.bitwiseOperators[word]
            case 2: op = Parser.comparisonOperator(word)
            case 6: op = word == "f" ? .format : nil
            default: op = nil
            }
            guard let op else { return nil }
            position += 1 + word.unicodeScalars.count
            return (op, "-" + word)
        }
        switch level {
        case 3:
            if c == "?", peek(1) == "?", peek(2) != "=" { position += 2; return (.coalesce, "??") }
        case 4:
            if c == "+", peek(1) != "=", peek(1) != "+" { position += 1; return (.add, "+") }
            if c == "-", peek(1) != "=", peek(1) != "-" {
                if let next = peek(1), isLetter(next) { return nil }
                position += 1
                return (.subtract, "-")
            }
        case 5:
            if c == "*", peek(1) != "=", peek(1) != ">" { position += 1; return (.multiply, "*") }
            if c == "/", peek(1) != "=" { position += 1; return (.divide, "/") }
            if c == "%", peek(1) != "=" { position += 1; return (.remainder, "%") }
        case 7:
            if c == ".", peek(1) == ".", peek(2) != "." { position += 2; return (.range, "..") }
        default:
            break
        }
        return nil
    }

    /// Levels: 0 logical, 1 bitwise, 2 comparison, 3 null-coalescing
    /// (`??`, as pwsh ranks it: below `+`, above `-eq`), 4 additive,
    /// 5 multiplicative, 6 format, 7 range, then the comma list.
    mutating func parseBinary(level: Int) throws(ParseError) -> Expression {
        if level > 7 { return try parseCommaList() }
        var left = try parseBinary(level: level + 1)
        while true {
            let save = position
            skipTrivia(newlines: false)
            let operatorStart = position
            guard let (op, symbol) = readBinaryOperator(level: level) else {
                position = save
                return left
            }
            skipTrivia(newlines: true)
            guard startsExpression() || (level == 2 && peek() == "[") else {
                throw missingOperand(after: symbol, at: operatorStart)
            }
            let right = try parseBinary(level: level + 1)
            left = Expression(.binary(op, left, right), left.span.to(right.span))
        }
    }

    /// An operator with no operand after it, pointing at the operator. At
    /// the end of the text the input is incomplete: the REPL reads on.
    func missingOperand(after symbol: String, at operatorStart: Int) -> ParseError {
        ParseError("You must provide a value expression following the '\(symbol)' operator.", id: "ExpectedValueExpression",
                   span: span(operatorStart, operatorStart + symbol.unicodeScalars.count), incomplete: position >= chars.count)
    }

    mutating func parseCommaList() throws(ParseError) -> Expression {
        let first = try parseUnary()
        guard commaAllowed else { return first }
        return try parseCommaSeparated(first: first, element: { (parser: inout Parser) throws(ParseError) in try parser.parseUnary() },
                                       canContinue: { $0.startsExpression() },
                                       missing: "Missing expression after ','.", id: "MissingExpressionAfterToken")
    }

    // MARK: - Unary

    mutating func parseUnary() throws(ParseError) -> Expression {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth {
            throw error("The script is nested too deeply to be parsed.", id: "ScriptTooComplicated")
        }
        let start = position
        guard let c = peek() else { throw error("An expression was expected.", id: "ExpectedExpression") }
        func operand(_ symbol: String) throws(ParseError) -> Expression {
            skipTrivia(newlines: false)
            guard startsExpression() else {
                throw error("Missing expression after unary operator '\(symbol)'.", id: "MissingExpressionAfterOperator")
            }
            return try parseUnary()
        }
        switch c {
        case "!":
            position += 1
            let value = try operand("!")
            return Expression(.unary(.not, value), span(start))
        case ",":
            position += 1
            let value = try operand(",")
            return Expression(.unary(.comma, value), span(start))
        case "+", "-":
            if peek(1) == c {
                position += 2
                let value = try operand(c == "+" ? "++" : "--")
                try checkAssignable(value)
                return Expression(.increment(value, delta: c == "+" ? 1 : -1, prefix: true), span(start))
            }
            if c == "-", let word = peekDashWord() {
                let op: UnaryOperator
                switch word {
                case "not": op = .not
                case "bnot": op = .bnot
                case "split": op = .split
                case "join": op = .join
                default: throw unexpectedToken()
                }
                position += 1 + word.unicodeScalars.count
                let value = try operand("-" + word)
                return Expression(.unary(op, value), span(start))
            }
            position += 1
            let value = try operand(String(c))
            if c == "-" {
                if case .integer(let n) = value.kind { return Expression(.integer(-n), span(start)) }
                if case .double(let d) = value.kind { return Expression(.double(-d), span(start)) }
            }
            return Expression(.unary(c == "-" ? .negate : .plus, value), span(start))
        case "[":
            let type = try parseTypeName()
            if peek() == "." || (peek() == ":" && peek(1) == ":") {
                return try parsePostfix(Expression(.typeLiteral(type), type.span))
            }
            let save = position
            skipTrivia(newlines: false)
            if startsExpression(), peek() != ",", !(peek() == "-" && peekDashWord().map { !["not", "bnot", "split", "join"].contains($0) } ?? false) {
                let value = try parseUnary()
                if type.name.lowercased() == "ordered" {
                    guard case .hashtable(let entries, _) = value.kind else {
                        throw ParseError("The ordered attribute can be specified only on a hash literal node.",
                                         id: "OrderedAttributeOnlyOnHashLiteralNode", span: type.span)
                    }
                    return Expression(.hashtable(entries, ordered: true), span(start))
                }
                return Expression(.convert(type, value), span(start))
            }
            position = save
            return Expression(.typeLiteral(type), type.span)
        default:
            return try parsePostfix(try parsePrimary())
        }
    }

    /// Parses `[type]` starting at the bracket.
    mutating func parseTypeName() throws(ParseError) -> TypeName {
        let start = position
        position += 1
        skipTrivia(newlines: false)
        let nameToken = openToken(.typeName, at: position)
        var nesting = 0
        var name = String.UnicodeScalarView()
        while let c = peek() {
            if c == "[" { nesting += 1 }
            else if c == "]" {
                if nesting == 0 { break }
                nesting -= 1
            } else if !(isIdentifierChar(c) || c == "." || c == "," || c == " " || c == "`" || c == "+") {
                break
            }
            name.append(c)
            position += 1
        }
        closeToken(nameToken)
        let text = String(name).trimmingBlanks()
        guard peek() == "]", let first = text.unicodeScalars.first, isIdentifierStart(first) else {
            if text.isEmpty, peek() != nil {
                position = start
                throw error("Missing type name after '['.", id: "MissingTypename")
            }
            throw error("Missing ']' at end of attribute or type literal.", id: "EndSquareBracketExpectedAtEndOfAttribute")
        }
        position += 1
        return TypeName(name: text, span: span(start))
    }

    // MARK: - Primaries

    mutating func parsePrimary() throws(ParseError) -> Expression {
        let start = position
        guard let c = peek() else { throw error("An expression was expected.", id: "ExpectedExpression") }
        switch c {
        case "$":
            if peek(1) == "(" { return Expression(.subexpression(try parseSubexpressionBody()), span(start)) }
            return try parseVariable()
        case "@":
            if peek(1) == "(" { return Expression(.arraySubexpression(try parseSubexpressionBody()), span(start)) }
            if peek(1) == "{" { return try parseHashtable() }
            if peek(1) == "'" || peek(1) == "\"" { return try parseHereString() }
            throw unexpectedToken()
        case "(":
            position += 1
            let saved = commaAllowed
            commaAllowed = true
            defer { commaAllowed = saved }
            skipTrivia(newlines: true)
            if peek() == ")" {
                throw error("An expression was expected after '('.", id: "ExpectedExpression")
            }
            let inner = try parseStatement()
            skipTrivia(newlines: true)
            guard peek() == ")" else {
                if position >= chars.count {
                    throw ParseError("Missing closing ')' in expression.", id: "MissingEndParenthesisInExpression",
                                     span: span(start, start + 1), incomplete: true)
                }
                throw unexpectedToken()
            }
            position += 1
            return Expression(.parenthesized(inner), span(start))
        case "{":
            let block = try parseScriptBlockLiteral()
            return Expression(.scriptBlock(block), block.span)
        case "'", "\"", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}":
            return try parseStringLiteral()
        default:
            if let (kind, end) = scanNumber(commandMode: false) {
                position = end
                return Expression(kind, span(start))
            }
            throw unexpectedToken()
        }
    }

    /// `$( ... )` or `@( ... )`, starting at the `$` or `@`.
    mutating func parseSubexpressionBody() throws(ParseError) -> StatementBlock {
        let start = position
        position += 2
        let statements = try parseStatementList(until: ")")
        guard peek() == ")" else {
            throw ParseError("Missing closing ')' in subexpression.", id: "MissingEndParenthesisInSubexpression",
                             span: span(start, start + 2), incomplete: position >= chars.count)
        }
        position += 1
        return StatementBlock(statements: statements, span: span(start))
    }

    /// `first, second, ...`: one element, or several in an array literal.
    mutating func parseCommaSeparated(first: Expression, element: (inout Parser) throws(ParseError) -> Expression,
                                      canContinue: (Parser) -> Bool, missing: String, id: String) throws(ParseError) -> Expression {
        var items = [first]
        while true {
            let save = position
            skipTrivia(newlines: false)
            guard peek() == "," else {
                position = save
                break
            }
            position += 1
            skipTrivia(newlines: true)
            guard canContinue(self) else { throw error(missing, id: id) }
            items.append(try element(&self))
        }
        if items.count == 1 { return first }
        return Expression(.arrayLiteral(items), first.span.to(items[items.count - 1].span))
    }

}

extension String {
    func trimmingBlanks() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
