// Pipelines and commands as the evaluator runs them (see ExpressionNode).

import ShoalSyntax

/// `a | b | c`, optionally ending in `&` (run as a background job).
public struct PipelineNode: Sendable {
    public let elements: [PipelineElementNode]
    public let isBackground: Bool
    public let span: SourceSpan
    /// A lone expression after which `$?` is `$true` (pwsh's
    /// ShouldSetExecutionStatusToSuccess): not `(cmd)` nor `$(…)` with
    /// statements, which leave `$?` as what ran inside them set it.
    public let setsSuccess: Bool

    init(elements: [PipelineElementNode], isBackground: Bool, span: SourceSpan) {
        self.elements = elements
        self.isBackground = isBackground
        self.span = span
        if elements.count == 1, case .expression(let expression, _) = elements[0] {
            setsSuccess = expression.setsSuccess
        } else {
            setsSuccess = false
        }
    }
}

public enum PipelineElementNode: Sendable {
    case expression(ExpressionNode, redirections: [RedirectionNode])
    case command(CommandNode)

    public var span: SourceSpan {
        switch self {
        case .expression(let expression, _): return expression.span
        case .command(let command): return command.span
        }
    }
}

/// A command invocation compiled for the evaluator: its name (or the
/// expression after `&` / `.`), its arguments, and the shapes a call can
/// be bound from directly.
public final class CommandNode: Sendable {
    public typealias InvocationOperator = CommandAst.InvocationOperator
    public let invocation: InvocationOperator
    /// A bareword becomes `.string`; after `&` any expression may name it.
    public let name: ExpressionNode
    public let arguments: [CommandArgumentNode]
    public let redirections: [RedirectionNode]
    public let span: SourceSpan
    /// The bareword name lower-cased, for command look-up.
    public let nameKey: String?
    /// The arguments when all are plain positional values (no `-Name`, no
    /// `@splat`): what a simple function call binds directly.
    public let positionalValues: [ExpressionNode]?
    /// Up to two positional values again, borrowed (see Borrowed), with
    /// their count; nil when there are more or `positionalValues` is nil.
    public let fewPositionalValues: (count: Int, first: Borrowed<ExpressionNode>?, second: Borrowed<ExpressionNode>?)?
    /// The splatted variables and their spans when every argument is a
    /// splat (`f @params`), else nil.
    public let splats: [(variable: VariableNode, span: SourceSpan)]?

    /// `f(1, 2)`: one parenthesized list right after the name, which
    /// `Set-StrictMode -Version 2` refuses as a method-style call.
    public let isCalledLikeMethod: Bool

    init(invocation: InvocationOperator, name: ExpressionNode, arguments: [CommandArgumentNode],
         redirections: [RedirectionNode], span: SourceSpan) {
        self.invocation = invocation
        self.name = name
        if arguments.count == 1, case .value(let only) = arguments[0], case .parenthesized(let inner) = only.kind,
           only.span.start == name.span.end, case .arrayLiteral? = inner.simpleExpression?.kind {
            isCalledLikeMethod = true
        } else {
            isCalledLikeMethod = false
        }
        if case .string(let word) = name.kind { nameKey = word.lowercased() } else { nameKey = nil }
        var values: [ExpressionNode]? = []
        for argument in arguments {
            guard case .value(let expression) = argument else { values = nil; break }
            if case .splat = expression.kind { values = nil; break }
            values?.append(expression)
        }
        positionalValues = values
        var splatted: [(variable: VariableNode, span: SourceSpan)]? = arguments.isEmpty ? nil : []
        for argument in arguments {
            guard case .value(let value) = argument, case .splat(let variable) = value.kind else { splatted = nil; break }
            splatted?.append((variable, value.span))
        }
        splats = splatted
        if let values, values.count <= 2 {
            fewPositionalValues = (values.count, values.first.map(Borrowed.init), values.dropFirst().first.map(Borrowed.init))
        } else {
            fewPositionalValues = nil
        }
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

public enum CommandArgumentNode: Sendable {
    /// `-Name`, or `-Name:value` (the value then is attached).
    case parameter(name: String, value: ExpressionNode?, span: SourceSpan)
    case value(ExpressionNode)
    /// `--% rest of the line`: the text after the stop-parsing token, as written.
    case verbatim(String, span: SourceSpan)
}

/// `2>&1`, `> file`, `*>> file`, `2>$null`.
public struct RedirectionNode: Sendable {
    /// 1 output, 2 error, 3 warning, 4 verbose, 5 debug, 6 information, 0 all (`*`).
    public let stream: Int
    public enum Target: Sendable {
        case mergeIntoOutput
        case file(ExpressionNode, append: Bool)
    }
    public let target: Target
    public let span: SourceSpan
}
