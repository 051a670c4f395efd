// Turning objects into text as PowerShell's Out-Default does: scalars as

import Glibc
import ShoalSyntax
// their string, hashtables as a Name/Value table, objects with up to four
// properties as a table (consecutive objects of the same shape share one
// header) and wider objects as a list.

public enum OutputFormatter {
    /// The properties formatting shows for a value, or nil for a scalar.
    public static func properties(of value: Value) -> [(name: String, value: Value)]? {
        switch value {
        case .object(let object):
            return object.properties.values.map { ($0.name, $0.value) }
        case .native(let native) where !(native is TypeObject) && !(native is CharValue) && !(native is DateTimeValue)
            && !(native is PathInfo) && !(native is VersionObject) && !(native is ExceptionObject) && !(native is GuidValue)
            && !(native is RegexObject) && !(native is SwitchParameterValue) && !(native is EnumerableObject)
            && !(native is InformationalRecord) && !native.propertyNames.isEmpty && native is TabularObject:
            return native.propertyNames.map { ($0, native.property($0) ?? .null) }
        default:
            return nil
        }
    }

    /// A value inside a table cell or list entry.
    public static func cellText(_ value: Value) -> String {
        switch value {
        case .array(let array):
            let shown = array.items.prefix(4).map(cellText)
            return "{" + shown.joined(separator: ", ") + (array.items.count > 4 ? "…" : "") + "}"
        case .scriptBlock(let block): return block.text.trimmingCharacters()
        case .hashtable: return "{" + (value.hashtableKeysText) + "}"
        default:
            return Conversion.toString(value)
        }
    }

    static func isNumeric(_ value: Value) -> Bool {
        switch value {
        case .int, .double: return true
        default: return false
        }
    }

    /// A table of objects sharing one set of columns. Hashtables use
    /// PowerShell's Name/Value view: a 30-wide Name column (longer keys are
    /// cut with an ellipsis) and left-aligned values.
    public static func table(columns: [String], rows: [[Value]], isHashtable: Bool = false) -> String {
        var widths = columns.map { $0.count }
        var texts = rows.map { row in row.map { cellText($0).replacingNewlines() } }
        if isHashtable {
            texts = texts.map { row in
                guard let key = row.first, key.count > 30 else { return row }
                return [String(key.prefix(29)) + "…"] + row.dropFirst()
            }
        }
        for row in texts {
            for (index, text) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], text.count) }
        }
        if isHashtable { widths[0] = 30 }
        let rightAligned = columns.indices.map { index in
            !isHashtable && rows.contains { $0.indices.contains(index) && isNumeric($0[index]) }
        }
        func line(_ cells: [String], alignment: [Bool]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let last = index == cells.count - 1
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                if alignment[index] { parts.append(padding + cell) }
                else { parts.append(last ? cell : cell + padding) }
            }
            var text = parts.joined(separator: " ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var lines = [""]
        lines.append(line(columns, alignment: rightAligned))
        lines.append(line(columns.map { String(repeating: "-", count: $0.count) }, alignment: rightAligned))
        for row in texts { lines.append(line(row, alignment: rightAligned)) }
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One object as `Name : Value` lines.
    public static func list(_ properties: [(name: String, value: Value)]) -> String {
        let width = properties.map { $0.name.count }.max() ?? 0
        var lines: [String] = []
        for (name, value) in properties {
            let padding = String(repeating: " ", count: width - name.count)
            lines.append("\(name)\(padding) : \(cellText(value))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A value formatted on its own (for files and `Out-String`).
    public static func format(_ values: [Value]) -> String {
        let formatter = StreamingFormatter()
        var text = ""
        for value in values { text += formatter.add(value) }
        text += formatter.finish()
        return text
    }
}

/// Native objects that format as tables of their properties.
public protocol TabularObject: NativeObject {}

/// Formats a stream of objects, grouping consecutive table rows.
public final class StreamingFormatter {
    var columns: [String]?
    var rows: [[Value]] = []
    var isHashtableTable = false
    var lastWasList = false

    public init() {}

    /// Text ready to print for this object (possibly empty while a table fills).
    public func add(_ value: Value) -> String {
        switch value {
        case .null:
            return ""
        case .hashtable(let table):
            var text = ""
            if !(columns == ["Name", "Value"] && isHashtableTable) { text += finish() }
            columns = ["Name", "Value"]
            isHashtableTable = true
            for (key, item) in table.entries { rows.append([key, item]) }
            return text
        case .error(let record):
            return finish() + record.displayText + "\n"
        case .native(let record as InformationalRecord) where record.hostText != nil:
            return finish() + record.message + "\n"
        case .native(let record as InformationalRecord):
            let prefix = record.kind == .warning ? "WARNING: " : record.kind == .verbose ? "VERBOSE: " : record.kind == .debug ? "DEBUG: " : ""
            return finish() + prefix + record.message + "\n"
        default:
            break
        }
        guard let properties = OutputFormatter.properties(of: value) else {
            return finish() + Conversion.toString(value) + "\n"
        }
        let names = properties.map(\.name)
        if names.count > 4 {
            let text = finish() + (lastWasList ? "" : "\n") + OutputFormatter.list(properties) + "\n"
            lastWasList = true
            return text
        }
        var text = ""
        if columns != names || isHashtableTable {
            text = finish()
            columns = names
            isHashtableTable = false
        }
        rows.append(properties.map(\.value))
        return text
    }

    /// Flushes a pending table.
    public func finish() -> String {
        lastWasList = false
        guard let columns, !rows.isEmpty else {
            self.columns = nil
            return ""
        }
        let text = OutputFormatter.table(columns: columns, rows: rows, isHashtable: isHashtableTable)
        self.columns = nil
        rows.removeAll()
        isHashtableTable = false
        return text
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}

extension Value {
    var hashtableKeysText: String {
        guard case .hashtable(let table) = self else { return "" }
        return table.entries.prefix(4).map { "[\(Conversion.toString($0.key)), \(Conversion.toString($0.value))]" }.joined(separator: ", ")
    }
}

/// Pipeline output headed for the terminal (Out-Default).
public final class HostOutputSink: OutputSink, DirectTerminalSink {
    let host: ShellHost
    let formatter = StreamingFormatter()

    public init(host: ShellHost) {
        self.host = host
        super.init()
        host.pendingFormatter = formatter
    }

    public override func write(_ value: Value) throws {
        let text = formatter.add(value)
        if !text.isEmpty { host.writeOutput(text) }
    }

    public var allowsDirectWrites: Bool { host is ConsoleHost }

    /// Prints any table still being collected.
    public func finish() {
        let text = formatter.finish()
        if !text.isEmpty { host.writeOutput(text) }
        host.flush()
    }
}

/// `> file` and `>> file`: formatted text written to a file.
final class FileSink: OutputSink {
    let descriptor: Int32
    let formatter = StreamingFormatter()

    init(path: String, append: Bool, runspace: Runspace, span: ShoalSyntax.SourceSpan) throws {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else {
            throw ScriptError.runtime("Could not open file '\(path)': \(String(cString: strerror(errno))).",
                                      id: "FileOpenFailure", at: span, type: "System.IO.IOException", category: "OpenError")
        }
    }

    override func write(_ value: Value) throws {
        writeText(formatter.add(value))
    }

    func writeText(_ text: String) {
        guard !text.isEmpty else { return }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = Glibc.write(descriptor, $0.baseAddress, bytes.count) }
    }

    func close() throws {
        writeText(formatter.finish())
    }

    deinit {
        writeText(formatter.finish())
        Glibc.close(descriptor)
    }
}
