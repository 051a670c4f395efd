// Statements, pipelines and commands.

/// A statement with its place in the source.
public final class Statement: Sendable {
    public let kind: StatementKind
    public let span: SourceSpan

    public init(_ kind: StatementKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// A list of statements, as inside braces.
public struct StatementBlock: Sendable {
    public let statements: [Statement]
    public let span: SourceSpan
    public init(statements: [Statement], span: SourceSpan) {
        self.statements = statements
        self.span = span
    }
}

/// `&&` runs the next pipeline if the last succeeded; `||` if it failed.
public enum ChainOperator: Sendable, Equatable {
    case and, or
}

public enum AssignmentOperator: Sendable, Equatable {
    case assign, add, subtract, multiply, divide, remainder
    /// `??=`: assigns only when the target is `$null`.
    case coalesce
}

public enum StatementKind: Sendable {
    case pipeline(PipelineAst)
    /// `a && b || c`, optionally ending in `&` (the whole chain is the job).
    case pipelineChain(first: PipelineAst, rest: [(op: ChainOperator, pipeline: PipelineAst)], isBackground: Bool)
    /// `target op value`; a multiple assignment has an array-literal target.
    case assignment(target: Expression, op: AssignmentOperator, value: Statement)
    case ifStatement(clauses: [(condition: Statement, body: StatementBlock)], elseBody: StatementBlock?)
    case whileLoop(label: String?, condition: Statement, body: StatementBlock)
    /// `do {} while ()` (`isUntil` false) or `do {} until ()`.
    case doLoop(label: String?, body: StatementBlock, condition: Statement, isUntil: Bool)
    case forLoop(label: String?, initializer: Statement?, condition: Statement?, iterator: Statement?, body: StatementBlock)
    case foreachLoop(label: String?, variable: VariableReference, collection: Statement, body: StatementBlock)
    case switchStatement(SwitchAst)
    case functionDefinition(FunctionDefinitionAst)
    case tryStatement(body: StatementBlock, catches: [CatchClause], finallyBody: StatementBlock?)
    case throwStatement(Statement?)
    case returnStatement(Statement?)
    case exitStatement(Statement?)
    case breakStatement(label: String?)
    case continueStatement(label: String?)
    /// `trap [type] { }`: runs when a terminating error leaves a statement
    /// of the block it is written in, wherever in the block it stands.
    case trapStatement(type: TypeName?, body: StatementBlock)
    /// `class` or `enum`.
    case typeDefinition(TypeDefinitionAst)
    /// `using namespace N`: type names may leave out `N.` (empty for a
    /// `using assembly`, which changes nothing).
    case usingNamespace(String)
    /// `DATA [name] { }`.
    case dataSection(name: String?, body: StatementBlock)
    /// `param(...)` appearing where it has no effect is rejected by the
    /// parser, so this is only a nested block `{ }` used as a statement.
    case block(StatementBlock)
}

public struct CatchClause: Sendable {
    /// Empty for a catch-all.
    public let types: [TypeName]
    public let body: StatementBlock
    public init(types: [TypeName], body: StatementBlock) {
        self.types = types
        self.body = body
    }
}

public struct SwitchAst: Sendable {
    public enum Mode: Sendable { case exact, wildcard, regex }
    public let label: String?
    public let mode: Mode
    public let caseSensitive: Bool
    public let subject: Statement
    public let clauses: [(condition: Expression, body: StatementBlock)]
    public let defaultBody: StatementBlock?
    /// `switch -File`: the subject names a file whose lines are the items.
    public let readsFile: Bool
    public init(label: String?, mode: Mode, caseSensitive: Bool, subject: Statement,
                clauses: [(condition: Expression, body: StatementBlock)], defaultBody: StatementBlock?, readsFile: Bool = false) {
        self.readsFile = readsFile
        self.label = label
        self.mode = mode
        self.caseSensitive = caseSensitive
        self.subject = subject
        self.clauses = clauses
        self.defaultBody = defaultBody
    }
}

public struct FunctionDefinitionAst: Sendable {
    public let name: String
    public let isFilter: Bool
    public let body: ScriptBlockAst
    public init(name: String, isFilter: Bool, body: ScriptBlockAst) {
        self.name = name
        self.isFilter = isFilter
        self.body = body
    }
}

/// `a | b | c`, optionally ending in `&` (run as a background job).
public struct PipelineAst: Sendable {
    public let elements: [PipelineElement]
    public let isBackground: Bool
    public let span: SourceSpan
    public init(elements: [PipelineElement], isBackground: Bool, span: SourceSpan) {
        self.elements = elements
        self.isBackground = isBackground
        self.span = span
    }
}

public enum PipelineElement: Sendable {
    case expression(Expression, redirections: [Redirection])
    case command(CommandAst)

    public var span: SourceSpan {
        switch self {
        case .expression(let expression, _): return expression.span
        case .command(let command): return command.span
        }
    }
}

/// A command invocation: a name (or an expression after `&` / `.`) and its
/// arguments.
public final class CommandAst: Sendable {
    public enum InvocationOperator: Sendable { case none, call, dotSource }
    public let invocation: InvocationOperator
    /// A bareword becomes `.string`; after `&` any expression may name it.
    public let name: Expression
    public let arguments: [CommandArgument]
    public let redirections: [Redirection]
    public let span: SourceSpan
    public init(invocation: InvocationOperator, name: Expression, arguments: [CommandArgument],
                redirections: [Redirection], span: SourceSpan) {
        self.invocation = invocation
        self.name = name
        self.arguments = arguments
        self.redirections = redirections
        self.span = span
    }

    /// The bareword name, if the command was named by one.
    public var literalName: String? {
        if case .string(let name) = self.name.kind { return name }
        return nil
    }
}

public enum CommandArgument: Sendable {
    /// `-Name`, or `-Name:value` (the value then is attached).
    case parameter(name: String, value: Expression?, span: SourceSpan)
    case value(Expression)
    /// `--% rest of the line`: the text after the stop-parsing token, as written.
    case verbatim(String, span: SourceSpan)
}

/// `2>&1`, `> file`, `*>> file`, `2>$null`.
public struct Redirection: Sendable {
    /// 1 output, 2 error, 3 warning, 4 verbose, 5 debug, 6 information, 0 all (`*`).
    public let stream: Int
    public enum Target: Sendable {
        case mergeIntoOutput
        case file(Expression, append: Bool)
    }
    public let target: Target
    public let span: SourceSpan
    public init(stream: Int, target: Target, span: SourceSpan) {
        self.stream = stream
        self.target = target
        self.span = span
    }
}

extension AssignmentOperator {
    /// As written: `=`, `+=`, ...
    public var symbol: String {
        switch self {
        case .assign: return "="
        case .add: return "+="
        case .subtract: return "-="
        case .multiply: return "*="
        case .divide: return "/="
        case .remainder: return "%="
        case .coalesce: return "??="
        }
    }
}

extension Statement {
    /// True for `cmd &` (also `$x = cmd &` and `a && b &`): the `&` ends it.
    /// True for the keyword statements that end with a block of their own
    /// (`if`, loops, `switch`, `function`, `try`, `trap`), after which pwsh
    /// needs no separator.
    public var endsWithStatementBlock: Bool {
        switch kind {
        case .ifStatement, .whileLoop, .doLoop, .forLoop, .foreachLoop, .switchStatement, .functionDefinition,
             .tryStatement, .trapStatement, .typeDefinition, .dataSection:
            return true
        default:
            return false
        }
    }

    public var endsWithBackgroundOperator: Bool {
        switch kind {
        case .pipeline(let pipeline): return pipeline.isBackground
        case .pipelineChain(_, _, let isBackground): return isBackground
        case .assignment(_, _, let value): return value.endsWithBackgroundOperator
        default: return false
        }
    }
}
