// `param( ... )` blocks, function parameter lists and attributes such as
// `[Parameter(Mandatory)]` and `[CmdletBinding()]`.

extension Parser {
    enum AttributeOrType {
        case attribute(AttributeAst)
        case type(TypeName)
    }

    /// Parses `[attributes] param(...)` if the block starts with one;
    /// otherwise leaves the position unchanged and returns nil.
    mutating func parseParamBlockIfPresent() throws(ParseError) -> (ParamBlockAst, Bool)? {
        let save = position
        let savedTokens = tokenCount
        var isAdvanced = false
        var attributes: [AttributeAst] = []
        while peek() == "[" {
            guard let item = try? parseAttributeOrType() else {
                position = save
                forgetTokens(after: savedTokens)
                return nil
            }
            if case .attribute(let attribute) = item {
                attributes.append(attribute)
                if attribute.name.lowercased() == "cmdletbinding" { isAdvanced = true }
            }
            skipTrivia(newlines: true)
        }
        guard peekKeyword("param") else {
            position = save
            forgetTokens(after: savedTokens)
            return nil
        }
        let start = position
        position += 5
        skipTrivia(newlines: true)
        guard peek() == "(" else {
            throw error("Missing '(' in the param block.", id: "MissingOpenParenthesisInParamBlock")
        }
        position += 1
        let parameters = try parseParameterList(closing: ")")
        let block = ParamBlockAst(parameters: parameters, attributes: attributes, span: span(start))
        if Self.declaresParameterAttribute(block) { isAdvanced = true }
        return (block, isAdvanced)
    }

    /// A `[Parameter()]` on any parameter makes a script block advanced, as `[CmdletBinding()]` does.
    static func declaresParameterAttribute(_ block: ParamBlockAst) -> Bool {
        block.parameters.contains { $0.attributes.contains { $0.name.lowercased() == "parameter" } }
    }

    mutating func parseParameterList(closing: Unicode.Scalar) throws(ParseError) -> [ParameterAst] {
        var parameters: [ParameterAst] = []
        let saved = commaAllowed
        commaAllowed = false
        defer { commaAllowed = saved }
        while true {
            skipTrivia(newlines: true)
            if peek() == closing {
                position += 1
                return parameters
            }
            let start = position
            var attributes: [AttributeAst] = []
            var typeName: TypeName?
            while peek() == "[" {
                switch try parseAttributeOrType() {
                case .attribute(let attribute): attributes.append(attribute)
                case .type(let type): typeName = type
                }
                skipTrivia(newlines: true)
            }
            guard peek() == "$" else {
                if position >= chars.count {
                    throw ParseError("Missing ')' in function parameter list.", id: "MissingEndParenthesisInFunctionParameterList",
                                     span: span(start, start), incomplete: true)
                }
                throw error("Missing parameter name: a parameter must be a variable such as $Name.", id: "InvalidFunctionParameter")
            }
            let variableExpression = try parseVariable()
            // `$private:x` names a parameter too (the variable stays private to the function).
            guard case .variable(let variable) = variableExpression.kind, variable.qualifier == .none || variable.qualifier == .private else {
                throw ParseError("Parameter names cannot have a scope qualifier.", id: "InvalidFunctionParameter",
                                 span: variableExpression.span)
            }
            let defaultValue = try parseInitializer()
            parameters.append(ParameterAst(variable: variable, typeName: typeName, defaultValue: defaultValue,
                                           attributes: attributes, span: span(start)))
            skipTrivia(newlines: true)
            if peek() == "," {
                position += 1
                continue
            }
            if peek() == closing {
                position += 1
                return parameters
            }
            throw ParseError("Missing ')' in function parameter list.", id: "MissingEndParenthesisInFunctionParameterList",
                             span: span(position, position + 1), incomplete: position >= chars.count)
        }
    }

    /// ` = value` after a parameter, property or enum member, if written.
    mutating func parseInitializer() throws(ParseError) -> Expression? {
        skipTrivia(newlines: false)
        guard peek() == "=" else { return nil }
        position += 1
        skipTrivia(newlines: true)
        return try parseExpression()
    }

    /// `[Name(args)]` is an attribute; `[type]` is a type constraint.
    mutating func parseAttributeOrType() throws(ParseError) -> AttributeOrType {
        let start = position
        position += 1
        skipTrivia(newlines: false)
        var name = String.UnicodeScalarView()
        while let c = peek(), isIdentifierChar(c) || c == "." {
            name.append(c)
            position += 1
        }
        skipTrivia(newlines: false)
        guard peek() == "(", !name.isEmpty else {
            position = start
            return .type(try parseTypeName())
        }
        position += 1
        var positional: [Expression] = []
        var named: [(name: String, value: Expression?)] = []
        let saved = commaAllowed
        commaAllowed = false
        defer { commaAllowed = saved }
        while true {
            skipTrivia(newlines: true)
            if peek() == ")" { position += 1; break }
            if let c = peek(), isIdentifierStart(c) {
                let save = position
                let argumentName = readIdentifier()
                skipTrivia(newlines: true)
                if peek() == "=" {
                    position += 1
                    skipTrivia(newlines: true)
                    named.append((argumentName, try parseExpression()))
                } else if peek() == "," || peek() == ")" {
                    named.append((argumentName, nil))
                } else {
                    position = save
                    positional.append(try parseExpression())
                }
            } else if startsExpression() {
                positional.append(try parseExpression())
            } else {
                throw ParseError("Missing ')' in attribute argument list.", id: "MissingEndParenthesisInExpression",
                                 span: span(start, start + 1), incomplete: position >= chars.count)
            }
            skipTrivia(newlines: true)
            if peek() == "," { position += 1 }
        }
        skipTrivia(newlines: false)
        guard peek() == "]" else {
            throw error("Missing ']' at end of attribute or type literal.", id: "EndSquareBracketExpectedAtEndOfAttribute")
        }
        position += 1
        return .attribute(AttributeAst(name: String(name), positional: positional, named: named, span: span(start)))
    }
}
