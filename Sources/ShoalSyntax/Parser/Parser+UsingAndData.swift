// `using namespace|module|assembly` and `DATA { }` sections.

extension Parser {
    /// `using namespace System.Text` (shortens type names), `using module
    /// X` (imports it, as `Import-Module X` would), `using assembly X`.
    mutating func parseUsing(start: Int) throws(ParseError) -> Statement {
        skipTrivia(newlines: false)
        let kindStart = position
        let kindWord = readIdentifier().lowercased()
        guard ["namespace", "module", "assembly"].contains(kindWord) else {
            position = kindStart
            throw error("The 'using' keyword must be followed by 'namespace', 'module' or 'assembly'.", id: "MissingUsingStatementDirective")
        }
        skipTrivia(newlines: false)
        let nameStart = position
        let name: String
        if let c = peek(), Parser.isSingleQuote(c) || Parser.isDoubleQuote(c) {
            guard case .string(let text) = try parseStringLiteral().kind else {
                throw error("The name after 'using \(kindWord)' must be a constant.", id: "InvalidValueForUsingItemName")
            }
            name = text
        } else {
            name = readGenericToken()
        }
        guard !name.isEmpty else {
            throw error("Missing the name after 'using \(kindWord)'.", id: "MissingUsingItemName")
        }
        let nameSpan = span(nameStart)
        switch kindWord {
        case "module":
            // Imported where it stands, as `Import-Module name` runs.
            let command = CommandAst(invocation: .none, name: Expression(.string("Import-Module"), span(kindStart)),
                                     arguments: [.value(Expression(.string(name), nameSpan))], redirections: [], span: span(start))
            return Statement(.pipeline(PipelineAst(elements: [.command(command)], isBackground: false, span: span(start))), span(start))
        case "namespace":
            return Statement(.usingNamespace(name), span(start))
        default:
            // .NET assemblies are not loaded by shoal; the types it knows need none.
            return Statement(.usingNamespace(""), span(start))
        }
    }

    /// `DATA [name] [-SupportedCommand c1, c2] { statements }`: the
    /// statements' output, or with a name, assigned to that variable.
    mutating func parseDataSection(start: Int) throws(ParseError) -> Statement {
        skipTrivia(newlines: false)
        var name: String?
        if let c = peek(), isIdentifierStart(c) { name = readIdentifier() }
        skipTrivia(newlines: false)
        if peek() == "-" {
            position += 1
            let option = readIdentifier()
            guard "supportedcommand".hasPrefix(option.lowercased()), !option.isEmpty else {
                throw error("Missing statement block after the DATA keyword.", id: "MissingStatementBlockForDataSection")
            }
            // The commands a DATA section may call: read and passed over.
            while true {
                skipTrivia(newlines: false)
                _ = readGenericToken()
                skipTrivia(newlines: false)
                guard peek() == "," else { break }
                position += 1
            }
        }
        let body = try parseStatementBlock(after: "data")
        return Statement(.dataSection(name: name, body: body), span(start))
    }
}
