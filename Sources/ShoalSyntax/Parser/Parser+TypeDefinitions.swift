// `class` and `enum` definitions.

extension Parser {
    /// `[Attr()] class` / `[Flags()] enum` at a statement's start: the
    /// attributes, when a definition follows them; else nothing is consumed.
    mutating func parseAttributedTypeDefinition(start: Int) throws(ParseError) -> Statement? {
        guard peek() == "[" else { return nil }
        let save = position
        let savedTokens = tokenCount
        var attributes: [AttributeAst] = []
        while peek() == "[" {
            guard case .attribute(let attribute)? = try? parseAttributeOrType() else {
                position = save
                forgetTokens(after: savedTokens)
                return nil
            }
            attributes.append(attribute)
            skipTrivia(newlines: true)
        }
        for keyword in ["class", "enum"] where peekKeyword(keyword) {
            position += keyword.count
            return try parseTypeDefinition(keyword == "class" ? .classType : .enumType, attributes: attributes, start: start)
        }
        position = save
        forgetTokens(after: savedTokens)
        return nil
    }

    /// After `class` or `enum`: the name, `: bases`, and the members in braces.
    mutating func parseTypeDefinition(_ kind: TypeDefinitionAst.Kind, attributes: [AttributeAst],
                                      start: Int) throws(ParseError) -> Statement {
        let keyword = kind == .classType ? "class" : "enum"
        skipTrivia(newlines: false)
        let nameStart = position
        let name = readIdentifier()
        guard !name.isEmpty else {
            throw error("Missing name after \(keyword) keyword.", id: "MissingNameAfterKeyword")
        }
        let nameSpan = span(nameStart)
        skipTrivia(newlines: true)
        var bases: [TypeName] = []
        if peek() == ":" {
            position += 1
            while true {
                skipTrivia(newlines: true)
                let baseStart = position
                var baseName = String.UnicodeScalarView()
                while let c = peek(), isIdentifierChar(c) || c == "." { baseName.append(c); position += 1 }
                guard !baseName.isEmpty else {
                    throw error("Missing base type name after ':' in the \(keyword) definition.", id: "TypeNameExpected")
                }
                bases.append(TypeName(name: String(baseName), span: span(baseStart)))
                skipTrivia(newlines: true)
                if peek() == "," { position += 1 } else { break }
            }
        }
        skipTrivia(newlines: true)
        let braceStart = position
        guard peek() == "{" else {
            throw error("Missing opening '{' in the \(keyword) definition.", id: "MissingTypeBody")
        }
        position += 1
        var members: [MemberAst] = []
        while true {
            skipTrivia(newlines: true)
            while peek() == ";" { position += 1; skipTrivia(newlines: true) }
            if peek() == "}" { position += 1; break }
            guard position < chars.count else { throw missingClosingBrace(openedAt: braceStart) }
            let member = kind == .enumType ? try parseEnumMember() : try parseClassMember(className: name)
            members.append(member)
            skipTrivia(newlines: false)
            // A method's body ends it; a property or enum member needs `;`, a new line or `}` after it.
            if case .method = member { continue }
            guard let next = peek(), next == "\n" || next == "\r" || next == ";" || next == "}" else {
                if position >= chars.count { throw missingClosingBrace(openedAt: braceStart) }
                if case .property = member {
                    throw error("Missing ';' or end-of-line in property definition.", id: "MissingPropertyTerminator")
                }
                throw unexpectedToken()
            }
        }
        let definition = TypeDefinitionAst(kind: kind, name: name, baseTypes: bases, attributes: attributes, members: members,
                                           span: span(start), nameSpan: nameSpan)
        return Statement(.typeDefinition(definition), span(start))
    }

    private mutating func parseEnumMember() throws(ParseError) -> MemberAst {
        let start = position
        let name = peek().map(isIdentifierStart) == true ? readIdentifier() : ""
        guard !name.isEmpty else {
            throw error("Missing enum member name: a member is a name, optionally '= value'.", id: "MissingEnumeratorName")
        }
        return .enumMember(name: name, value: try parseInitializer(), span: span(start))
    }

    private mutating func parseClassMember(className: String) throws(ParseError) -> MemberAst {
        let start = position
        var attributes: [AttributeAst] = []
        var typeName: TypeName?
        var isStatic = false, isHidden = false
        while true {
            if peek() == "[" {
                switch try parseAttributeOrType() {
                case .attribute(let attribute): attributes.append(attribute)
                case .type(let type): typeName = type
                }
            } else if peekKeyword("static") {
                position += 6
                isStatic = true
            } else if peekKeyword("hidden") {
                position += 6
                isHidden = true
            } else {
                break
            }
            skipTrivia(newlines: true)
        }
        if peek() == "$" {
            let variable = try parseVariable()
            guard case .variable(let reference) = variable.kind, reference.qualifier == .none else {
                throw ParseError("A property name cannot have a scope qualifier.", id: "InvalidPropertyName", span: variable.span)
            }
            return .property(PropertyMemberAst(name: reference.name, typeName: typeName, defaultValue: try parseInitializer(),
                                               isStatic: isStatic, isHidden: isHidden, attributes: attributes, span: span(start)))
        }
        let nameStart = position
        let name = readIdentifier()
        guard !name.isEmpty else {
            throw error("Missing a property or method: a member is '[type] $Name' or '[type] Name() { }'.", id: "MissingMemberName")
        }
        skipTrivia(newlines: false)
        guard peek() == "(" else {
            position = nameStart
            throw error("Missing '(' after the method name '\(name)'.", id: "MissingMethodParameterList")
        }
        let paramStart = position
        position += 1
        let parameters = try parseParameterList(closing: ")")
        let params = ParamBlockAst(parameters: parameters, span: span(paramStart))
        let isConstructor = name.lowercased() == className.lowercased() && typeName == nil
        skipTrivia(newlines: true)
        var baseArguments: [Expression]?
        if isConstructor, peek() == ":" {
            position += 1
            skipTrivia(newlines: true)
            guard peekKeyword("base") else {
                throw error("Missing 'base' after ':' in the constructor of '\(className)'.", id: "MissingBaseCtorCall")
            }
            position += 4
            skipTrivia(newlines: false)
            guard peek() == "(" else {
                throw error("Missing '(' after 'base' in the constructor of '\(className)'.", id: "MissingBaseCtorCall")
            }
            baseArguments = try parseMethodArguments()
            skipTrivia(newlines: true)
        }
        guard peek() == "{" else {
            throw error("Missing the body of the method '\(name)'.", id: "MissingFunctionBody")
        }
        let body = try parseScriptBlockLiteral(isNamedBody: true, paramBlock: params)
        return .method(MethodMemberAst(name: name, returnType: typeName, isConstructor: isConstructor, isStatic: isStatic,
                                       isHidden: isHidden, body: body, baseArguments: baseArguments, span: span(start)))
    }
}
