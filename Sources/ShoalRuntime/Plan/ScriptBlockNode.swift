// Script blocks as the evaluator runs them: the unit that is compiled
// once (see PlanCompiler) and shared by every call, job and pool item.

import ShoalSyntax

/// A script block compiled for the evaluator.
public final class ScriptBlockNode: Sendable {
    /// The block as parsed: its text, and what completion, help and job
    /// serialisation read.
    public let syntax: ScriptBlockAst
    public let paramBlock: ParamBlockNode?
    public let beginBlock: StatementList?
    public let processBlock: StatementList?
    /// The body when no named blocks are written.
    public let endBlock: StatementList?
    /// `clean { }`: run last, whether the call ended well or not.
    public let cleanBlock: StatementList?
    public let layout: VariableLayout
    /// What ForEach-Object and Where-Object run per object: the process
    /// block, else the end block (nil when there is neither).
    public let itemBody: Borrowed<StatementList>?

    init(syntax: ScriptBlockAst, paramBlock: ParamBlockNode?, beginBlock: StatementList?, processBlock: StatementList?,
         endBlock: StatementList?, layout: VariableLayout, cleanBlock: StatementList? = nil) {
        self.cleanBlock = cleanBlock
        self.syntax = syntax
        self.paramBlock = paramBlock
        self.beginBlock = beginBlock
        self.processBlock = processBlock
        self.endBlock = endBlock
        self.layout = layout
        itemBody = (processBlock ?? endBlock).map(Borrowed.init)
    }

    /// Compiles a parsed script block (and the blocks nested in it).
    public static func compiling(_ syntax: ScriptBlockAst) -> ScriptBlockNode {
        PlanCompiler().compile(syntax)
    }

    /// `[CmdletBinding()]` on the param block.
    public var isAdvanced: Bool { syntax.isAdvanced }
    /// True for a function or a whole script, false for a `{ }` literal.
    public var isNamedBody: Bool { syntax.isNamedBody }
    public var span: SourceSpan { syntax.span }
    /// The source text inside the braces, as `ScriptBlock.ToString()` gives it.
    public var text: String { syntax.text }
}

public struct ParamBlockNode: Sendable {
    public let parameters: [ParameterNode]
    /// The attributes written before `param`, e.g. `[CmdletBinding(DefaultParameterSetName = 'A')]`.
    public let attributes: [AttributeNode]
    public let span: SourceSpan
}

/// One parameter: `[attrs][type]$name = default`.
public struct ParameterNode: Sendable {
    public let variable: VariableNode
    public let typeName: TypeNode?
    public let defaultValue: ExpressionNode?
    public let attributes: [AttributeNode]
    public let span: SourceSpan
}

/// `[Name(positional, Named = value, Flag)]`.
public struct AttributeNode: Sendable {
    public let name: String
    public let positional: [ExpressionNode]
    /// Named arguments; a bare flag (`Mandatory`) has no value.
    public let named: [(name: String, value: ExpressionNode?)]
    public let span: SourceSpan
}
