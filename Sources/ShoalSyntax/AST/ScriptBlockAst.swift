// Script blocks: the unit that runs. The whole script, every `{ }`
// literal and every function body is one.

/// A parsed script block.
public final class ScriptBlockAst: Sendable {
    public let paramBlock: ParamBlockAst?
    public let beginBlock: StatementBlock?
    public let processBlock: StatementBlock?
    /// The body when no named blocks are written.
    public let endBlock: StatementBlock?
    /// `clean { }` (pwsh 7.3): runs last, however the call ends.
    public let cleanBlock: StatementBlock?
    /// `[CmdletBinding()]` on the param block.
    public let isAdvanced: Bool
    public let span: SourceSpan
    /// True for a function or a whole script, false for a `{ }` literal.
    public let isNamedBody: Bool

    public init(paramBlock: ParamBlockAst?, beginBlock: StatementBlock?, processBlock: StatementBlock?,
                endBlock: StatementBlock?, isAdvanced: Bool, span: SourceSpan,
                isNamedBody: Bool, cleanBlock: StatementBlock? = nil) {
        self.cleanBlock = cleanBlock
        self.paramBlock = paramBlock
        self.beginBlock = beginBlock
        self.processBlock = processBlock
        self.endBlock = endBlock
        self.isAdvanced = isAdvanced
        self.span = span
        self.isNamedBody = isNamedBody
    }

    /// The source text inside the braces, as `ScriptBlock.ToString()` gives
    /// it. A function's parameters written in parentheses come first, as
    /// `param(...)` and a newline (`${function:f}`), as in pwsh.
    public var text: String {
        let whole = span.text
        // A function body starts at its brace, never at the file's start.
        let isFunctionBody = isNamedBody && span.start > 0
        guard !isNamedBody || isFunctionBody, whole.hasPrefix("{"), whole.hasSuffix("}") else { return whole }
        let inner = String(whole.dropFirst().dropLast())
        if isFunctionBody, let paramBlock, paramBlock.span.start < span.start {
            return "param(" + paramBlock.parameters.map(\.span.text).joined(separator: ", ") + ")\n" + inner
        }
        return inner
    }
}

public struct ParamBlockAst: Sendable {
    public let parameters: [ParameterAst]
    /// The attributes written before `param`, e.g. `[CmdletBinding(DefaultParameterSetName = 'A')]`.
    public let attributes: [AttributeAst]
    public let span: SourceSpan
    public init(parameters: [ParameterAst], attributes: [AttributeAst] = [], span: SourceSpan) {
        self.parameters = parameters
        self.attributes = attributes
        self.span = span
    }
}

/// One parameter: `[attrs][type]$name = default`.
public struct ParameterAst: Sendable {
    public let variable: VariableReference
    public let typeName: TypeName?
    public let defaultValue: Expression?
    public let attributes: [AttributeAst]
    public let span: SourceSpan
    public init(variable: VariableReference, typeName: TypeName?, defaultValue: Expression?,
                attributes: [AttributeAst], span: SourceSpan) {
        self.variable = variable
        self.typeName = typeName
        self.defaultValue = defaultValue
        self.attributes = attributes
        self.span = span
    }
}

/// `[Name(positional, Named = value, Flag)]`.
public struct AttributeAst: Sendable {
    public let name: String
    public let positional: [Expression]
    /// Named arguments; a bare flag (`Mandatory`) has no value.
    public let named: [(name: String, value: Expression?)]
    public let span: SourceSpan
    public init(name: String, positional: [Expression], named: [(name: String, value: Expression?)], span: SourceSpan) {
        self.name = name
        self.positional = positional
        self.named = named
        self.span = span
    }
}
