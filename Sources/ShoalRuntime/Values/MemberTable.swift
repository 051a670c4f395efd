// A kind of value's .NET-style members, declared once next to the
// implementation: method calls look them up here, Get-Member lists them
// with their overloads, and tab completion offers them. Adding a method to
// a table is all it takes for all three to know it.

import ShoalSyntax

/// A method call as an implementation sees it: the arguments, where the
/// call is, and .NET's argument conversions and errors.
public struct MethodCall {
    public let name: String
    public let arguments: [Value]
    /// Where the call is written; nil for a call a native object passes on.
    public let span: SourceSpan?

    public var count: Int { arguments.count }

    /// Argument `index` as a string ("" when not given).
    public func string(_ index: Int) -> String {
        index < arguments.count ? Conversion.toString(arguments[index]) : ""
    }

    /// Argument `index` as an Int32, as .NET methods take their counts and
    /// offsets: a bigger number is a conversion error (0 when not given).
    public func int32(_ index: Int) throws -> Int {
        guard index < arguments.count else { return 0 }
        guard case .int(let n) = try TypeConversion.convert(arguments[index], toFullName: "System.Int32", at: span) else { return 0 }
        return n
    }

    /// Argument `index` as a number (a double), with pwsh's error for text that is not one.
    public func double(_ index: Int) throws -> Double {
        guard index < arguments.count else { return 0 }
        return try Operators.numberOrError(arguments[index], for: .double(0), at: span).doubleValue
    }

    /// .NET's ArgumentOutOfRangeException from this call, as pwsh reports it.
    public func outOfRange(_ parameter: String) -> ScriptError {
        failure("Index and length must refer to a location within the string. (Parameter '\(parameter)')", id: "ArgumentOutOfRangeException")
    }

    /// pwsh's error for a call with a number of arguments no overload takes.
    public func noOverload() -> ScriptError {
        ScriptError.runtime("Cannot find an overload for \"\(name)\" and the argument count: \"\(arguments.count)\".",
                            id: "MethodCountCouldNotFindBest", at: span, type: "System.Management.Automation.MethodException")
    }

    /// An exception from the method, as pwsh wraps it: `Exception calling "Name" with "n" argument(s): "message"`.
    public func failure(_ message: String, id: String) -> ScriptError {
        ScriptError.runtime("Exception calling \"\(name)\" with \"\(arguments.count)\" argument(s): \"\(message)\"",
                            id: id, at: span, type: "System.Management.Automation.MethodInvocationException")
    }
}

/// One method: its name as .NET spells it, the overloads Get-Member shows,
/// and what a call does.
public struct MethodMember<Target>: Sendable {
    public let name: String
    public let overloads: [String]
    let body: @Sendable (Target, MethodCall) throws -> Value

    public init(_ name: String, _ overloads: [String], _ body: @escaping @Sendable (Target, MethodCall) throws -> Value) {
        self.name = name
        self.overloads = overloads
        self.body = body
    }
}

/// One property: its name, Get-Member's definition (`int Length {get;}`)
/// and, for a table that reads its properties itself, the getter.
public struct PropertyMember<Target>: Sendable {
    public let name: String
    public let definition: String
    let get: (@Sendable (Target) throws -> Value)?
    public init(_ name: String, _ definition: String, get: (@Sendable (Target) throws -> Value)? = nil) {
        self.name = name
        self.definition = definition
        self.get = get
    }
}

/// A kind of value's members.
public struct MemberTable<Target>: Sendable {
    public let methods: [MethodMember<Target>]
    public let properties: [PropertyMember<Target>]
    private let byName: [String: Int]
    private let propertyByName: [String: Int]

    public init(methods: [MethodMember<Target>], properties: [PropertyMember<Target>] = []) {
        self.methods = methods
        self.properties = properties
        var byName: [String: Int] = [:]
        for (index, method) in methods.enumerated() { byName[method.name.lowercased()] = index }
        self.byName = byName
        var propertyByName: [String: Int] = [:]
        for (index, property) in properties.enumerated() { propertyByName[property.name.lowercased()] = index }
        self.propertyByName = propertyByName
    }

    /// The method of this lower-cased name.
    public func method(_ lowercasedName: String) -> MethodMember<Target>? { byName[lowercasedName].map { methods[$0] } }

    /// Calls method `lowercasedName` on `target`; nil when there is no such method.
    public func invoke(_ target: Target, _ lowercasedName: String, _ arguments: [Value], span: SourceSpan?) throws -> Value? {
        guard let method = method(lowercasedName) else { return nil }
        return try method.body(target, MethodCall(name: method.name, arguments: arguments, span: span))
    }

    /// Reads property `lowercasedName` of `target`; nil when the table has no getter for it.
    public func read(_ target: Target, _ lowercasedName: String) throws -> Value? {
        guard let index = propertyByName[lowercasedName], let get = properties[index].get else { return nil }
        return try get(target)
    }

    /// Get-Member's rows: properties, then methods with their overloads
    /// joined as pwsh shows them (constructors too, as `new`, as pwsh's
    /// DotNetAdapter lists them).
    public var listing: [(name: String, kind: String, definition: String)] {
        properties.map { ($0.name, "Property", $0.definition) }
            + methods.map { ($0.name, "Method", $0.overloads.joined(separator: ", ")) }
    }

    /// What completion offers after `value.`: properties, then `Method(` or `Method()`.
    public var completionNames: [String] {
        // `Name()` when the only overload takes no arguments.
        properties.map(\.name) + methods.map { $0.name + ($0.overloads.count == 1 && $0.overloads[0].hasSuffix("()") ? "()" : "(") }
    }
}

/// A native object whose members are all declared in its type's member
/// table: property reads, method calls and Get-Member come from the table.
public protocol TabledObject: DescribedMembers {
    static var members: MemberTable<Self> { get }
}

extension TabledObject {
    public var propertyNames: [String] { Self.members.properties.map(\.name) }
    public var memberListing: [(name: String, kind: String, definition: String)] { Self.members.listing }
    public func property(_ name: String) -> Value? { try? Self.members.read(self, name.lowercased()) }
    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        try Self.members.invoke(self, method.lowercased(), arguments, span: nil)
    }
}
