// `[PSCustomObject]@{}` and `New-Object PSObject`: an ordered bag of
// named properties, optionally with a type name shown by formatting.

import OrderedCollections

public final class PSObject {
    /// Property names keep their written case; look-up folds it.
    public var properties: OrderedDictionary<String, (name: String, value: Value)>
    public var typeNames: [String]
    /// A deserialized object's `ToString()`, kept from the original (a
    /// file's path, a process's `System.Diagnostics.Process (name)`).
    public var toStringOverride: String?

    public init(typeName: String = "System.Management.Automation.PSCustomObject") {
        properties = [:]
        // Shared rather than built per object: most objects are custom ones.
        typeNames = typeName == PSObject.customObjectTypeNames[0] ? PSObject.customObjectTypeNames : [typeName, "System.Object"]
    }

    private static let customObjectTypeNames = ["System.Management.Automation.PSCustomObject", "System.Object"]

    public subscript(name: String) -> Value? {
        get { properties[name.lowercased()]?.value }
        set {
            let key = name.lowercased()
            if let newValue {
                properties[key] = (properties[key]?.name ?? name, newValue)
            } else {
                properties[key] = nil
            }
        }
    }

    /// A property's value by its lower-cased name.
    public func value(folded key: String) -> Value? { properties[key]?.value }

    public var propertyNames: [String] { properties.values.map(\.name) }

    /// Adds or replaces a property.
    public func set(_ name: String, _ value: Value) { self[name] = value }

    /// An object with these properties, in order; `folded` holds their
    /// lower-cased names, all different.
    init(folded: [String], properties: [(name: String, value: Value)]) {
        self.properties = OrderedDictionary(uncheckedUniqueKeys: folded, values: properties)
        typeNames = PSObject.customObjectTypeNames
    }

    /// A new object with the same properties and type names (shallow).
    func copy() -> PSObject {
        let copy = PSObject()
        copy.properties = properties
        copy.typeNames = typeNames
        copy.toStringOverride = toStringOverride
        return copy
    }
}
