// Expressions as the evaluator runs them: the syntax tree's expressions
// compiled once (see PlanCompiler), with what evaluation needs worked out
// ahead: slots, lower-cased names, the commonest shapes with borrowed
// children. Nodes are immutable final classes, so a compiled script block
// is shared between threads and jobs without copying.

import ShoalSyntax

/// An expression compiled for the evaluator, with its place in the source.
public final class ExpressionNode: Sendable {
    public let kind: Kind
    public let span: SourceSpan
    /// A `.string` constant lower-cased: member names such as `Bucket` in
    /// `$_.Bucket` are looked up case-insensitively by it.
    public let foldedString: String?
    /// The commonest kinds again, with borrowed children (see Borrowed):
    /// what the evaluator switches on first.
    public let shape: Shape

    /// What the expression is; the cases mirror `ExpressionKind`.
    public enum Kind: Sendable {
        case integer(Int)
        case double(Double)
        case string(String)
        case expandableString([StringPartNode])
        case variable(VariableNode)
        case splat(VariableNode)
        case arrayLiteral([ExpressionNode])
        case arraySubexpression(StatementList)
        case subexpression(StatementList)
        case parenthesized(StatementNode)
        case hashtable(HashtableLiteralNode)
        case scriptBlock(ScriptBlockNode)
        case binary(BinaryOperator, ExpressionNode, ExpressionNode)
        case unary(UnaryOperator, ExpressionNode)
        case increment(ExpressionNode, delta: Int, prefix: Bool)
        case convert(TypeNode, ExpressionNode)
        case typeLiteral(TypeNode)
        case member(ExpressionNode, name: ExpressionNode, isStatic: Bool)
        case invokeMember(ExpressionNode, name: ExpressionNode, arguments: [ExpressionNode], isStatic: Bool)
        case index(ExpressionNode, ExpressionNode)
        case ternary(condition: ExpressionNode, ifTrue: ExpressionNode, ifFalse: ExpressionNode)
        case nullConditional(ExpressionNode)
    }

    /// Whether this is the constant string `lowercased` (in any case).
    func isConstantString(_ lowercased: String) -> Bool {
        if case .string(let text) = kind { return text.lowercased() == lowercased }
        return false
    }

    /// pwsh's ShouldSetExecutionStatusToSuccess for a lone expression.
    var setsSuccess: Bool {
        switch kind {
        case .parenthesized(let statement): return statement.setsSuccess
        case .subexpression(let list): return list.statements.isEmpty
        case .arraySubexpression(let list):
            if list.statements.isEmpty { return true }
            return list.statements.count == 1 && list.traps.isEmpty && list.statements[0].setsSuccess
        default: return true
        }
    }

    public enum Shape: Sendable {
        case integer(Int)
        case variable(Borrowed<VariableNode>)
        case binary(BinaryOperator, Borrowed<ExpressionNode>, Borrowed<ExpressionNode>)
        /// `a.b` (not static): the target and the name expression.
        case member(Borrowed<ExpressionNode>, name: Borrowed<ExpressionNode>)
        /// A double-quoted string: its parts, plain variables borrowed.
        case expandable([ExpansionPart])
        case hashtable(Borrowed<HashtableLiteralNode>)
        case other
    }

    /// A part of a double-quoted string as the evaluator reads it.
    public enum ExpansionPart: Sendable {
        case text(String)
        /// `$name` or `$local:name`.
        case variable(Borrowed<VariableNode>)
        /// Any other part: the evaluator reads `parts[index]` of the kind.
        case original(index: Int)
    }

    init(_ kind: Kind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
        if case .string(let text) = kind { foldedString = text.lowercased() } else { foldedString = nil }
        switch kind {
        case .integer(let n): shape = .integer(n)
        case .variable(let variable): shape = .variable(Borrowed(variable))
        case .binary(let op, let left, let right): shape = .binary(op, Borrowed(left), Borrowed(right))
        case .member(let target, let name, isStatic: false): shape = .member(Borrowed(target), name: Borrowed(name))
        case .hashtable(let literal): shape = .hashtable(Borrowed(literal))
        case .expandableString(let parts):
            shape = .expandable(parts.enumerated().map { index, part in
                switch part {
                case .text(let text): return .text(text)
                case .variable(let variable, _) where variable.qualifier == .none || variable.qualifier == .local:
                    return .variable(Borrowed(variable))
                default: return .original(index: index)
                }
            })
        default: shape = .other
        }
    }
}

/// A hashtable literal, `@{...}` or `[ordered]@{...}`. (A class, so that
/// the evaluator borrows it and its entries: see Borrowed.)
public final class HashtableLiteralNode: Sendable {
    public let entries: [HashEntryNode]
    public let ordered: Bool
    let borrowedEntries: [Borrowed<HashEntryNode>]

    init(entries: [HashEntryNode], ordered: Bool) {
        self.entries = entries
        self.ordered = ordered
        borrowedEntries = entries.map(Borrowed.init)
    }
}

/// A key and its value in a hashtable literal. (A class: a literal's
/// entries are read on every evaluation, and reading one touches one
/// reference count rather than one per field.)
public final class HashEntryNode: Sendable {
    public let key: ExpressionNode
    public let value: StatementNode
    /// The key's text, when the key is a constant.
    let constantName: String?
    /// That constant key as a hashtable compares it, folded once, here
    /// (meaningless when `constantName` is nil). Two fields rather than an
    /// optional pair: reading a pair copies it through generic code.
    public let constantHashKey: HashKey
    /// A constant key as written and lower-cased.
    public var constantKey: (name: String, folded: String)? { constantName.map { ($0, constantHashKey.folded) } }

    init(key: ExpressionNode, value: StatementNode) {
        self.key = key
        self.value = value
        if case .string(let name) = key.kind {
            constantName = name
            constantHashKey = HashKey(string: name)
        } else {
            constantName = nil
            constantHashKey = HashKey(.null)
        }
    }
}

/// A piece of a double-quoted string.
public enum StringPartNode: Sendable {
    case text(String)
    case variable(VariableNode, SourceSpan)
    case subexpression(StatementList, SourceSpan)
}

/// A type name written in brackets, with what the evaluator decides from
/// it once.
public struct TypeNode: Sendable, CustomStringConvertible {
    /// As written, without the brackets.
    public let name: String
    public let span: SourceSpan
    /// `[pscustomobject]` (however written): a cast the evaluator builds
    /// objects from directly.
    public let isPSCustomObject: Bool
    /// `[void]`.
    public let isVoid: Bool
    init(_ type: TypeName) {
        name = type.name
        span = type.span
        let key = String(name.unicodeScalars.filter { $0 != " " && $0 != "\t" }).lowercased()
        isPSCustomObject = ["pscustomobject", "system.management.automation.pscustomobject",
                            "management.automation.pscustomobject"].contains(key)
        isVoid = key == "void" || key == "system.void"
    }
    public var description: String { name }
}
