// PowerShell's serializer rules, for values that leave the process (a
// Start-Job worker and the shell, both ways). As in pwsh, a value is
// written to depth 1: primitives (numbers, strings, DateTime, TimeSpan,
// char) exactly; containers (arrays, hashtables) with their elements at
// the same depth; a custom object's own properties at the same depth (so
// nested custom objects and hashtables survive); a .NET-like object as a
// property bag of its type names, its ToString() and its properties at
// one level less, where anything not primitive becomes its string (a
// FileInfo's Directory is the directory's path). Script blocks become
// their text. The receiving side prefixes type names with `Deserialized.`.

extension TransferValue {
    /// The value as PowerShell's serializer writes it at `depth`.
    public func serialized(depth: Int = 1) -> TransferValue {
        switch self {
        case .null, .bool, .int, .double, .string, .error, .dateTime, .timeSpan, .char, .number, .opaque:
            return self
        case .scriptBlock(let ast):
            return .string(ast.text)
        case .array(let items, let elementType):
            return .array(items.map { $0.serialized(depth: depth) }, elementType: elementType)
        case .hashtable(let entries, let ordered):
            return .hashtable(entries.map { ($0.key.serialized(depth: depth), $0.value.serialized(depth: depth)) },
                              ordered: ordered)
        case .synchronized(let table):
            return TransferValue.hashtable(table.snapshot.map { (TransferValue($0.key), TransferValue($0.value)) },
                                           ordered: false).serialized(depth: depth)
        case .object(let typeNames, let properties):
            guard depth > 0 else { return .string(Conversion.toString(value)) }
            return .object(typeNames: typeNames, properties: properties.map { ($0.name, $0.value.serialized(depth: depth)) })
        case .snapshot(let typeNames, let properties, let toString):
            guard depth > 0 else { return .string(toString) }
            return .snapshot(typeNames: typeNames, properties: properties.map { ($0.name, $0.value.serialized(depth: depth - 1)) },
                             toString: toString)
        case .adorned(let base, let notes):
            guard notes.sharedTable == nil else { return .adorned(base: base.serialized(depth: depth), notes: notes) }
            return .adorned(base: base.serialized(depth: depth), notes: NoteSet(notes.notes.map { ($0.name, $0.value.serialized(depth: depth)) }))
        case .shared(let object):
            guard depth > 0 else { return .string(object.stringValue) }
            let properties = object.serializedPropertyNames.compactMap { name -> (name: String, value: TransferValue)? in
                guard let property = object.property(name) else { return nil }
                return (name, TransferValue(property).serialized(depth: depth - 1))
            }
            return .snapshot(typeNames: object.typeNameHierarchy, properties: properties, toString: object.stringValue)
        }
    }
}
