// `class` and `enum` definitions.

/// `class Name : Base { members }` or `enum Name { A; B = 2 }`.
public struct TypeDefinitionAst: Sendable {
    public enum Kind: Sendable { case classType, enumType }
    public let kind: Kind
    public let name: String
    /// `: Base` for a class (a script class, or a .NET type shoal refuses),
    /// `: byte` for an enum's underlying type.
    public let baseTypes: [TypeName]
    /// Written before `class` / `enum`, e.g. `[Flags()]`.
    public let attributes: [AttributeAst]
    public let members: [MemberAst]
    public let span: SourceSpan
    public let nameSpan: SourceSpan

    public init(kind: Kind, name: String, baseTypes: [TypeName], attributes: [AttributeAst], members: [MemberAst],
                span: SourceSpan, nameSpan: SourceSpan) {
        self.kind = kind
        self.name = name
        self.baseTypes = baseTypes
        self.attributes = attributes
        self.members = members
        self.span = span
        self.nameSpan = nameSpan
    }
}

/// One member of a class or enum.
public enum MemberAst: Sendable {
    case property(PropertyMemberAst)
    case method(MethodMemberAst)
    /// `Name` or `Name = value` in an enum.
    case enumMember(name: String, value: Expression?, span: SourceSpan)
}

/// `[hidden] [static] [type] $Name = default`.
public struct PropertyMemberAst: Sendable {
    public let name: String
    public let typeName: TypeName?
    public let defaultValue: Expression?
    public let isStatic: Bool
    public let isHidden: Bool
    public let attributes: [AttributeAst]
    public let span: SourceSpan
    public init(name: String, typeName: TypeName?, defaultValue: Expression?, isStatic: Bool, isHidden: Bool,
                attributes: [AttributeAst], span: SourceSpan) {
        self.name = name
        self.typeName = typeName
        self.defaultValue = defaultValue
        self.isStatic = isStatic
        self.isHidden = isHidden
        self.attributes = attributes
        self.span = span
    }
}

/// `[static] [type] Name(params) { body }`, or a constructor
/// `Name(params) : base(args) { body }`.
public struct MethodMemberAst: Sendable {
    public let name: String
    /// Nil for a constructor; `void` when written so.
    public let returnType: TypeName?
    public let isConstructor: Bool
    public let isStatic: Bool
    public let isHidden: Bool
    /// The parameters and the body (a method body returns only with `return`).
    public let body: ScriptBlockAst
    /// `: base(...)` after a constructor's parameters.
    public let baseArguments: [Expression]?
    public let span: SourceSpan
    public init(name: String, returnType: TypeName?, isConstructor: Bool, isStatic: Bool, isHidden: Bool, body: ScriptBlockAst,
                baseArguments: [Expression]?, span: SourceSpan) {
        self.name = name
        self.returnType = returnType
        self.isConstructor = isConstructor
        self.isStatic = isStatic
        self.isHidden = isHidden
        self.body = body
        self.baseArguments = baseArguments
        self.span = span
    }
}
