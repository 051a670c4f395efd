// The value model. Scalars are stored inline; arrays, hashtables, objects
// and script blocks are final classes, so copying a Value never copies a
// collection and PowerShell's reference semantics (`$b = $a; $b[0] = 1`
// changes `$a`) hold.

import ShoalSyntax

/// Any value a script can hold.
public enum Value {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array(ArrayValue)
    case hashtable(HashtableValue)
    case object(PSObject)
    case scriptBlock(ScriptBlock)
    case error(ErrorRecord)
    /// Anything else: types, regexes, dates, timespans, runtime handles.
    case native(any NativeObject)

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// An object implemented in Swift that scripts can read and call.
public protocol NativeObject: AnyObject {
    /// The .NET-style full type name, e.g. `System.DateTime`.
    var typeName: String { get }
    /// `ToString()`.
    var stringValue: String { get }
    func property(_ name: String) -> Value?
    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value?
    /// Every property, in display order (for formatting and Get-Member).
    var propertyNames: [String] { get }
}

extension NativeObject {
    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? { nil }
    public var propertyNames: [String] { [] }
}

/// `object[]`: reference semantics, mutable elements.
public final class ArrayValue {
    public var items: [Value]
    /// The element type of a typed array (`[string[]]`), e.g. `System.String`.
    public var elementType: String?
    public init(_ items: [Value], elementType: String? = nil) {
        self.items = items
        self.elementType = elementType
    }
}

/// A script block value: the compiled block plus, for `GetNewClosure()`,
/// captured variables.
public final class ScriptBlock {
    /// The block as the evaluator runs it.
    public let node: ScriptBlockNode
    /// The block as parsed.
    public var ast: ScriptBlockAst { node.syntax }
    /// The param block compiled for binding, made on the first call.
    var bindingPlan: ScriptBindingPlan?
    /// Whether calls may take the direct path, decided on first call (and
    /// never replaced after, so that a call may borrow it).
    var directCallPlan: DirectCallPlan? {
        didSet { borrowedDirectCallPlan = directCallPlan.map(Borrowed.init) }
    }
    /// The same plan, borrowed (see Borrowed): a call reads it without
    /// touching its reference count, the block holding it meanwhile.
    private(set) var borrowedDirectCallPlan: Borrowed<DirectCallPlan>?
    /// For a block made by `GetNewClosure()`: the scope holding the copied
    /// variables, which calls of the block use as their parent scope.
    var closureScope: Scope?
    /// The module scope of the module whose code made this block: called
    /// from outside that module, it runs there, as a pwsh script block runs
    /// in the session state it was made in (a module's private functions
    /// stay reachable from the block it hands out).
    var moduleScope: Scope?
    public init(_ node: ScriptBlockNode) { self.node = node }
    /// Compiles a parsed block.
    public convenience init(_ ast: ScriptBlockAst) { self.init(ScriptBlockNode.compiling(ast)) }
    public var text: String { node.text }
}

extension Value {
    /// Wraps a Swift array as a script array.
    public static func list(_ items: [Value]) -> Value { .array(ArrayValue(items)) }

    /// The result of a pipeline: nothing is `$null`, one value is itself,
    /// more are an array.
    public static func fromOutput(_ items: [Value]) -> Value {
        switch items.count {
        case 0: return .null
        case 1: return items[0]
        default: return .array(ArrayValue(items))
        }
    }

    /// The items a value contributes to a pipeline: arrays unroll one level.
    @inlinable
    public func forEachEnumerated(_ body: (Value) throws -> Void) rethrows {
        switch self {
        case .array(let array):
            for item in array.items { try body(item) }
        case .native(let native as EnumerableObject):
            for item in native.enumerated() { try body(item) }
        default:
            try body(self)
        }
    }

    /// The value as a list of items (`@()` semantics, `$null` is empty).
    public var enumeratedItems: [Value] {
        switch self {
        case .null: return []
        case .array(let array): return array.items
        case .native(let native as EnumerableObject): return native.enumerated()
        default: return [self]
        }
    }
}

/// What a native method that returns nothing (`void`) answers, so that
/// "no such method" (nil) and "returned nothing" stay distinct.
public final class VoidResult: NativeObject, Sendable {
    public static let shared = VoidResult()
    public static var value: Value { .native(shared) }
    /// A method's answer as the caller writes it: nothing for `void`.
    static func output(of result: Value) -> Value? {
        if case .native(let marker) = result, marker is VoidResult { return nil }
        return result
    }
    public var typeName: String { "System.Void" }
    public var stringValue: String { "" }
    public func property(_ name: String) -> Value? { nil }
}

/// A native object that also is an instance of base types (`-is`).
public protocol TypeHierarchyObject: NativeObject {
    var baseTypeNames: [String] { get }
}

/// A native object whose wrappers stand for one underlying thing (a job):
/// two wrappers with the same identity are equal.
public protocol IdentityObject: NativeObject {
    var identity: ObjectIdentifier { get }
}

/// A native object that unrolls in a pipeline (lists, match collections).
public protocol EnumerableObject: NativeObject {
    func enumerated() -> [Value]
}

/// A native object indexed by key (`$PSStyle.FileInfo.Extension['.zip']`).
public protocol KeyIndexedObject: NativeObject {
    func item(_ key: Value) -> Value
}

/// A native object that lists its members itself (with methods and
/// definitions), for Get-Member.
public protocol DescribedMembers: NativeObject {
    var memberListing: [(name: String, kind: String, definition: String)] { get }
}
