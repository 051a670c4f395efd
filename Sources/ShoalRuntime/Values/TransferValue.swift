// Values that cross from one runspace to another: thread jobs, pool
// items and worker processes each run on their own thread with their own
// objects, so what is handed over (arguments, `$using:` values, input,
// output, error records) is copied into this Sendable tree and back.
// Containers (arrays, hashtables, custom objects) are copied, so a copy
// can never be mutated by two threads at once, which is what lets scripts
// share data between jobs without being able to crash the shell; sharing
// a container by reference is what `[hashtable]::Synchronized(@{})` is
// for. Immutable .NET-like objects (files, processes, paths) are shared
// as they are, as PowerShell passes live objects between runspaces. For
// another process, `serialized(depth:)` applies PowerShell's serializer
// rules (TransferValue+Serialization.swift).

import ShoalSyntax

/// A deep, immutable copy of a Value. Scalars are stored inline (a job
/// that streams a million numbers holds a million small records, not a
/// million boxes); only the containers are indirect.
public enum TransferValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    indirect case array([TransferValue], elementType: String?)
    indirect case hashtable([(key: TransferValue, value: TransferValue)], ordered: Bool)
    indirect case object(typeNames: [String], properties: [(name: String, value: TransferValue)])
    case scriptBlock(ScriptBlockNode)
    indirect case error(TransferredError)
    case dateTime(ticks: Int)
    case timeSpan(ticks: Int)
    case char(UInt32)
    /// An Int64, Decimal, BigInteger, ...: its type's full name and its exact text.
    case number(typeName: String, text: String)
    /// A `[hashtable]::Synchronized(@{})`: shared, not copied.
    case synchronized(SynchronizedTable)
    /// An object shoal cannot copy faithfully: its string and type name.
    indirect case opaque(typeName: String, text: String)
    /// An immutable object, shared by reference inside one process.
    case shared(any ShareableObject)
    /// A serialized .NET-like object: its type names, its properties and
    /// its `ToString()`, as PowerShell's serializer writes one.
    indirect case snapshot(typeNames: [String], properties: [(name: String, value: TransferValue)], toString: String)
    /// A value with note properties of its own (an adorned PSObject): a
    /// remote job's string with PSComputerName, `Add-Member` on a number.
    indirect case adorned(base: TransferValue, notes: NoteSet)

    /// Copies a value out of its runspace. `depth` bounds nested objects;
    /// past it, objects become their string (PowerShell's serializer does
    /// the same past its depth).
    public init(_ value: Value, depth: Int = 64) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let n): self = .int(n)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array(let array):
            guard depth > 0 else { self = .string(Conversion.toString(value)); return }
            self = .array(array.items.map { TransferValue($0, depth: depth - 1) }, elementType: array.elementType)
        case .hashtable(let table):
            guard depth > 0 else { self = .string(Conversion.toString(value)); return }
            if let shared = table.synchronized { self = .synchronized(shared); return }
            self = .hashtable(table.entries.map { (TransferValue($0.key, depth: depth - 1), TransferValue($0.value, depth: depth - 1)) },
                              ordered: table.isOrdered)
        case .object(let object):
            guard depth > 0 else { self = .string(Conversion.toString(value)); return }
            if let base = object.baseValue {
                self = .adorned(base: TransferValue(base, depth: depth),
                                notes: NoteSet(object.properties.values.map { ($0.name, TransferValue($0.value, depth: depth - 1)) }))
                return
            }
            self = .object(typeNames: object.typeNames,
                           properties: object.properties.values.map { ($0.name, TransferValue($0.value, depth: depth - 1)) })
        case .scriptBlock(let block): self = .scriptBlock(block.node)
        case .error(let record): self = .error(TransferredError(record))
        case .native(let date as DateTimeValue): self = .dateTime(ticks: date.ticks)
        case .native(let span as TimeSpanValue): self = .timeSpan(ticks: span.ticks)
        case .native(let c as CharValue): self = .char(c.scalar.value)
        case .native(let number as NumberValue): self = .number(typeName: number.typeName, text: number.stringValue)
        case .native(let shareable as ShareableObject): self = .shared(shareable)
        case .native(let object as ScriptObject):
            // Another runspace has not the class: it gets the properties, as a
            // deserialized object (methods stay with the defining runspace).
            guard depth > 0 else { self = .string(Conversion.toString(value)); return }
            self = .object(typeNames: [object.typeName] + object.baseTypeNames,
                           properties: object.propertyNames.map { ($0, TransferValue(object.property($0) ?? .null, depth: depth - 1)) })
        case .native(let list as ListObject):
            self = .array(list.items.map { TransferValue($0, depth: depth - 1) }, elementType: nil)
        case .native(let native):
            if let record = native as? InformationalRecord {
                var properties: [(name: String, value: TransferValue)] = [("Message", .string(record.message))]
                if let host = record.hostText { properties.append(("NoNewline", .bool(!host.newline))) }
                self = .object(typeNames: [record.hostText != nil ? InformationalRecord.hostTypeName : record.typeName],
                               properties: properties)
            } else if let exception = native as? ExceptionObject {
                self = .object(typeNames: [exception.typeName], properties: [("Message", .string(exception.message))])
            } else {
                self = .opaque(typeName: native.typeName, text: native.stringValue)
            }
        }
    }

    /// A fresh Value in the receiving runspace.
    public var value: Value {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let n): return .int(n)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .array(let items, let elementType): return .array(ArrayValue(items.map(\.value), elementType: elementType))
        case .hashtable(let entries, let ordered):
            let table = HashtableValue(ordered: ordered)
            for (key, item) in entries { table[key.value] = item.value }
            return .hashtable(table)
        case .object(let typeNames, let properties):
            let object = PSObject(typeName: typeNames.first ?? "System.Management.Automation.PSCustomObject")
            object.typeNames = typeNames
            for (name, item) in properties { object.set(name, item.value) }
            return .object(object)
        case .scriptBlock(let ast): return .scriptBlock(ScriptBlock(ast))
        case .error(let error): return .error(error.record)
        case .dateTime(let ticks): return .native(DateTimeValue(ticks: ticks))
        case .timeSpan(let ticks): return .native(TimeSpanValue(ticks: ticks))
        case .char(let code): return Unicode.Scalar(code).map { .native(CharValue($0)) } ?? .null
        case .number(let typeName, let text):
            guard let kind = NumberValue.Kind(fullName: typeName) else { return .string(text) }
            return (try? NumberValue.convert(.string(text), to: kind, at: nil)) ?? .string(text)
        case .synchronized(let shared): return .hashtable(HashtableValue(synchronized: shared))
        case .opaque(_, let text): return .string(text)
        case .shared(let object): return .native(object)
        case .snapshot(let typeNames, let properties, let toString):
            let object = PSObject(typeName: typeNames.first ?? "System.Object")
            object.typeNames = typeNames
            for (name, item) in properties { object.set(name, item.value) }
            object.toStringOverride = toString
            return .object(object)
        case .adorned(let base, let notes):
            let object = base.value.adornable
            notes.apply(to: object)
            return .object(object)
        }
    }

    /// The copy as PowerShell's deserializer presents objects from another
    /// process: property bags get `Deserialized.`-prefixed type names.
    public var deserialized: TransferValue {
        switch self {
        case .object(let typeNames, let properties):
            let prefixed = typeNames.map { $0.hasPrefix("Deserialized.") ? $0 : "Deserialized." + $0 }
            return .object(typeNames: prefixed, properties: properties.map { ($0.name, $0.value.deserialized) })
        case .snapshot(let typeNames, let properties, let toString):
            let prefixed = typeNames.map { $0.hasPrefix("Deserialized.") ? $0 : "Deserialized." + $0 }
            return .snapshot(typeNames: prefixed, properties: properties.map { ($0.name, $0.value.deserialized) }, toString: toString)
        case .array(let items, let elementType): return .array(items.map(\.deserialized), elementType: elementType)
        case .hashtable(let entries, let ordered):
            return .hashtable(entries.map { ($0.key, $0.value.deserialized) }, ordered: ordered)
        case .adorned(let base, let notes):
            // Scalar notes (a job's remoting notes) are shared as they are.
            guard notes.sharedTable == nil else { return .adorned(base: base.deserialized, notes: notes) }
            return .adorned(base: base.deserialized, notes: NoteSet(notes.notes.map { ($0.name, $0.value.deserialized) }))
        default: return self
        }
    }
}

/// An error record's content, without its runspace objects.
public struct TransferredError: Sendable {
    public let message: String
    public let exceptionType: String
    public let errorId: String
    public let category: ErrorCategory
    public let target: TransferValue
    public let span: SourceSpan?
    public let commandName: String?
    public let cmdletTypeName: String?
    /// The record came from `throw` (shown as `Exception:`).
    public let wasThrown: Bool

    public init(_ record: ErrorRecord) {
        message = record.message
        exceptionType = record.exception.typeName
        errorId = record.errorId
        category = record.category
        target = TransferValue(record.thrownValue ?? record.targetObject, depth: 2)
        span = record.span
        commandName = record.commandName
        cmdletTypeName = record.cmdletTypeName
        wasThrown = record.wasThrown
    }

    public init(message: String, exceptionType: String, errorId: String, category: ErrorCategory, target: TransferValue,
                span: SourceSpan?, commandName: String?, cmdletTypeName: String?, wasThrown: Bool = false) {
        self.message = message
        self.exceptionType = exceptionType
        self.errorId = errorId
        self.category = category
        self.target = target
        self.span = span
        self.commandName = commandName
        self.cmdletTypeName = cmdletTypeName
        self.wasThrown = wasThrown
    }

    public var record: ErrorRecord {
        let record = ErrorRecord(message, exceptionType: exceptionType, errorId: errorId, category: category,
                                 target: target.value, span: span, commandName: commandName)
        record.cmdletTypeName = cmdletTypeName
        record.wasThrown = wasThrown
        return record
    }
}
