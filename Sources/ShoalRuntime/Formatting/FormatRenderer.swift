// Turns a sequence of format records into text, as PowerShell's
// OutCommandInner does for Out-Default, Out-String and Out-File: a blank
// line opens every format sequence; a table ends with a blank line; each
// list entry is followed by one; a `-GroupBy` header sits on its own line
// with a blank line after it. Tables whose widths come from their data
// hold their rows until the widths are known (all rows, or those that
// arrived within the sizing window); out-of-band text keeps its place
// among the held rows.

import Glibc

public final class FormatRenderer {
    var options: FormatOptions
    private var shape: FormatShape?
    private var groupCount = 0
    /// Entries waiting for column widths (tables) or a full line (wide).
    private var held: [FormatEntry] = []
    private var heldSince: Double?
    private var table: TableLayout?
    private var headerPrinted = false

    public init(options: FormatOptions) { self.options = options }

    /// Whether a format sequence is open.
    public var isOpen: Bool { shape != nil }

    /// The text for one record (possibly empty while rows are held).
    public func render(_ kind: FormatRecord.Kind) -> String {
        var out = ""
        switch kind {
        case .formatStart(let newShape):
            if shape != nil { out += render(.formatEnd) }
            shape = newShape
            groupCount = 0
            out += "\n"
        case .groupStart(let header):
            out += releaseHeld()
            table = nil
            headerPrinted = false
            if let header {
                // Between groups PowerShell 7 leaves one blank line.
                if groupCount > 0 { out += "\n" }
                out += header + "\n\n"
            }
            groupCount += 1
        case .entry(let entry):
            out += add(entry)
        case .groupEnd:
            out += releaseHeld()
        case .formatEnd:
            out += releaseHeld()
            if let shape, shape != .list { out += "\n" }
            shape = nil
            table = nil
        }
        return out
    }

    /// Closes an open sequence (the pipeline ended without a format end).
    public func finish() -> String {
        shape == nil ? "" : render(.formatEnd)
    }

    private func add(_ entry: FormatEntry) -> String {
        switch (shape, entry) {
        case (.table(let columns, _, let autoSize, _), _):
            let needsData = autoSize || columns.contains { $0.sizing == .fromData }
            if table == nil && needsData {
                held.append(entry)
                let now = MonotonicClock.seconds()
                if heldSince == nil { heldSince = now }
                if !autoSize, let window = options.sizingWindow, let since = heldSince, now - since >= window {
                    return releaseHeld()
                }
                return ""
            }
            return tableText(entry)
        case (.wide, .wide):
            held.append(entry)
            return ""
        case (_, .outOfBand(let text)):
            return held.isEmpty ? text + "\n" : { held.append(entry); return "" }()
        case (.list, .list(let fields)):
            return ListLayout.text(fields, width: options.width, style: options.style) + "\n"
        case (.complex, .complex(let text)):
            return text + "\n"
        case (_, .list(let fields)):
            // A list entry outside a list: PowerShell prints it out of band,
            // framed by blank lines.
            return "\n" + ListLayout.text(fields, width: options.width, style: options.style) + "\n"
        case (_, .complex(let text)), (_, .wide(let text)):
            return text + "\n"
        case (_, .row(let cells)):
            return cells.map(\.text).joined(separator: " ") + "\n"
        }
    }

    /// Fixes widths from the held rows and prints them.
    private func releaseHeld() -> String {
        defer {
            held.removeAll()
            heldSince = nil
        }
        switch shape {
        case .table:
            if table == nil, !held.isEmpty { table = makeTable(rows: held) }
            return held.map(tableText).joined()
        case .wide(let columns, let autoSize):
            return wideText(held.compactMap { if case .wide(let text) = $0 { return text } else { return nil } },
                            columns: columns, autoSize: autoSize)
        default:
            return held.map { entry -> String in
                if case .outOfBand(let text) = entry { return text + "\n" }
                return ""
            }.joined()
        }
    }

    private func tableText(_ entry: FormatEntry) -> String {
        guard case .table(let columns, let hideHeaders, _, let wrap) = shape else { return "" }
        switch entry {
        case .outOfBand(let text):
            return text + "\n"
        case .row(let cells):
            if table == nil { table = makeTable(rows: []) }
            guard let table, !table.isEmpty else { return "" }
            var out = ""
            if !headerPrinted && !hideHeaders {
                out += table.headerLines(columns.map(\.label), style: options.style).joined(separator: "\n") + "\n"
            }
            headerPrinted = true
            let lines = wrap ? table.wrappedLines(cells) : [table.line(cells)]
            return out + lines.joined(separator: "\n") + "\n"
        default:
            return ""
        }
    }

    private func makeTable(rows: [FormatEntry]) -> TableLayout {
        guard case .table(let columns, _, let autoSize, let wrap) = shape else {
            return TableLayout(requested: [], alignments: [], screenWidth: options.width)
        }
        let cellRows = rows.compactMap { entry -> [TableCell]? in
            if case .row(let cells) = entry { return cells }
            return nil
        }
        let requested = columns.enumerated().map { index, column -> Int in
            // A wrapped multi-line value asks for its whole length, line
            // breaks counted, as pwsh sizes it; otherwise only its first line shows.
            func dataWidth() -> Int {
                cellRows.reduce(TerminalText.width(column.label)) { widest, cells in
                    guard index < cells.count else { return widest }
                    let text = cells[index].text
                    return max(widest, wrap ? TerminalText.width(text) : TerminalText.width(TableLayout.firstLine(text)))
                }
            }
            if autoSize { return dataWidth() }
            switch column.sizing {
            case .fixed(let width): return width
            case .fromData: return dataWidth()
            case .fill: return 0
            }
        }
        return TableLayout(requested: requested, alignments: columns.map(\.alignment), screenWidth: options.width)
    }

    private func wideText(_ items: [String], columns: Int, autoSize: Bool) -> String {
        guard !items.isEmpty else { return "" }
        var perRow = columns > 0 ? columns : 2
        if autoSize || columns <= 0 {
            let widest = items.map(TerminalText.width).max() ?? 0
            if autoSize { perRow = TableLayout.itemsPerRow(itemWidth: widest, screenWidth: options.width) }
        }
        let layout = TableLayout(requested: Array(repeating: 0, count: perRow), alignments: Array(repeating: .left, count: perRow),
                                 screenWidth: options.width)
        var out = ""
        var index = 0
        while index < items.count {
            let row = items[index..<min(index + perRow, items.count)].map { TableCell($0) }
            out += layout.line(row) + "\n"
            index += perRow
        }
        return out
    }
}
