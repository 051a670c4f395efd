// `class` and `enum` definitions as the evaluator runs them: defining one
// makes a ScriptClass or a script enum in the runspace (see ScriptTypes).

import ShoalSyntax

/// A `class` or `enum` definition, compiled.
public final class TypeDefinitionNode: Sendable {
    public let syntax: TypeDefinitionAst
    public let properties: [PropertyNode]
    public let methods: [MethodNode]
    public let enumMembers: [(name: String, value: ExpressionNode?, span: SourceSpan)]
    public let attributes: [AttributeNode]

    init(syntax: TypeDefinitionAst, properties: [PropertyNode], methods: [MethodNode],
         enumMembers: [(name: String, value: ExpressionNode?, span: SourceSpan)], attributes: [AttributeNode]) {
        self.syntax = syntax
        self.properties = properties
        self.methods = methods
        self.enumMembers = enumMembers
        self.attributes = attributes
    }

    public var name: String { syntax.name }
}

/// `[static] [type] $Name = default` in a class.
public struct PropertyNode: Sendable {
    public let name: String
    public let typeName: TypeNode?
    public let defaultValue: ExpressionNode?
    public let isStatic: Bool
    public let isHidden: Bool
}

/// A method or constructor: its parameters and body as a script block
/// whose `return` gives the method's value (see StatementNode.methodReturn).
public struct MethodNode: Sendable {
    public let name: String
    public let returnType: TypeNode?
    public let isConstructor: Bool
    public let isStatic: Bool
    public let isHidden: Bool
    public let body: ScriptBlockNode
    /// `: base(...)`, compiled in the constructor's scope (its parameters are visible).
    public let baseArguments: [ExpressionNode]?
    public let span: SourceSpan

    /// The number of parameters: overloads are chosen by it.
    public var arity: Int { body.paramBlock?.parameters.count ?? 0 }
    /// `[void]`, or a constructor.
    public var returnsNothing: Bool { returnType == nil || returnType!.name.lowercased() == "void" }
}
