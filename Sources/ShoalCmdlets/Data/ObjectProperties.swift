// The named properties the JSON and CSV cmdlets see on a value:
// PSCustomObject properties, hashtable keys (PowerShell 7 treats
// dictionaries as objects here) and a native object's properties.

import ShoalRuntime

enum ObjectProperties {
    /// Property names and values in order, or nil for values without properties.
    static func of(_ value: Value) -> [(name: String, value: Value)]? {
        switch value {
        case .object(let object):
            let notes = object.properties.values.map { ($0.name, $0.value) }
            return object.baseValue.map { notes + (of($0) ?? []) } ?? notes
        case .hashtable(let table):
            return table.entries.map { (Conversion.toString($0.key), $0.value) }
        case .native(let native) where !native.propertyNames.isEmpty:
            return native.propertyNames.map { ($0, native.property($0) ?? .null) }
        case .string(let text):
            // A string's one property, as .NET reflection sees it.
            return [("Length", .int(text.utf16.count))]
        default:
            return nil
        }
    }

    /// One property by name (case-insensitive), or nil when the value lacks it.
    static func value(of value: Value, named name: String) -> Value? {
        switch value {
        case .object(let object): return object[name] ?? object.baseValue.flatMap { self.value(of: $0, named: name) }
        case .hashtable(let table): return table[string: name]
        case .native(let native): return native.property(name)
        case .string(let text) where name.lowercased() == "length": return .int(text.utf16.count)
        default: return nil
        }
    }
}
