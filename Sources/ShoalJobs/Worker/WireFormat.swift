// The byte format of the worker protocol: frames of a 4-byte length and a
// payload, and a compact tagged encoding of TransferValue. Script blocks
// travel as their text and come back as strings, as PowerShell's
// deserializer returns them.

import ShoalRuntime
import ShoalSyntax

/// Appends encoded values to a byte buffer.
struct WireWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value))
        for _ in 0..<8 {
            bytes.append(UInt8(v & 0xff))
            v >>= 8
        }
    }

    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        int(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func data(_ value: [UInt8]) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func optionalString(_ value: String?) {
        byte(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func value(_ value: TransferValue) {
        switch value {
        case .null: byte(0)
        case .bool(let b): byte(1); byte(b ? 1 : 0)
        case .int(let n): byte(2); int(n)
        case .double(let d): byte(3); int(Int(Int64(bitPattern: d.bitPattern)))
        case .string(let s): byte(4); string(s)
        case .array(let items, let elementType):
            byte(5)
            optionalString(elementType)
            int(items.count)
            for item in items { self.value(item) }
        case .hashtable(let entries, let ordered):
            byte(6)
            byte(ordered ? 1 : 0)
            int(entries.count)
            for (key, item) in entries {
                self.value(key)
                self.value(item)
            }
        case .object(let typeNames, let properties):
            byte(7)
            propertyBag(typeNames, properties)
        case .scriptBlock(let ast): byte(4); string(ast.text)
        case .error(let error): byte(9); self.error(error)
        case .dateTime(let ticks): byte(10); int(ticks)
        case .timeSpan(let ticks): byte(11); int(ticks)
        case .char(let code): byte(12); int(Int(code))
        case .number(let typeName, let text): byte(17); string(typeName); string(text)
        case .synchronized(let table):
            self.value(.hashtable(table.snapshot.map { (TransferValue($0.key), TransferValue($0.value)) }, ordered: false))
        case .opaque(let typeName, let text): byte(14); string(typeName); string(text)
        case .shared:
            // Only serialized values cross; a shared object left here is written as the serializer would.
            self.value(value.serialized(depth: 1))
        case .snapshot(let typeNames, let properties, let toString):
            byte(15)
            propertyBag(typeNames, properties)
            string(toString)
        case .adorned(let base, let notes):
            byte(16)
            self.value(base)
            propertyBag([], notes.notes)
        }
    }

    private mutating func propertyBag(_ typeNames: [String], _ properties: [(name: String, value: TransferValue)]) {
        int(typeNames.count)
        for name in typeNames { string(name) }
        int(properties.count)
        for (name, item) in properties {
            string(name)
            value(item)
        }
    }

    mutating func error(_ error: TransferredError) {
        string(error.message)
        string(error.exceptionType)
        string(error.errorId)
        // By name: the field has always carried the name, so peers of other versions still read it.
        string(error.category.name)
        value(error.target)
        optionalString(error.commandName)
        optionalString(error.cmdletTypeName)
        byte(error.wasThrown ? 1 : 0)
        if let span = error.span {
            byte(1)
            string(span.file.name)
            int(span.line)
            int(span.column)
            string(span.file.lineText(span.line))
            int(span.end - span.start)
        } else {
            byte(0)
        }
    }

    /// The payload with its length in front.
    var frame: [UInt8] {
        var header = WireWriter()
        header.int(bytes.count)
        return Array(header.bytes.prefix(4)) + bytes
    }
}

/// Reads what WireWriter wrote; every read checks bounds, so a damaged
/// stream is an error, never a crash.
struct WireReader {
    struct Malformed: Error {}

    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int() throws -> Int {
        guard offset + 8 <= bytes.count else { throw Malformed() }
        var v: UInt64 = 0
        for index in (0..<8).reversed() { v = v << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Int(Int64(bitPattern: v))
    }

    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Malformed() }
        return n
    }

    mutating func string() throws -> String {
        let length = try int()
        guard length >= 0, offset + length <= bytes.count else { throw Malformed() }
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try byte() == 0 ? nil : try string()
    }

    mutating func data() throws -> [UInt8] {
        let length = try count()
        defer { offset += length }
        return Array(bytes[offset..<(offset + length)])
    }

    mutating func value(depth: Int = 0) throws -> TransferValue {
        guard depth < 200 else { throw Malformed() }
        switch try byte() {
        case 0: return .null
        case 1: return .bool(try byte() != 0)
        case 2: return .int(try int())
        case 3: return .double(Double(bitPattern: UInt64(bitPattern: Int64(try int()))))
        case 4: return .string(try string())
        case 5:
            let elementType = try optionalString()
            var items: [TransferValue] = []
            for _ in 0..<(try count()) { items.append(try value(depth: depth + 1)) }
            return .array(items, elementType: elementType)
        case 6:
            let ordered = try byte() != 0
            var entries: [(key: TransferValue, value: TransferValue)] = []
            for _ in 0..<(try count()) { entries.append((try value(depth: depth + 1), try value(depth: depth + 1))) }
            return .hashtable(entries, ordered: ordered)
        case 7:
            let (typeNames, properties) = try propertyBag(depth: depth)
            return .object(typeNames: typeNames, properties: properties)
        case 9: return .error(try error())
        case 10: return .dateTime(ticks: try int())
        case 11: return .timeSpan(ticks: try int())
        case 12: return .char(UInt32(truncatingIfNeeded: try int()))
        case 17: return .number(typeName: try string(), text: try string())
        case 14: return .opaque(typeName: try string(), text: try string())
        case 15:
            let (typeNames, properties) = try propertyBag(depth: depth)
            return .snapshot(typeNames: typeNames, properties: properties, toString: try string())
        case 16:
            let base = try value(depth: depth + 1)
            return .adorned(base: base, notes: NoteSet(try propertyBag(depth: depth).properties))
        default: throw Malformed()
        }
    }

    private mutating func propertyBag(depth: Int) throws -> (typeNames: [String], properties: [(name: String, value: TransferValue)]) {
        var typeNames: [String] = []
        for _ in 0..<(try count()) { typeNames.append(try string()) }
        var properties: [(name: String, value: TransferValue)] = []
        for _ in 0..<(try count()) { properties.append((try string(), try value(depth: depth + 1))) }
        return (typeNames, properties)
    }

    mutating func error() throws -> TransferredError {
        let message = try string(), exceptionType = try string(), errorId = try string(), category = try string()
        let target = try value(depth: 1)
        let commandName = try optionalString(), cmdletTypeName = try optionalString()
        let wasThrown = try byte() != 0
        var span: SourceSpan?
        if try byte() != 0 {
            let fileName = try string(), line = max(1, try int()), column = max(1, try int())
            let lineText = try string(), length = max(0, try int())
            let file = SourceFile(name: fileName, text: String(repeating: "\n", count: min(line - 1, 1_000_000)) + lineText)
            let start = (line - 1) + (column - 1)
            span = SourceSpan(file: file, start: start, end: start + length)
        }
        return TransferredError(message: message, exceptionType: exceptionType, errorId: errorId, category: ErrorCategory(category) ?? .notSpecified,
                                target: target, span: span, commandName: commandName, cmdletTypeName: cmdletTypeName,
                                wasThrown: wasThrown)
    }
}
