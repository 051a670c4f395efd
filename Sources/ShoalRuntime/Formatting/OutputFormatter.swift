// What formatting shows of a value: which properties an object has, how a
// value reads inside a table cell or list line, and a one-call entry point
// that formats values as Out-String does. The shapes themselves are built
// by `DefaultViewBuilder` and laid out by `FormatRenderer`.

/// Native objects that format as tables or lists of their properties
/// (file items, processes); others print as their string.
public protocol TabularObject: NativeObject {}

public enum OutputFormatter {
    /// The properties formatting shows for a value, or nil for a scalar.
    public static func properties(of value: Value) -> [(name: String, value: Value)]? {
        switch value {
        case .object(let object) where object.baseValue != nil:
            return properties(of: object.baseValue!)
        case .object(let object):
            return object.properties.values.map { ($0.name, $0.value) }
        case .native(let native) where native is TabularObject && !native.propertyNames.isEmpty:
            return native.propertyNames.map { ($0, native.property($0) ?? .null) }
        case .error(let record):
            // Shown by property only when asked (`Format-List * -Force`); alone it prints as an error.
            return record.propertyNames.map { ($0, record.property($0) ?? .null) }
        default:
            return nil
        }
    }

    /// One property of an object, a hashtable's key, or nil when absent.
    public static func propertyValue(of value: Value, named name: String) -> Value? {
        switch value {
        case .object(let object): return object[name] ?? object.baseValue.flatMap { propertyValue(of: $0, named: name) }
        case .hashtable(let table): return table[string: name]
        case .native(let native): return native.property(name)
        case .error(let record): return record.property(name)
        case .string(let text) where name.lowercased() == "length": return .int(text.utf16.count)
        case .array(let array) where ["count", "length"].contains(name.lowercased()): return .int(array.items.count)
        default: return nil
        }
    }

    /// The names of an object's properties, a hashtable's keys.
    public static func propertyNames(of value: Value) -> [String] {
        switch value {
        case .hashtable(let table): return table.keys.map(Conversion.toString)
        case .native(let native): return native.propertyNames
        default: return properties(of: value)?.map(\.name) ?? []
        }
    }

    /// The type names that select a view, most specific first.
    public static func typeNames(of value: Value) -> [String] {
        switch value {
        case .object(let object): return object.typeNames
        case .native(let native): return native.typeNameHierarchy
        case .hashtable(let table): return [table.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable"]
        default: return []
        }
    }

    /// PowerShell's $FormatEnumerationLimit: collections in a cell show this many items.
    static let enumerationLimit = 4

    /// A value inside a table cell or list entry.
    public static func cellText(_ value: Value) -> String {
        switch value {
        // A collection's items show as their strings (an inner array as
        // its items joined by spaces), as pwsh's SmartToString names them.
        case .array(let array):
            return collectionText(array.items.map(itemText))
        case .native(let list as EnumerableObject):
            return collectionText(list.enumerated().map(itemText))
        case .scriptBlock(let block):
            return block.text.trimmingCharacters()
        case .hashtable(let table):
            return collectionText(table.entries.map { "[\(Conversion.toString($0.key)), \(Conversion.toString($0.value))]" })
        default:
            return Conversion.toString(value)
        }
    }

    /// A value inside a table cell: as `cellText`, but a Double, Single
    /// or Decimal shows with the culture's two decimals ("F"), as pwsh
    /// 7.4's SmartToString formats floating-point numbers in tables.
    public static func tableCellText(_ value: Value) -> String {
        switch value {
        case .double(let number) where number.isFinite:
            return Operators.formatValue(value, "F")
        case .native(let number as NumberValue):
            switch number.storage {
            case .single(let single) where single.isFinite: return Operators.formatValue(value, "F")
            case .decimal: return Operators.formatValue(value, "F")
            default: return cellText(value)
            }
        default:
            return cellText(value)
        }
    }

    private static func itemText(_ value: Value) -> String {
        switch value {
        case .scriptBlock(let block): return block.text.trimmingCharacters()
        default: return Conversion.toString(value)
        }
    }

    private static func collectionText(_ items: [String]) -> String {
        "{" + items.prefix(enumerationLimit).joined(separator: ", ") + (items.count > enumerationLimit ? "…" : "") + "}"
    }

    public static func isNumeric(_ value: Value) -> Bool {
        switch value {
        case .int, .double: return true
        default: return false
        }
    }

    /// Values formatted together as Out-String does, for files and strings.
    public static func format(_ values: [Value], options: FormatOptions = FormatOptions(), runspace: Runspace? = nil) -> String {
        let formatter = StreamingFormatter(options: options, runspace: runspace)
        var text = ""
        for value in values { text += formatter.add(value) }
        return text + formatter.finish()
    }
}
