// What counts as a property of a pipeline object for the object cmdlets:
// a PSCustomObject's properties, a hashtable's keys (scripts that return
// hashtables should filter, sort and group as their authors meant), and a
// native object's declared properties. Reading a value goes through
// `runspace.memberValue`, so these only answer "which names" and "is it
// there".

import ShoalRuntime

enum PipelineObjectProperties {
    /// The property names of a value, in display order.
    static func names(of value: Value) -> [String] {
        switch value {
        case .object(let object): return object.propertyNames + (object.baseValue.map(names) ?? [])
        case .hashtable(let table): return table.keys.map(Conversion.toString)
        case .native(let native): return native.propertyNames
        case .error(let record): return record.propertyNames
        default: return []
        }
    }

    /// Whether `value` has a property `name` (a `$null` value still counts).
    static func has(_ value: Value, _ name: String) -> Bool {
        switch value {
        case .object(let object): return object[name] != nil || object.baseValue.map { has($0, name) } ?? false
        // A key first, else the table's own properties (`Keys`, `Count`).
        case .hashtable(let table): return table[string: name] != nil || hashtableProperties.contains(name.lowercased())
        case .native(let native): return native.property(name) != nil
        case .error(let record): return record.property(name) != nil
        case .string, .array: return ["length", "count"].contains(name.lowercased())
        default: return false
        }
    }

    /// What a hashtable answers as a .NET Hashtable besides its keys.
    static let hashtableProperties: Set<String> = ["keys", "values", "count", "isreadonly", "isfixedsize", "issynchronized", "syncroot"]

    /// A value read as a pipeline object's property.
    static func value(_ item: Value, _ name: String, _ runspace: Runspace) -> Value {
        runspace.memberValue(item, name)
    }

    /// A new PSCustomObject from ordered name/value pairs; a later duplicate
    /// name is skipped, as PowerShell's note properties are.
    static func customObject(_ pairs: [(name: String, value: Value)], typeName: String? = nil) -> PSObject {
        let object = PSObject()
        if let typeName { object.typeNames.insert(typeName, at: 0) }
        for (name, value) in pairs where object[name] == nil { object.set(name, value) }
        return object
    }

    /// The .NET type of a value for `Selected.<type>` names: a custom
    /// object's is PSCustomObject whatever type names were added to it.
    static func fullTypeName(_ value: Value) -> String {
        value.isNull ? "System.Object" : Conversion.fullTypeName(of: value)
    }
}

extension CmdletContext {
    /// The current pipeline object, or `-InputObject` when nothing is piped;
    /// nil when neither is there.
    var currentItem: Value? {
        if hasPipelineInput { return inputObject ?? .null }
        return value("InputObject")
    }
}
