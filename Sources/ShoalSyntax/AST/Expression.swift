// Expressions of the language. Nodes are immutable final classes so a
// compiled script block can be shared between threads and jobs without
// copying.

/// An expression with its place in the source.
public final class Expression: Sendable {
    public let kind: ExpressionKind
    public let span: SourceSpan
    /// A `.string` constant lower-cased, made once: member names such as
    /// `Bucket` in `$_.Bucket` are looked up case-insensitively by it.
    public let foldedString: String?
    /// The commonest kinds again, with borrowed children (see Borrowed):
    /// what the evaluator switches on first.
    public let shape: Shape

    public enum Shape: Sendable {
        case integer(Int)
        case variable(Borrowed<VariableReference>)
        case binary(BinaryOperator, Borrowed<Expression>, Borrowed<Expression>)
        /// `a.b` (not static): the target and the name expression.
        case member(Borrowed<Expression>, name: Borrowed<Expression>)
        /// A double-quoted string: its parts, plain variables borrowed.
        case expandable([ExpansionPart])
        case other
    }

    /// A part of a double-quoted string as the evaluator reads it.
    public enum ExpansionPart: Sendable {
        case text(String)
        /// `$name` or `$local:name`.
        case variable(Borrowed<VariableReference>)
        /// Any other part: the evaluator reads `parts[index]` of the kind.
        case original(index: Int)
    }

    public init(_ kind: ExpressionKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
        if case .string(let text) = kind { foldedString = text.lowercased() } else { foldedString = nil }
        switch kind {
        case .integer(let n): shape = .integer(n)
        case .variable(let reference): shape = .variable(Borrowed(reference))
        case .binary(let op, let left, let right): shape = .binary(op, Borrowed(left), Borrowed(right))
        case .member(let target, let name, isStatic: false): shape = .member(Borrowed(target), name: Borrowed(name))
        case .expandableString(let parts):
            shape = .expandable(parts.enumerated().map { index, part in
                switch part {
                case .text(let text): return .text(text)
                case .variable(let reference, _) where reference.qualifier == .none || reference.qualifier == .local:
                    return .variable(Borrowed(reference))
                default: return .original(index: index)
                }
            })
        default: shape = .other
        }
    }
}

/// What an expression is.
public enum ExpressionKind: Sendable {
    case integer(Int)
    case double(Double)
    /// A single-quoted string, a here-string `@' '@`, or a bareword argument.
    case string(String)
    /// A double-quoted string whose parts are expanded at run time.
    case expandableString([StringPart])
    case variable(VariableReference)
    /// `@name` in a command's arguments.
    case splat(VariableReference)
    /// `a, b, c`.
    case arrayLiteral([Expression])
    /// `@( statements )`: always an array.
    case arraySubexpression(StatementBlock)
    /// `$( statements )`.
    case subexpression(StatementBlock)
    /// `( pipeline or statement )`.
    case parenthesized(Statement)
    /// `@{ k = v }` or `[ordered]@{ }`.
    case hashtable([HashEntry], ordered: Bool)
    case scriptBlock(ScriptBlockAst)
    case binary(BinaryOperator, Expression, Expression)
    case unary(UnaryOperator, Expression)
    /// `++$x`, `$x--`.
    case increment(Expression, delta: Int, prefix: Bool)
    /// `[type] expr`.
    case convert(TypeName, Expression)
    /// `[type]` alone.
    case typeLiteral(TypeName)
    /// `a.b`, `a.$name`, `[t]::b`.
    case member(Expression, name: Expression, isStatic: Bool)
    /// `a.m(args)`, `[t]::m(args)`.
    case invokeMember(Expression, name: Expression, arguments: [Expression], isStatic: Bool)
    /// `a[i]`.
    case index(Expression, Expression)
}

/// A key and its value in a hashtable literal.
public struct HashEntry: Sendable {
    public let key: Expression
    public let value: Statement
    /// A constant key as written and lower-cased, computed once.
    public let constantKey: (name: String, folded: String)?
    public init(key: Expression, value: Statement) {
        self.key = key
        self.value = value
        if case .string(let name) = key.kind { constantKey = (name, name.lowercased()) } else { constantKey = nil }
    }
}

/// A piece of a double-quoted string.
public enum StringPart: Sendable {
    case text(String)
    case variable(VariableReference, SourceSpan)
    case subexpression(StatementBlock, SourceSpan)
}

/// A type name written in brackets, e.g. `int`, `string[]`,
/// `System.Collections.Generic.List[string]`.
public struct TypeName: Sendable, CustomStringConvertible {
    /// As written, without the brackets.
    public let name: String
    public let span: SourceSpan
    /// `[pscustomobject]` (however written): a cast the evaluator builds
    /// objects from directly, decided once here.
    public let isPSCustomObject: Bool
    /// `[void]`.
    public let isVoid: Bool
    public init(name: String, span: SourceSpan) {
        self.name = name
        self.span = span
        let key = String(name.unicodeScalars.filter { $0 != " " && $0 != "\t" }).lowercased()
        isPSCustomObject = ["pscustomobject", "system.management.automation.pscustomobject",
                            "management.automation.pscustomobject"].contains(key)
        isVoid = key == "void" || key == "system.void"
    }
    public var description: String { name }
}

/// How a variable is named: its scope qualifier, name, and, for plain local
/// names, the slot the parser gave it in the enclosing script block.
public final class VariableReference: Sendable {
    public enum Qualifier: Sendable {
        case none, local, script, global, `private`, env, using, variable, function
    }
    /// As written, without `$` or the qualifier.
    public let name: String
    /// Lower-cased: the key for look-ups.
    public let key: String
    public let qualifier: Qualifier
    /// Index into the enclosing script block's `VariableLayout`, or -1.
    public let slot: Int
    /// Whether the name is one the evaluator answers itself (`$_`, `$true`,
    /// `$null`, `$?`, `$PWD`, ...) rather than a variable in a scope.
    public let isAutomatic: Bool
    /// `$_` or `$PSItem`.
    public let isCurrentItem: Bool

    /// The names behind `isAutomatic`.
    public static let automaticNames: Set<String> = ["_", "psitem", "true", "false", "null", "?", "pwd"]

    public init(name: String, qualifier: Qualifier, slot: Int) {
        self.name = name
        self.key = name.lowercased()
        self.qualifier = qualifier
        self.slot = slot
        isAutomatic = VariableReference.automaticNames.contains(key)
        isCurrentItem = (key == "_" || key == "psitem") && (qualifier == .none || qualifier == .local)
    }

    /// The variable as the user wrote it, e.g. `$script:count`.
    public var displayName: String {
        switch qualifier {
        case .none: return "$" + name
        case .local: return "$local:" + name
        case .script: return "$script:" + name
        case .global: return "$global:" + name
        case .private: return "$private:" + name
        case .env: return "$env:" + name
        case .using: return "$using:" + name
        case .variable: return "$variable:" + name
        case .function: return "$function:" + name
        }
    }
}

public enum BinaryOperator: Sendable, Equatable {
    case add, subtract, multiply, divide, remainder
    case and, or, xor
    case band, bor, bxor, shl, shr
    case range, format
    /// Comparisons: `name` is the operator without its case prefix (`eq`,
    /// `like`, ...); `caseSensitive` is true for the `-c` forms.
    case compare(ComparisonOperator, caseSensitive: Bool)
    case join
    case split(caseSensitive: Bool)
    case replace(caseSensitive: Bool)
    case typeIs, typeIsNot, typeAs
}

public enum ComparisonOperator: String, Sendable, Equatable {
    case eq, ne, gt, ge, lt, le
    case like, notlike, match, notmatch
    case contains, notcontains, `in`, notin
}

public enum UnaryOperator: Sendable, Equatable {
    case negate, plus, not, bnot, join, split
    /// `,x`: a one-element array.
    case comma
}
