// Statements as the evaluator runs them (see ExpressionNode).

import ShoalSyntax

/// A statement compiled for the evaluator, with its place in the source.
public final class StatementNode: Sendable {
    public let kind: Kind
    public let span: SourceSpan
    /// The expression, when the statement is nothing but one expression
    /// (no command, redirection or `&`): the evaluator's fast path.
    public let simpleExpression: ExpressionNode?
    /// Whether, used as a value, it is a value itself (one expression or an
    /// assignment) rather than a pipeline whose output is collected.
    var isLoneValue: Bool {
        if simpleExpression != nil { return true }
        if case .assignment = kind { return true }
        return false
    }
    /// The statement is only `$( ... )`.
    var isLoneSubexpression: Bool {
        if case .subexpression? = simpleExpression?.kind { return true }
        return false
    }
    /// The commonest forms (one expression, an assignment, one command
    /// with no pipe or `&`) with their parts borrowed (see Borrowed): what
    /// the evaluator switches on first.
    public let shape: Shape
    /// Whether `$?` is `$true` after it (see PipelineNode.setsSuccess): a
    /// lone expression, or an assignment of one.
    public let setsSuccess: Bool
    /// Whether it runs a command (outside nested script blocks): a
    /// condition that does sets `$?` to `$true` after it, as pwsh does.
    public let runsCommand: Bool

    /// What the statement is; the cases mirror `StatementKind`.
    public enum Kind: Sendable {
        case pipeline(PipelineNode)
        case pipelineChain(first: PipelineNode, rest: [(op: ChainOperator, pipeline: PipelineNode)], isBackground: Bool)
        case assignment(target: ExpressionNode, op: AssignmentOperator, value: StatementNode)
        case ifStatement(clauses: [(condition: StatementNode, body: StatementList)], elseBody: StatementList?)
        case whileLoop(label: String?, condition: StatementNode, body: StatementList)
        case doLoop(label: String?, body: StatementList, condition: StatementNode, isUntil: Bool)
        case forLoop(label: String?, initializer: StatementNode?, condition: StatementNode?, iterator: StatementNode?,
                     body: StatementList)
        case foreachLoop(label: String?, variable: VariableNode, collection: StatementNode, body: StatementList)
        case switchStatement(SwitchNode)
        case functionDefinition(FunctionDefinitionNode)
        case tryStatement(body: StatementList, catches: [CatchNode], finallyBody: StatementList?)
        case throwStatement(StatementNode?)
        case returnStatement(StatementNode?)
        case exitStatement(StatementNode?)
        case breakStatement(label: String?)
        case continueStatement(label: String?)
        case block(StatementList)
        /// `class` or `enum` (defined when its block starts, see StatementList.typeDefinitions).
        case typeDefinition(TypeDefinitionNode)
        /// `return` in a class method's own body: the method's value.
        case methodReturn(StatementNode?)
        /// `using namespace N` (see StatementKind.usingNamespace).
        case usingNamespace(String)
        /// `DATA [name] { }`.
        case dataSection(name: String?, body: StatementList)
    }

    public enum Shape: Sendable {
        case expression(Borrowed<ExpressionNode>)
        case assignment(target: Borrowed<ExpressionNode>, op: AssignmentOperator, value: Borrowed<StatementNode>)
        case command(Borrowed<CommandNode>)
        case other
    }

    init(_ kind: Kind, _ span: SourceSpan, runsCommand: Bool = false) {
        self.kind = kind
        self.span = span
        self.runsCommand = runsCommand
        switch kind {
        case .pipeline(let pipeline): setsSuccess = pipeline.setsSuccess
        case .assignment(_, _, let value): setsSuccess = value.setsSuccess
        default: setsSuccess = false
        }
        var expression: ExpressionNode?
        var shape = Shape.other
        switch kind {
        case .assignment(let target, let op, let value):
            shape = .assignment(target: Borrowed(target), op: op, value: Borrowed(value))
        case .pipeline(let pipeline) where pipeline.elements.count == 1 && !pipeline.isBackground:
            switch pipeline.elements[0] {
            case .expression(let lone, let redirections) where redirections.isEmpty:
                expression = lone
                shape = .expression(Borrowed(lone))
            case .command(let command):
                shape = .command(Borrowed(command))
            default:
                break
            }
        default:
            break
        }
        simpleExpression = expression
        self.shape = shape
    }

    /// True for `cmd &` (also `$x = cmd &` and `a && b &`): the `&` ends it.
    public var endsWithBackgroundOperator: Bool {
        switch kind {
        case .pipeline(let pipeline): return pipeline.isBackground
        case .pipelineChain(_, _, let isBackground): return isBackground
        case .assignment(_, _, let value): return value.endsWithBackgroundOperator
        default: return false
        }
    }
}

/// A list of statements, as inside braces.
public final class StatementList: Sendable {
    public let statements: [StatementNode]
    public let span: SourceSpan
    /// `statements` borrowed (see Borrowed): running a block then touches
    /// no statement's reference count.
    public let borrowedStatements: [Borrowed<StatementNode>]
    /// The block's `trap` statements, taken out of the statement order:
    /// a trap covers the whole block wherever it is written.
    public let traps: [TrapNode]
    /// A block without traps inside one with traps (of the same script
    /// block): an error in a pipeline chain here leaves the block for those
    /// traps instead of being trapped inside the chain.
    public let hidesEnclosingTraps: Bool
    /// The `class` and `enum` definitions among the statements: defined
    /// before the first statement runs, so a script may use a class above
    /// the place it is written, as in pwsh.
    public let typeDefinitions: [TypeDefinitionNode]
    init(statements: [StatementNode], traps: [TrapNode] = [], hidesEnclosingTraps: Bool = false, span: SourceSpan) {
        self.statements = statements
        self.traps = traps
        typeDefinitions = statements.compactMap { if case .typeDefinition(let node) = $0.kind { node } else { nil } }
        self.hidesEnclosingTraps = hidesEnclosingTraps && traps.isEmpty
        self.span = span
        borrowedStatements = statements.map(Borrowed.init)
    }
}

/// `trap [type] { body }`.
public struct TrapNode: Sendable {
    /// Nil for a trap that takes every error.
    public let type: TypeNode?
    public let body: StatementList
}

public struct CatchNode: Sendable {
    /// Empty for a catch-all.
    public let types: [TypeNode]
    public let body: StatementList
}

public struct SwitchNode: Sendable {
    public typealias Mode = SwitchAst.Mode
    public let label: String?
    public let mode: Mode
    public let caseSensitive: Bool
    public let subject: StatementNode
    public let clauses: [(condition: ExpressionNode, body: StatementList)]
    public let defaultBody: StatementList?
    /// `switch -File`: the subject is a path; the file's lines are the items.
    public let readsFile: Bool
}

public struct FunctionDefinitionNode: Sendable {
    public let name: String
    public let isFilter: Bool
    public let body: ScriptBlockNode
}
