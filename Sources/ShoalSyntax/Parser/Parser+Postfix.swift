// What follows a value: member access and method calls (`.Name`, `::Name`,
// `?.`, `.Where{ }`), indexing (`[i]`, `?[i]`) and postfix `++`/`--`.

extension Parser {
    /// Member access, indexing and `++`/`--` after `base`. In an
    /// expression (not a command argument) the member name may follow the
    /// dot after blanks, as pwsh allows (`$results. Count`).
    mutating func parsePostfix(_ base: Expression, inArgument: Bool = false) throws(ParseError) -> Expression {
        var expression = base
        while let c = peek() {
            if c == ".", peek(1) != ".", let next = peek(1), !isBlank(next), next != "\n" {
                position += 1
                expression = try parseMemberAccess(on: expression, isStatic: false)
            } else if c == ".", !inArgument, let next = peek(1), isBlank(next), memberNameFollowsBlanks(after: position + 1) {
                position += 1
                skipTrivia(newlines: false)
                expression = try parseMemberAccess(on: expression, isStatic: false)
            } else if c == "?", peek(1) == ".", let next = peek(2), next != ".", !isBlank(next), next != "\n" {
                position += 2
                expression = Expression(.nullConditional(try parseMemberAccess(on: expression, isStatic: false)),
                                        span(expression.span.start))
            } else if c == "?", peek(1) == "[" {
                position += 1
                let access = try parseIndex(on: expression)
                expression = Expression(.nullConditional(access), access.span)
            } else if c == ":", peek(1) == ":" {
                position += 2
                expression = try parseMemberAccess(on: expression, isStatic: true)
            } else if c == "[" {
                expression = try parseIndex(on: expression)
            } else if isBlank(c), !inArgument, isAssignableForIncrement(expression), let operatorAt = spacedPostfixIncrement() {
                // `$i ++`: pwsh reads a postfix operator after blanks when nothing follows it.
                let sign = chars[operatorAt]
                position = operatorAt + 2
                expression = Expression(.increment(expression, delta: sign == "+" ? 1 : -1, prefix: false),
                                        span(expression.span.start))
            } else if (c == "+" || c == "-"), peek(1) == c, isAssignableForIncrement(expression) {
                let after = peek(2)
                if let after, isDigit(after) || after == "$" { break }
                position += 2
                expression = Expression(.increment(expression, delta: c == "+" ? 1 : -1, prefix: false),
                                        span(expression.span.start))
            } else {
                if c == ".", peek(1) == nil {
                    // `$job.` at the end of the input: completion lists its members.
                    openToken(.member(isStatic: false, targetStart: expression.span.start), at: position + 1)
                }
                break
            }
        }
        return expression
    }

    /// `[index]` after `target`, at the bracket.
    mutating func parseIndex(on target: Expression) throws(ParseError) -> Expression {
        let open = position
        position += 1
        skipTrivia(newlines: true)
        if peek() == "]" {
            throw error("Array index expression is missing or not valid.", id: "MissingArrayIndexExpression")
        }
        let saved = commaAllowed
        commaAllowed = true
        let index = try parseExpression()
        commaAllowed = saved
        skipTrivia(newlines: true)
        guard peek() == "]" else {
            throw ParseError("Missing ']' after array index expression.", id: "MissingEndSquareBracket",
                             span: span(open, open + 1), incomplete: position >= chars.count)
        }
        position += 1
        return Expression(.index(target, index), span(target.span.start))
    }

    /// Whether a member name starts after the blanks from `index` on.
    func memberNameFollowsBlanks(after index: Int) -> Bool {
        var index = index
        while index < chars.count, isBlank(chars[index]) { index += 1 }
        guard index < chars.count else { return false }
        return isIdentifierStart(chars[index])
    }

    /// Where `++` or `--` starts after the blanks here, when only blanks
    /// and the end of the statement follow it.
    func spacedPostfixIncrement() -> Int? {
        var index = position
        while index < chars.count, isBlank(chars[index]) { index += 1 }
        guard index + 1 < chars.count, chars[index] == "+" || chars[index] == "-", chars[index + 1] == chars[index] else { return nil }
        var after = index + 2
        while after < chars.count, isBlank(chars[after]) { after += 1 }
        guard after < chars.count else { return index }
        return ["\n", "\r", ";", "}", ")"].contains(chars[after]) ? index : nil
    }

    func isAssignableForIncrement(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .variable, .member, .index: return true
        default: return false
        }
    }

    mutating func parseMemberAccess(on target: Expression, isStatic: Bool) throws(ParseError) -> Expression {
        let nameStart = position
        let name: Expression
        guard let c = peek() else {
            openToken(.member(isStatic: isStatic, targetStart: target.span.start), at: nameStart)
            throw error("Missing property name after reference operator.", id: "MissingPropertyName")
        }
        if isIdentifierStart(c) || isDigit(c) {
            let nameToken = openToken(.member(isStatic: isStatic, targetStart: target.span.start), at: nameStart)
            let word = readIdentifier()
            closeToken(nameToken)
            name = Expression(.string(word), span(nameStart))
        } else if c == "'" || c == "\"" {
            name = try parseStringLiteral()
        } else if c == "$" {
            // `$o.$name` or `$o.$(expression)`.
            name = peek(1) == "(" ? try parsePrimary() : try parseVariable()
        } else if c == "(" {
            name = try parsePrimary()
        } else {
            throw error("Missing property name after reference operator.", id: "MissingPropertyName")
        }
        if peek() == "(" {
            let arguments = try parseMethodArguments()
            return Expression(.invokeMember(target, name: name, arguments: arguments, isStatic: isStatic),
                              span(target.span.start))
        }
        if peek() == "{", !isStatic {
            // `.Where{ ... }` / `.ForEach{ ... }`: a script block right after the name is the one argument.
            let blockStart = position
            let block = try parseScriptBlockLiteral()
            return Expression(.invokeMember(target, name: name, arguments: [Expression(.scriptBlock(block), span(blockStart))],
                                            isStatic: false), span(target.span.start))
        }
        return Expression(.member(target, name: name, isStatic: isStatic), span(target.span.start))
    }

    mutating func parseMethodArguments() throws(ParseError) -> [Expression] {
        let open = position
        position += 1
        var arguments: [Expression] = []
        let saved = commaAllowed
        commaAllowed = false
        defer { commaAllowed = saved }
        skipTrivia(newlines: true)
        if peek() == ")" {
            position += 1
            return arguments
        }
        while true {
            skipTrivia(newlines: true)
            guard startsExpression() else {
                if position >= chars.count {
                    throw ParseError("Missing ')' in method call.", id: "MissingEndParenthesisInMethodCall",
                                     span: span(open, open + 1), incomplete: true)
                }
                throw error("Missing argument in parameter list.", id: "MissingArgument")
            }
            arguments.append(try parseExpression())
            skipTrivia(newlines: true)
            if peek() == "," { position += 1; continue }
            if peek() == ")" { position += 1; return arguments }
            if position >= chars.count {
                throw ParseError("Missing ')' in method call.", id: "MissingEndParenthesisInMethodCall",
                                 span: span(open, open + 1), incomplete: true)
            }
            throw unexpectedToken()
        }
    }
}
