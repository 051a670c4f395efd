// An instance of a script class: its property values (typed as declared)
// and its methods, called through the runspace that defined the class.

import ShoalSyntax

/// `[MyClass]::new()`.
public final class ScriptObject: SettableObject, TypeHierarchyObject, TabularObject {
    let type: ScriptClass
    /// Property values by lower-cased name.
    var values: [String: Value] = [:]
    /// The runspace whose evaluator runs the methods (the one that defined
    /// the class); an object that outlives it keeps its values only.
    weak var runspace: Runspace?

    init(type: ScriptClass, runspace: Runspace) {
        self.type = type
        self.runspace = runspace
    }

    public var typeName: String { type.name }
    public var baseTypeNames: [String] { type.lineage.dropFirst().map(\.name) + ["System.Object"] }

    /// The class's own `ToString()`, else the class name, as .NET's default.
    public var stringValue: String {
        guard let runspace, let (method, owner) = type.method("ToString", arity: 0, isStatic: false),
              let result = try? runspace.invokeScriptMethod(method, of: owner, this: .native(self), arguments: [], span: method.span)
        else { return type.name }
        return Conversion.toString(result)
    }

    /// The properties a table or list shows: not the `hidden` ones.
    public var propertyNames: [String] { type.instanceProperties.filter { !$0.isHidden }.map(\.name) }

    public func property(_ name: String) -> Value? {
        let key = name.lowercased()
        if let value = values[key] { return value }
        return type.property(name, isStatic: false) != nil ? .null : nil
    }

    public func setProperty(_ name: String, _ value: Value, span: SourceSpan) throws {
        guard let (property, _) = type.property(name, isStatic: false) else {
            throw ScriptError.runtime("The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.",
                                      id: "PropertyNotFound", at: span)
        }
        values[property.name.lowercased()] = try runspace?.convert(value, to: property.typeName, at: span) ?? value
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        if let (found, owner) = type.method(method, arity: arguments.count, isStatic: false) {
            guard context === runspace else {
                throw ScriptError.runtime("The method '\(method)' of [\(type.name)] can run only in the runspace that defined the class.",
                                          id: "ScriptMethodOutsideItsRunspace", at: nil)
            }
            return try context.invokeScriptMethod(found, of: owner, this: .native(self), arguments: arguments,
                                                  span: found.span) ?? VoidResult.value
        }
        switch (method.lowercased(), arguments.count) {
        case ("gettype", 0): return .native(TypeObject(scriptType: .classType(type)))
        case ("tostring", 0): return .string(stringValue)
        case ("equals", 1):
            if case .native(let other as ScriptObject) = arguments[0] { return .bool(other === self) }
            return .bool(false)
        case ("gethashcode", 0): return .int(ObjectIdentifier(self).hashValue & 0x7fff_ffff)
        default:
            guard type.hasMethod(method, isStatic: false) else { return nil }
            throw ScriptError.runtime("Cannot find an overload for \"\(method)\" and the argument count: \"\(arguments.count)\".",
                                      id: "MethodCountCouldNotFindBest", at: nil, type: "System.Management.Automation.MethodException")
        }
    }
}
