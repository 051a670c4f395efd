// `$x.psobject`: PowerShell's view of any value as a PSObject. Scripts use
// it to walk an object's properties (`$o.psobject.Properties | ForEach-Object
// { $_.Name }`), to set one by name (`.Properties['a'].Value = 1`), to copy a
// custom object (`.Copy()`) and to read its type names.

import ShoalSyntax

/// The object `.psobject` returns.
final class PSObjectView: NativeObject {
    let base: Value

    init(_ base: Value) { self.base = base }

    var typeName: String { "System.Management.Automation.PSObject" }
    var stringValue: String { Conversion.toString(base) }
    var propertyNames: [String] { ["BaseObject", "Members", "Properties", "ImmediateBaseObject", "TypeNames"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "baseobject", "immediatebaseobject": return base.unwrapped
        case "properties", "members": return .native(PSPropertyCollection(base))
        case "typenames":
            if case .object(let object) = base { return .native(TypeNameList(object)) }
            return .list(typeNames.map(Value.string))
        default: return nil
        }
    }

    var typeNames: [String] {
        if case .object(let object) = base { return object.typeNames }
        if base.isNull { return [] }
        if case .native(let native) = base { return native.typeNameHierarchy }
        return [Conversion.fullTypeName(of: base), "System.Object"]
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "copy":
            // Shallow, as PowerShell's Copy(): a new bag, array or table of
            // the same values.
            switch base {
            case .object(let object): return .object(object.copy())
            case .array(let array): return .array(ArrayValue(array.items, elementType: array.elementType))
            case .hashtable(let table): return .hashtable(table.copy())
            default: return base
            }
        case "tostring": return .string(stringValue)
        default: return nil
        }
    }
}

/// `.psobject.Properties`: one PSPropertyInfo per property, in order;
/// indexable by name (`['a']`, `.Item('a')`), filterable (`.Match('a*')`),
/// and a custom object's can be removed (`.Remove('a')`).
final class PSPropertyCollection: EnumerableObject {
    let base: Value

    init(_ base: Value) { self.base = base }

    var typeName: String { "System.Management.Automation.PSMemberInfoCollection`1[[System.Management.Automation.PSPropertyInfo]]" }
    var stringValue: String { typeName }
    func property(_ name: String) -> Value? { name.lowercased() == "count" ? .int(names.count) : nil }

    /// The properties PowerShell lists: a custom object's note properties,
    /// a native object's properties, a string's Length; a hashtable's own
    /// .NET properties, not its keys.
    var names: [String] {
        switch base {
        case .object(let object): return object.propertyNames
        case .native(let native): return native.propertyNames
        case .string: return ["Length"]
        case .array: return ["Length", "LongLength", "Rank", "Count"]
        case .hashtable: return ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]
        default: return []
        }
    }

    func enumerated() -> [Value] { names.map { .native(PSPropertyInfo(base, $0)) } }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        let pattern = arguments.first.map(Conversion.toString) ?? ""
        switch method.lowercased() {
        case "item", "get_item":
            return names.first { $0.lowercased() == pattern.lowercased() }.map { .native(PSPropertyInfo(base, $0)) } ?? .null
        case "match":
            let filter = Wildcard(pattern)
            return .list(names.filter { filter.matches($0) }.map { .native(PSPropertyInfo(base, $0)) })
        case "getenumerator": return .list(enumerated())
        case "remove":
            guard case .object(let object) = base else { return .null }
            object[pattern] = nil
            return .null
        default: return nil
        }
    }
}

/// One property of a value: its name, its (live) value, and how it is set.
final class PSPropertyInfo: SettableObject {
    let base: Value
    let name: String

    init(_ base: Value, _ name: String) {
        self.base = base
        self.name = name
    }

    var isNote: Bool { if case .object = base { return true } else { return false } }
    var typeName: String { isNote ? "System.Management.Automation.PSNoteProperty" : "System.Management.Automation.PSProperty" }
    var value: Value {
        switch base {
        case .object(let object): return object[name] ?? .null
        case .native(let native): return native.property(name) ?? .null
        case .string(let s): return .int(s.utf16.count)
        case .array(let array): return name == "Rank" ? .int(1) : .int(array.items.count)
        case .hashtable(let table):
            switch name {
            case "Keys": return .list(table.keys)
            case "Values": return .list(table.values)
            case "Count": return .int(table.count)
            case "SyncRoot": return base
            default: return .bool(false)
            }
        default: return .null
        }
    }

    var stringValue: String {
        let type = Conversion.fullTypeName(of: value)
        return "\(isNote ? (value.isNull ? "object" : type) : type) \(name)=\(Conversion.toString(value))"
    }

    var propertyNames: [String] { ["Value", "MemberType", "IsSettable", "IsGettable", "TypeNameOfValue", "Name", "IsInstance"] }

    func property(_ property: String) -> Value? {
        switch property.lowercased() {
        case "name": return .string(name)
        case "value": return value
        case "membertype": return .string(isNote ? "NoteProperty" : "Property")
        case "issettable": return .bool(isNote)
        case "isgettable", "isinstance": return .bool(true)
        case "typenameofvalue": return .string(value.isNull ? "System.Object" : Conversion.fullTypeName(of: value))
        default: return nil
        }
    }

    func setProperty(_ property: String, _ newValue: Value, span: SourceSpan) throws {
        guard property.lowercased() == "value", case .object(let object) = base else {
            throw ScriptError.runtime("'\(property)' is a ReadOnly property.", id: "PropertyAssignmentException", at: span)
        }
        object[name] = newValue
    }
}

/// A custom object's type names, live: `.psobject.TypeNames.Insert(0, 'My.Type')`
/// (and `$o.pstypenames`) change the names formatting looks views up by.
final class TypeNameList: EnumerableObject {
    let object: PSObject

    init(_ object: PSObject) { self.object = object }

    var typeName: String { "System.Collections.ObjectModel.Collection`1[[System.String]]" }
    var stringValue: String { typeName }
    func property(_ name: String) -> Value? { name.lowercased() == "count" ? .int(object.typeNames.count) : nil }
    func enumerated() -> [Value] { object.typeNames.map(Value.string) }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        let names = arguments.map(Conversion.toString)
        switch (method.lowercased(), names.count) {
        case ("add", 1):
            object.typeNames.append(names[0])
        case ("insert", 2):
            let position = Int(Conversion.toNumber(arguments[0])?.doubleValue ?? 0)
            object.typeNames.insert(names[1], at: max(0, min(position, object.typeNames.count)))
        case ("remove", 1):
            guard let index = object.typeNames.firstIndex(of: names[0]) else { return .bool(false) }
            object.typeNames.remove(at: index)
            return .bool(true)
        case ("clear", 0):
            object.typeNames.removeAll()
        case ("contains", 1):
            return .bool(object.typeNames.contains(names[0]))
        case ("indexof", 1):
            return .int(object.typeNames.firstIndex(of: names[0]) ?? -1)
        default:
            return nil
        }
        // Add, Insert and Clear are void: they write nothing to the pipeline.
        return VoidResult.value
    }
}
