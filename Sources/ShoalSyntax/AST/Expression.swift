// Expressions of the language: plain syntax with source spans. What the
// evaluator works out from them lives in ShoalRuntime's plan (PlanCompiler).

/// An expression with its place in the source.
public final class Expression: Sendable {
    public let kind: ExpressionKind
    public let span: SourceSpan

    public init(_ kind: ExpressionKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
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
    /// `${a}?.b`, `${a}?.M()`, `${a}?[0]`: the access (a `.member`,
    /// `.invokeMember` or `.index`) when its target is not `$null`, else `$null`.
    case nullConditional(Expression)
    /// `condition ? ifTrue : ifFalse`.
    case ternary(condition: Expression, ifTrue: Expression, ifFalse: Expression)
}

/// A key and its value in a hashtable literal.
public struct HashEntry: Sendable {
    public let key: Expression
    public let value: Statement
    public init(key: Expression, value: Statement) {
        self.key = key
        self.value = value
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
    public init(name: String, span: SourceSpan) {
        self.name = name
        self.span = span
    }
    public var description: String { name }
}

/// How a variable is named: its scope qualifier and name.
public struct VariableReference: Sendable {
    public enum Qualifier: Sendable {
        case none, local, script, global, `private`, env, using, variable, function, alias
        /// Another drive (`$cache:x`): the name keeps the drive (`cache:x`).
        case drive
    }
    /// As written, without `$` or the qualifier.
    public let name: String
    public let qualifier: Qualifier

    public init(name: String, qualifier: Qualifier) {
        self.name = name
        self.qualifier = qualifier
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
        case .alias: return "$alias:" + name
        case .drive: return "$" + name
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
    /// `a ?? b`: `a` unless it is `$null`, else `b` (evaluated only then).
    case coalesce
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
