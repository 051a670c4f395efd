// The syntax tree as compact, readable text: parser tests state the tree
// they expect in one line (`(= $x (+ 1 (* 2 3)))`) instead of unwrapping
// nodes case by case, and a failing test shows what the parser made.

/// Prints syntax trees as parenthesised prefix forms.
public enum SyntaxPrinter {
    /// A script block's statements (named blocks as `(begin ...)` and so on).
    public static func print(_ block: ScriptBlockAst) -> String {
        var parts: [String] = []
        if let parameters = block.paramBlock { parts.append(print(parameters)) }
        if let begin = block.beginBlock { parts.append("(begin " + print(begin) + ")") }
        if let process = block.processBlock { parts.append("(process " + print(process) + ")") }
        if let end = block.endBlock {
            let named = block.beginBlock != nil || block.processBlock != nil || block.cleanBlock != nil
            let statements = print(end)
            if named { parts.append("(end " + statements + ")") } else if !statements.isEmpty { parts.append(statements) }
        }
        if let clean = block.cleanBlock { parts.append("(clean " + print(clean) + ")") }
        return parts.joined(separator: " ")
    }

    static func print(_ block: StatementBlock) -> String {
        block.statements.map(print).joined(separator: " ")
    }

    static func print(_ parameters: ParamBlockAst) -> String {
        let list = parameters.parameters.map { parameter -> String in
            var text = parameter.attributes.map(print).joined() + (parameter.typeName.map { "[\($0.name)]" } ?? "")
                + parameter.variable.displayName
            if let value = parameter.defaultValue { text += "=" + print(value) }
            return text
        }
        return "(param" + parameters.attributes.map { " " + print($0) }.joined() + list.map { " " + $0 }.joined() + ")"
    }

    /// `[Name(positional, Named=value, Flag)]`.
    static func print(_ attribute: AttributeAst) -> String {
        let arguments = attribute.positional.map(print) + attribute.named.map { $0.name + ($0.value.map { "=" + print($0) } ?? "") }
        return "[" + attribute.name + "(" + arguments.joined(separator: ", ") + ")]"
    }

    public static func print(_ statement: Statement) -> String {
        switch statement.kind {
        case .pipeline(let pipeline): return print(pipeline)
        case .pipelineChain(let first, let rest, let isBackground):
            let chain = rest.map { ($0.op == .and ? "&& " : "|| ") + print($0.pipeline) }
            return "(chain " + ([print(first)] + chain).joined(separator: " ") + ")" + (isBackground ? "&" : "")
        case .assignment(let target, let op, let value):
            return "(\(op.symbol) \(print(target)) \(print(value)))"
        case .ifStatement(let clauses, let elseBody):
            let parts = clauses.map { "(\(print($0.condition)) \(braced($0.body)))" } + (elseBody.map { ["(else \(braced($0)))"] } ?? [])
            return "(if " + parts.joined(separator: " ") + ")"
        case .whileLoop(let label, let condition, let body):
            return "(while\(labelled(label)) \(print(condition)) \(braced(body)))"
        case .doLoop(let label, let body, let condition, let isUntil):
            return "(do\(labelled(label)) \(braced(body)) \(isUntil ? "until" : "while") \(print(condition)))"
        case .forLoop(let label, let initializer, let condition, let iterator, let body):
            let header = [initializer, condition, iterator].map { $0.map(print) ?? "()" }.joined(separator: " ")
            return "(for\(labelled(label)) \(header) \(braced(body)))"
        case .foreachLoop(let label, let variable, let collection, let body):
            return "(foreach\(labelled(label)) \(variable.displayName) \(print(collection)) \(braced(body)))"
        case .switchStatement(let ast):
            let clauses = ast.clauses.map { "(\(print($0.condition)) \(braced($0.body)))" }
                + (ast.defaultBody.map { ["(default \(braced($0)))"] } ?? [])
            return "(switch\(labelled(ast.label)) \(print(ast.subject)) " + clauses.joined(separator: " ") + ")"
        case .functionDefinition(let definition):
            return "(\(definition.isFilter ? "filter" : "function") \(definition.name) {\(print(definition.body))})"
        case .tryStatement(let body, let catches, let finallyBody):
            let handlers = catches.map { clause in
                "(catch" + clause.types.map { " [\($0.name)]" }.joined() + " " + braced(clause.body) + ")"
            } + (finallyBody.map { ["(finally \(braced($0)))"] } ?? [])
            return "(try \(braced(body))" + handlers.map { " " + $0 }.joined() + ")"
        case .throwStatement(let value): return "(throw" + (value.map { " " + print($0) } ?? "") + ")"
        case .returnStatement(let value): return "(return" + (value.map { " " + print($0) } ?? "") + ")"
        case .exitStatement(let value): return "(exit" + (value.map { " " + print($0) } ?? "") + ")"
        case .breakStatement(let label): return "(break" + (label.map { " " + $0 } ?? "") + ")"
        case .continueStatement(let label): return "(continue" + (label.map { " " + $0 } ?? "") + ")"
        case .trapStatement(let type, let body): return "(trap" + (type.map { " [\($0.name)]" } ?? "") + " \(braced(body)))"
        case .block(let block): return braced(block)
        case .usingNamespace(let name): return "(using namespace \(name))"
        case .dataSection(let name, let body): return "(data" + (name.map { " " + $0 } ?? "") + " \(braced(body)))"
        case .typeDefinition(let definition):
            let keyword = definition.kind == .classType ? "class" : "enum"
            let bases = definition.baseTypes.map { " : " + $0.name }.joined()
            let members = definition.members.map { member -> String in
                switch member {
                case .property(let property):
                    return (property.isStatic ? "static " : "") + (property.typeName.map { "[\($0.name)]" } ?? "") + "$" + property.name
                        + (property.defaultValue.map { "=" + print($0) } ?? "")
                case .method(let method):
                    return (method.isStatic ? "static " : "") + (method.returnType.map { "[\($0.name)]" } ?? "") + method.name
                        + "(" + (method.body.paramBlock?.parameters.map { "$" + $0.variable.name }.joined(separator: " ") ?? "") + ")"
                case .enumMember(let name, let value, _):
                    return name + (value.map { "=" + print($0) } ?? "")
                }
            }
            return "(\(keyword) \(definition.name)\(bases) " + members.joined(separator: " ") + ")"
        }
    }

    static func print(_ pipeline: PipelineAst) -> String {
        let elements = pipeline.elements.map { element -> String in
            switch element {
            case .expression(let expression, let redirections):
                return print(expression) + redirections.map { " " + print($0) }.joined()
            case .command(let command):
                return print(command)
            }
        }
        let text = elements.count == 1 ? elements[0] : "(| " + elements.joined(separator: " ") + ")"
        return pipeline.isBackground ? text + "&" : text
    }

    static func print(_ command: CommandAst) -> String {
        let invocation = command.invocation == .call ? "& " : command.invocation == .dotSource ? ". " : ""
        let arguments = command.arguments.map { argument -> String in
            switch argument {
            case .parameter(let name, let value, _): return "-" + name + (value.map { ":" + print($0) } ?? "")
            case .value(let value): return print(value)
            case .verbatim(let text, _): return "--% " + text
            }
        }
        let name = command.literalName ?? print(command.name)
        return "(" + invocation + ([name] + arguments + command.redirections.map(print)).joined(separator: " ") + ")"
    }

    static func print(_ redirection: Redirection) -> String {
        let stream = redirection.stream == 0 ? "*" : String(redirection.stream)
        switch redirection.target {
        case .mergeIntoOutput: return stream + ">&1"
        case .file(let path, let append): return stream + (append ? ">>" : ">") + print(path)
        }
    }

    public static func print(_ expression: Expression) -> String {
        switch expression.kind {
        case .integer(let n): return String(n)
        case .double(let d): return String(d)
        case .string(let text): return "'" + text.replacingQuotes() + "'"
        case .expandableString(let parts):
            return "\"" + parts.map { part -> String in
                switch part {
                case .text(let text): return text.escapedForDoubleQuotes()
                case .variable(let reference, _): return reference.displayName
                case .subexpression(let block, _): return "$(" + print(block) + ")"
                }
            }.joined() + "\""
        case .variable(let reference): return reference.displayName
        case .splat(let reference): return "@" + reference.name
        case .arrayLiteral(let items): return "(, " + items.map(print).joined(separator: " ") + ")"
        case .arraySubexpression(let block): return "@(" + print(block) + ")"
        case .subexpression(let block): return "$(" + print(block) + ")"
        case .parenthesized(let statement): return "(paren " + print(statement) + ")"
        case .hashtable(let entries, let ordered):
            let body = entries.map { "\(print($0.key))=\(print($0.value))" }.joined(separator: " ")
            return (ordered ? "[ordered]" : "") + "@{" + body + "}"
        case .scriptBlock(let block): return "{" + print(block) + "}"
        case .binary(let op, let left, let right): return "(\(symbol(op)) \(print(left)) \(print(right)))"
        case .unary(let op, let operand): return "(\(symbol(op)) \(print(operand)))"
        case .increment(let target, let delta, let prefix):
            let symbol = delta > 0 ? "++" : "--"
            return prefix ? "(\(symbol) \(print(target)))" : "(\(print(target)) \(symbol))"
        case .convert(let type, let operand): return "([\(type.name)] \(print(operand)))"
        case .typeLiteral(let type): return "[\(type.name)]"
        case .member(let target, let name, let isStatic): return "(\(isStatic ? "::" : ".") \(print(target)) \(memberName(name)))"
        case .invokeMember(let target, let name, let arguments, let isStatic):
            return "(\(isStatic ? "::" : ".")call \(print(target)) \(memberName(name))" + arguments.map { " " + print($0) }.joined() + ")"
        case .index(let target, let index): return "([] \(print(target)) \(print(index)))"
        case .nullConditional(let access): return "(?" + print(access).dropFirst()
        case .ternary(let condition, let ifTrue, let ifFalse):
            return "(? \(print(condition)) \(print(ifTrue)) \(print(ifFalse)))"
        }
    }

    private static func memberName(_ name: Expression) -> String {
        if case .string(let text) = name.kind { return text }
        return print(name)
    }

    private static func braced(_ block: StatementBlock) -> String { "{" + print(block) + "}" }

    private static func labelled(_ label: String?) -> String { label.map { " :" + $0 } ?? "" }

    static func symbol(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .divide: return "/"
        case .remainder: return "%"
        case .and: return "-and"
        case .or: return "-or"
        case .xor: return "-xor"
        case .band: return "-band"
        case .bor: return "-bor"
        case .bxor: return "-bxor"
        case .shl: return "-shl"
        case .shr: return "-shr"
        case .range: return ".."
        case .format: return "-f"
        case .compare(let op, let caseSensitive): return "-" + (caseSensitive ? "c" : "") + op.rawValue
        case .join: return "-join"
        case .split(let caseSensitive): return caseSensitive ? "-csplit" : "-split"
        case .replace(let caseSensitive): return caseSensitive ? "-creplace" : "-replace"
        case .typeIs: return "-is"
        case .typeIsNot: return "-isnot"
        case .typeAs: return "-as"
        case .coalesce: return "??"
        }
    }

    static func symbol(_ op: UnaryOperator) -> String {
        switch op {
        case .negate: return "-"
        case .plus: return "+"
        case .not: return "-not"
        case .bnot: return "-bnot"
        case .join: return "-join"
        case .split: return "-split"
        case .comma: return ","
        }
    }
}

private extension String {
    /// Single quotes doubled, as a single-quoted string writes them.
    func replacingQuotes() -> String { split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") }

    /// The text part of an expandable string as it would be written there:
    /// control characters, quotes, backticks and dollars escaped, so that a
    /// printed string stays on one line and its parts can be told apart.
    func escapedForDoubleQuotes() -> String {
        var result = ""
        for character in self {
            switch character {
            case "\n": result += "`n"
            case "\r": result += "`r"
            case "\t": result += "`t"
            case "\0": result += "`0"
            case "\u{1B}": result += "`e"
            case "\"", "`", "$": result += "`" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
