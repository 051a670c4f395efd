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
    /// The value this object adorns with note properties, as pwsh's
    /// PSObject wraps a string or number (`'abc' | Add-Member … -PassThru`,
    /// a remote job's output with PSComputerName): operators, conversions,
    /// methods and display see the base; property look-up sees the notes
    /// first. Nil for a custom object.
    public private(set) var baseValue: Value?

    public init(typeName: String = "System.Management.Automation.PSCustomObject") {
        properties = [:]
        // Shared rather than built per object: most objects are custom ones.
        typeNames = typeName == PSObject.customObjectTypeNames[0] ? PSObject.customObjectTypeNames : [typeName, "System.Object"]
    }

    /// An object that adorns `base`, with its type names, and no notes yet.
    public convenience init(adorning base: Value) {
        let inner = base.unwrapped
        self.init()
        switch inner {
        // Shared arrays: a job's million adorned strings need no million type-name lists.
        case .string: typeNames = PSObject.stringTypeNames
        case .int(let n): typeNames = Int32(exactly: n) != nil ? PSObject.int32TypeNames : PSObject.int64TypeNames
        case .native(let native): typeNames = native.typeNameHierarchy
        default: typeNames = [Conversion.fullTypeName(of: inner), "System.Object"]
        }
        baseValue = inner
    }

    private static let stringTypeNames = ["System.String", "System.Object"]
    private static let int32TypeNames = ["System.Int32", "System.ValueType", "System.Object"]
    private static let int64TypeNames = ["System.Int64", "System.ValueType", "System.Object"]

    static let customObjectTypeNames = ["System.Management.Automation.PSCustomObject", "System.Object"]

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

    /// `[pscustomobject]@{ PSTypeName = 'Name'; ... }`: the key names the object's type
    /// (first of its type names) instead of becoming a property, as pwsh's conversion does.
    func takeTypeNameKey() -> PSObject {
        guard let name = properties["pstypename"]?.value else { return self }
        properties["pstypename"] = nil
        typeNames.insert(Conversion.toString(name), at: 0)
        return self
    }

    /// A new object with the same properties and type names (shallow).
    func copy() -> PSObject {
        let copy = PSObject()
        copy.properties = properties
        copy.typeNames = typeNames
        copy.toStringOverride = toStringOverride
        copy.baseValue = baseValue
        return copy
    }
}

extension Value {
    /// The value itself, or the one an adorned object wraps (pwsh's
    /// PSObject.BaseObject): what operators and conversions work on.
    @inline(__always) public var unwrapped: Value {
        if case .object(let object) = self, let base = object.baseValue { return base }
        return self
    }

    /// The object that carries notes for this value: the value itself when
    /// it is a custom object, else a new adorning wrapper.
    public var adornable: PSObject {
        if case .object(let object) = self { return object }
        return PSObject(adorning: self)
    }
}

extension PSObject {
    /// A dictionary's entry as `GetEnumerator()` and the formatter give it:
    /// a DictionaryEntry with Key, Value and the Name alias.
    public static func dictionaryEntry(key: Value, value: Value) -> Value {
        let pair = PSObject(typeName: "System.Collections.DictionaryEntry")
        pair.set("Name", key)
        pair.set("Key", key)
        pair.set("Value", value)
        return .object(pair)
    }
}
