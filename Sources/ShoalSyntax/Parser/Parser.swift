// The recursive-descent parser. PowerShell's tokens depend on where they
// appear (`-Name` is a parameter in a command and an operator in an
// expression), so the parser reads characters directly and decides the
// mode itself instead of consuming a context-free token stream. This file
// holds the entry points, state and statement parsing; the expression,
// command, string and parameter grammars are in extensions beside it.

/// Turns source text into a `ScriptBlockAst`.
public struct Parser {
    let file: SourceFile
    let chars: [Unicode.Scalar]
    var position = 0
    var depth = 0
    /// False inside method-call and param-default lists, where ',' separates.
    var commaAllowed = true
    /// A backtick ended the text: the line continues on one not typed yet.
    var continuationAtEnd = false
    /// Set when the parser keeps its tokens (`tokens(of:)`, for completion).
    var recorder: TokenRecorder?
    static let maximumDepth = 200

    /// Parses a whole script (a file, `-c` text or a REPL line).
    public static func parseScript(_ file: SourceFile) throws(ParseError) -> ScriptBlockAst {
        var parser = Parser(file: file)
        return try parser.parseScriptBody()
    }

    /// Parses the script that starts `offset` scalars into the file: the
    /// text before it (where a job's script block sat in its file) is only
    /// there so that positions are counted as in that file.
    public static func parseScript(_ file: SourceFile, startingAt offset: Int) throws(ParseError) -> ScriptBlockAst {
        var parser = Parser(file: file)
        parser.position = min(max(0, offset), file.scalars.count)
        return try parser.parseScriptBody()
    }

    init(file: SourceFile) {
        self.file = file
        self.chars = file.scalars
    }

    // MARK: - Script blocks

    mutating func parseScriptBody() throws(ParseError) -> ScriptBlockAst {
        let start = position
        let body = try parseScriptBlockContents(start: start, closing: nil, paramBlock: nil)
        skipTrivia(newlines: true)
        if position < chars.count {
            throw unexpectedToken()
        }
        if continuationAtEnd {
            throw ParseError("Missing the line after the line continuation character '`'.", id: "MissingLineAfterContinuation",
                             span: span(chars.count - 1, chars.count), incomplete: true)
        }
        return body(true)
    }

    /// Parses `{ ... }` starting at the brace.
    mutating func parseScriptBlockLiteral(isNamedBody: Bool = false, paramBlock: ParamBlockAst? = nil)
        throws(ParseError) -> ScriptBlockAst {
        let start = position
        try expect("{", message: "Missing opening '{' of script block.", id: "MissingOpenBraceInScriptBlock")
        let make = try parseScriptBlockContents(start: start, closing: "}", paramBlock: paramBlock)
        return make(isNamedBody)
    }

    /// Parses an optional param block and either named blocks or a statement
    /// list, up to `closing` (consumed) or the end of input.
    mutating func parseScriptBlockContents(start: Int, closing: Unicode.Scalar?, paramBlock: ParamBlockAst?)
        throws(ParseError) -> (Bool) -> ScriptBlockAst
    {
        var paramBlock = paramBlock
        // `function f([Parameter()] $a) {}` is as advanced as the same param block in the body.
        var isAdvanced = paramBlock.map(Self.declaresParameterAttribute) ?? false
        skipTrivia(newlines: true)
        if paramBlock == nil, let (block, advanced) = try parseParamBlockIfPresent() {
            paramBlock = block
            isAdvanced = advanced
        }
        var begin: StatementBlock?
        var process: StatementBlock?
        var end: StatementBlock?
        var clean: StatementBlock?
        skipTrivia(newlines: true)
        if peekNamedBlockKeyword() != nil {
            while true {
                skipTrivia(newlines: true)
                if let closing, peek() == closing { break }
                if position >= chars.count { break }
                guard let keyword = peekNamedBlockKeyword() else { throw unexpectedToken() }
                position += keyword.count
                skipTrivia(newlines: true)
                let blockStart = position
                try expect("{", message: "Missing opening '{' of the \(keyword) block.", id: "MissingNamedStatementBlock")
                let statements = try parseStatementList(until: "}")
                guard peek() == "}" else { throw missingClosingBrace(openedAt: blockStart) }
                position += 1
                let block = StatementBlock(statements: statements, span: span(blockStart))
                switch keyword {
                case "begin": begin = block
                case "process": process = block
                case "clean": clean = block
                default: end = block
                }
            }
        } else {
            let statements = try parseStatementList(until: closing)
            end = StatementBlock(statements: statements, span: span(start))
        }
        if let closing {
            guard peek() == closing else {
                throw missingClosingBrace(openedAt: start)
            }
            position += 1
        }
        let fullSpan = span(start)
        let finalBegin = begin, finalProcess = process, finalEnd = end, finalParams = paramBlock, finalClean = clean
        let advanced = isAdvanced
        return { isNamed in
            ScriptBlockAst(paramBlock: finalParams, beginBlock: finalBegin, processBlock: finalProcess,
                           endBlock: finalEnd, isAdvanced: advanced, span: fullSpan,
                           isNamedBody: isNamed, cleanBlock: finalClean)
        }
    }

    mutating func peekNamedBlockKeyword() -> String? {
        for keyword in ["begin", "process", "end", "clean"] where peekKeyword(keyword) {
            let save = position
            position += keyword.count
            skipTrivia(newlines: true)
            let isBlock = peek() == "{"
            position = save
            if isBlock { return keyword }
        }
        return nil
    }

    // MARK: - Statement lists

    /// Parses statements until `closing` (not consumed) or the end of input.
    mutating func parseStatementList(until closing: Unicode.Scalar?) throws(ParseError) -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipTrivia(newlines: true)
            while peek() == ";" {
                position += 1
                skipTrivia(newlines: true)
            }
            if position >= chars.count {
                noteCommandExpectedAtEnd()
                return statements
            }
            if let closing, peek() == closing { return statements }
            if closing == nil, let c = peek(), c == "}" || c == ")" {
                throw unexpectedToken()
            }
            let statement = try parseStatement()
            statements.append(statement)
            skipTrivia(newlines: false)
            guard let next = peek() else { return statements }
            // `cmd & next`: the background operator also ends its statement.
            if statement.endsWithBackgroundOperator { continue }
            // A statement that ends with its own block (`if (…) {…}`, `trap {…}`)
            // needs no separator before the next one, as in pwsh.
            if statement.endsWithStatementBlock { continue }
            if next == "\n" || next == ";" || next == "\r" { continue }
            if let closing, next == closing { return statements }
            throw unexpectedToken()
        }
    }

    /// Parses `{ statements }` starting at the brace.
    mutating func parseStatementBlock(after context: String) throws(ParseError) -> StatementBlock {
        skipTrivia(newlines: true)
        let start = position
        guard peek() == "{" else {
            throw error("Missing statement block after \(context).", id: "MissingStatementBlock")
        }
        position += 1
        let statements = try parseStatementList(until: "}")
        guard peek() == "}" else { throw missingClosingBrace(openedAt: start) }
        position += 1
        return StatementBlock(statements: statements, span: span(start))
    }

    // MARK: - Statements

    mutating func parseStatement() throws(ParseError) -> Statement {
        depth += 1
        let savedComma = commaAllowed
        commaAllowed = true
        defer {
            depth -= 1
            commaAllowed = savedComma
        }
        if depth > Parser.maximumDepth {
            throw error("The script is nested too deeply to be parsed.", id: "ScriptTooComplicated")
        }
        skipTrivia(newlines: false)
        let start = position
        var label: String?
        if peek() == ":", let next = peek(1), isIdentifierStart(next) {
            position += 1
            label = readIdentifier()
            skipTrivia(newlines: true)
        }
        if let keyword = peekStatementKeyword() {
            return try parseKeywordStatement(keyword, label: label, start: start)
        }
        if label == nil, let definition = try parseAttributedTypeDefinition(start: start) { return definition }
        if label != nil {
            throw error("A loop label can only precede a loop or switch statement.", id: "UnexpectedLabel")
        }
        return try parsePipelineOrAssignment()
    }

    static let statementKeywords = [
        "if", "while", "for", "foreach", "do", "switch", "function", "filter", "try", "throw",
        "return", "exit", "break", "continue", "trap", "class", "enum", "param", "elseif", "else",
        "catch", "finally", "until", "data", "workflow", "using",
    ]

    mutating func peekStatementKeyword() -> String? {
        guard let c = peek(), isLetter(c) else { return nil }
        for keyword in Parser.statementKeywords where peekKeyword(keyword) {
            return keyword
        }
        return nil
    }

    mutating func parseKeywordStatement(_ keyword: String, label: String?, start: Int) throws(ParseError) -> Statement {
        let keywordStart = position
        position += keyword.count
        switch keyword {
        case "if":
            return try parseIf(start: start)
        case "while":
            let condition = try parseParenthesizedCondition(for: "while")
            let body = try parseStatementBlock(after: "while ( condition )")
            return Statement(.whileLoop(label: label, condition: condition, body: body), span(start))
        case "do":
            let body = try parseStatementBlock(after: "do")
            skipTrivia(newlines: true)
            let isUntil: Bool
            if peekKeyword("while") { isUntil = false; position += 5 }
            else if peekKeyword("until") { isUntil = true; position += 5 }
            else {
                throw error("Missing while or until keyword in do loop.", id: "MissingWhileOrUntilInDoWhile")
            }
            let condition = try parseParenthesizedCondition(for: isUntil ? "until" : "while")
            return Statement(.doLoop(label: label, body: body, condition: condition, isUntil: isUntil), span(start))
        case "for":
            return try parseFor(label: label, start: start)
        case "foreach":
            return try parseForeach(label: label, start: start)
        case "switch":
            return try parseSwitch(label: label, start: start)
        case "function", "filter":
            return try parseFunction(isFilter: keyword == "filter", start: start)
        case "try":
            return try parseTry(start: start)
        case "throw", "return", "exit":
            skipTrivia(newlines: false)
            var value: Statement?
            if !atValueEnd() {
                value = try parsePipelineOrAssignment()
            }
            let kind: StatementKind = keyword == "throw" ? .throwStatement(value)
                : keyword == "return" ? .returnStatement(value) : .exitStatement(value)
            return Statement(kind, span(start))
        case "break", "continue":
            skipTrivia(newlines: false)
            var target: String?
            if let c = peek(), isIdentifierStart(c) {
                target = readIdentifier()
            } else if peek() == ":", let c = peek(1), isIdentifierStart(c) {
                position += 1
                target = readIdentifier()
            }
            return Statement(keyword == "break" ? .breakStatement(label: target) : .continueStatement(label: target), span(start))
        case "param":
            position = keywordStart
            throw error("The param block must be the first thing in a script, function or script block.",
                        id: "ParamBlockNotFirst")
        case "trap":
            skipTrivia(newlines: true)
            let type = peek() == "[" ? try parseTypeName() : nil
            return Statement(.trapStatement(type: type, body: try parseStatementBlock(after: "trap")), span(start))
        case "class", "enum":
            return try parseTypeDefinition(keyword == "class" ? .classType : .enumType, attributes: [], start: start)
        case "using":
            return try parseUsing(start: start)
        case "data":
            return try parseDataSection(start: start)
        case "workflow":
            position = keywordStart
            throw error("The '\(keyword)' statement is not supported by shoal.", id: "UnsupportedStatement",
                        length: keyword.count)
        default:
            position = keywordStart
            throw error("Unexpected token '\(keyword)' in expression or statement.", id: "UnexpectedToken",
                        length: keyword.count)
        }
    }

    mutating func parseParenthesizedCondition(for keyword: String) throws(ParseError) -> Statement {
        skipTrivia(newlines: true)
        guard peek() == "(" else {
            throw error("Missing opening '(' after keyword '\(keyword)'.", id: "MissingOpenParenthesisAfterKeyword")
        }
        position += 1
        skipTrivia(newlines: true)
        if peek() == ")" {
            throw error("Missing condition in \(keyword) statement after '\(keyword) ('.", id: "MissingConditionInStatement")
        }
        let condition = try parsePipelineOrAssignment()
        skipTrivia(newlines: true)
        guard peek() == ")" else {
            throw error("Missing closing ')' after expression in '\(keyword)' statement.", id: "MissingEndParenthesisAfterStatement")
        }
        position += 1
        return condition
    }

    mutating func parseIf(start: Int) throws(ParseError) -> Statement {
        var clauses: [(condition: Statement, body: StatementBlock)] = []
        var elseBody: StatementBlock?
        var keyword = "if"
        while true {
            let condition = try parseParenthesizedCondition(for: keyword)
            let body = try parseStatementBlock(after: "\(keyword) ( condition )")
            clauses.append((condition, body))
            let save = position
            skipTrivia(newlines: true)
            if peekKeyword("elseif") {
                position += 6
                keyword = "elseif"
                continue
            }
            if peekKeyword("else") {
                position += 4
                skipTrivia(newlines: true)
                if peekKeyword("if") {
                    throw error("The keyword 'else if' is not valid; use 'elseif'.", id: "MissingElseClause")
                }
                elseBody = try parseStatementBlock(after: "else")
                break
            }
            position = save
            break
        }
        return Statement(.ifStatement(clauses: clauses, elseBody: elseBody), span(start))
    }

    mutating func parseFor(label: String?, start: Int) throws(ParseError) -> Statement {
        skipTrivia(newlines: true)
        guard peek() == "(" else {
            throw error("Missing opening '(' after keyword 'for'.", id: "MissingOpenParenthesisAfterKeyword")
        }
        position += 1
        var parts: [Statement?] = []
        for index in 0..<3 {
            skipTrivia(newlines: true)
            if peek() == ";" || peek() == ")" {
                parts.append(nil)
            } else {
                parts.append(try parsePipelineOrAssignment())
                skipTrivia(newlines: true)
            }
            if index < 2 {
                if peek() == ";" { position += 1 }
                else if peek() == ")" { parts.append(contentsOf: Array(repeating: nil, count: 2 - index)); break }
                else { throw error("Missing closing ')' after expression in 'for' statement.", id: "MissingEndParenthesisAfterStatement") }
            }
        }
        skipTrivia(newlines: true)
        guard peek() == ")" else {
            throw error("Missing closing ')' after expression in 'for' statement.", id: "MissingEndParenthesisAfterStatement")
        }
        position += 1
        let body = try parseStatementBlock(after: "for ( condition )")
        return Statement(.forLoop(label: label, initializer: parts[0], condition: parts[1], iterator: parts[2], body: body), span(start))
    }

    mutating func parseForeach(label: String?, start: Int) throws(ParseError) -> Statement {
        skipTrivia(newlines: true)
        // `foreach` used as a command (the ForEach-Object alias) in a pipeline.
        guard peek() == "(" else {
            throw error("Missing opening '(' after keyword 'foreach'.", id: "MissingOpenParenthesisAfterKeyword")
        }
        position += 1
        skipTrivia(newlines: true)
        guard peek() == "$" else {
            throw error("Missing variable name after foreach.", id: "MissingVariableNameAfterForeach")
        }
        let variableExpression = try parseVariable()
        guard case .variable(let variable) = variableExpression.kind else {
            throw error("Missing variable name after foreach.", id: "MissingVariableNameAfterForeach")
        }
        skipTrivia(newlines: true)
        guard peekKeyword("in") else {
            throw error("Missing 'in' after variable in foreach loop.", id: "MissingInInForeach")
        }
        position += 2
        skipTrivia(newlines: true)
        if peek() == ")" {
            throw error("Missing foreach loop collection after 'in'.", id: "MissingForeachExpression")
        }
        let collection = try parsePipelineOrAssignment()
        skipTrivia(newlines: true)
        guard peek() == ")" else {
            throw error("Missing closing ')' after expression in 'foreach' statement.", id: "MissingEndParenthesisAfterForeach")
        }
        position += 1
        let body = try parseStatementBlock(after: "foreach ( variable in expression )")
        return Statement(.foreachLoop(label: label, variable: variable, collection: collection, body: body), span(start))
    }

    mutating func parseSwitch(label: String?, start: Int) throws(ParseError) -> Statement {
        var mode = SwitchAst.Mode.exact
        var caseSensitive = false
        var readsFile = false
        while true {
            skipTrivia(newlines: false)
            guard peek() == "-", let next = peek(1), isLetter(next) else { break }
            let optionStart = position
            position += 1
            let option = readIdentifier().lowercased()
            if "regex".hasPrefix(option) { mode = .regex }
            else if "wildcard".hasPrefix(option) { mode = .wildcard }
            else if "exact".hasPrefix(option) { mode = .exact }
            else if "casesensitive".hasPrefix(option) { caseSensitive = true }
            else if "file".hasPrefix(option) { readsFile = true }
            else if "parallel".hasPrefix(option) {
                position = optionStart
                throw error("The switch -Parallel option works only in workflows, which PowerShell 7 does not have.",
                            id: "ParallelNotSupported", length: option.count + 1)
            } else {
                position = optionStart
                throw error("Invalid switch statement option '-\(option)'.", id: "InvalidSwitchFlag", length: option.count + 1)
            }
        }
        let subject: Statement
        skipTrivia(newlines: false)
        if readsFile, peek() != "(" {
            // `switch -File $path { }` / `switch -File ./log.txt { }`: the path is a command argument.
            let pathStart = position
            let path = try parseCommandPrimary(asSwitchCondition: true)
            subject = Statement(.pipeline(PipelineAst(elements: [.expression(path, redirections: [])], isBackground: false,
                                                      span: span(pathStart))), span(pathStart))
        } else {
            subject = try parseParenthesizedCondition(for: "switch")
        }
        skipTrivia(newlines: true)
        let bodyStart = position
        guard peek() == "{" else {
            throw error("Missing opening '{' in switch statement.", id: "MissingCurlyBraceInSwitchStatement")
        }
        position += 1
        var clauses: [(condition: Expression, body: StatementBlock)] = []
        var defaultBody: StatementBlock?
        while true {
            skipTrivia(newlines: true)
            while peek() == ";" { position += 1; skipTrivia(newlines: true) }
            if peek() == "}" { position += 1; break }
            if position >= chars.count { throw missingClosingBrace(openedAt: bodyStart) }
            if peekKeyword("default") {
                let save = position
                position += 7
                skipTrivia(newlines: true)
                if peek() == "{" {
                    defaultBody = try parseStatementBlock(after: "switch default")
                    continue
                }
                position = save
            }
            let condition = try parseCommandPrimary(asSwitchCondition: true)
            let body = try parseStatementBlock(after: "switch condition")
            clauses.append((condition, body))
        }
        let ast = SwitchAst(label: label, mode: mode, caseSensitive: caseSensitive, subject: subject,
                            clauses: clauses, defaultBody: defaultBody, readsFile: readsFile)
        return Statement(.switchStatement(ast), span(start))
    }

    mutating func parseFunction(isFilter: Bool, start: Int) throws(ParseError) -> Statement {
        skipTrivia(newlines: false)
        let name = readGenericToken()
        if name.isEmpty {
            throw error("Missing name after function keyword.", id: "MissingNameAfterKeyword")
        }
        skipTrivia(newlines: true)
        var params: ParamBlockAst?
        if peek() == "(" {
            let paramStart = position
            position += 1
            let parameters = try parseParameterList(closing: ")")
            // `function f() { param($a) }`: empty parentheses leave the body its param block.
            params = parameters.isEmpty ? nil : ParamBlockAst(parameters: parameters, span: span(paramStart))
            skipTrivia(newlines: true)
        }
        guard peek() == "{" else {
            throw error("Missing function body in function declaration.", id: "MissingFunctionBody")
        }
        let body = try parseScriptBlockLiteral(isNamedBody: true, paramBlock: params)
        return Statement(.functionDefinition(FunctionDefinitionAst(name: name, isFilter: isFilter, body: body)), span(start))
    }

    mutating func parseTry(start: Int) throws(ParseError) -> Statement {
        let body = try parseStatementBlock(after: "try")
        var catches: [CatchClause] = []
        var finallyBody: StatementBlock?
        while true {
            let save = position
            skipTrivia(newlines: true)
            if peekKeyword("catch") {
                position += 5
                var types: [TypeName] = []
                while true {
                    skipTrivia(newlines: true)
                    guard peek() == "[" else { break }
                    types.append(try parseTypeName())
                    skipTrivia(newlines: true)
                    if peek() == "," { position += 1 } else { break }
                }
                catches.append(CatchClause(types: types, body: try parseStatementBlock(after: "catch")))
                continue
            }
            if peekKeyword("finally") {
                position += 7
                finallyBody = try parseStatementBlock(after: "finally")
                break
            }
            position = save
            break
        }
        if catches.isEmpty && finallyBody == nil {
            throw error("The Try statement is missing its Catch or Finally block.", id: "MissingCatchOrFinally")
        }
        return Statement(.tryStatement(body: body, catches: catches, finallyBody: finallyBody), span(start))
    }
}
