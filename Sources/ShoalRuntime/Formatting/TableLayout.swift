// Column widths and row text for tables and wide views, after PowerShell's
// ColumnWidthManager and TableWriter: columns are separated by one space,
// the last column is not padded, a value too long for its column is cut
// with `…`, and columns that do not fit the screen are shrunk from the
// right or hidden. Which columns a table has is decided elsewhere.

/// Fitted column widths for one table; a width of -1 hides the column.
struct TableLayout {
    static let separator = 1
    static let ellipsis = "…"

    private(set) var widths: [Int]
    let alignments: [TextAlignment]

    /// Fits `requested` widths (0 = take a share of what is left) into
    /// `screenWidth` columns.
    init(requested: [Int], alignments: [TextAlignment], screenWidth: Int) {
        self.alignments = alignments
        widths = TableLayout.fit(requested, into: max(screenWidth, 5))
    }

    var isEmpty: Bool { !widths.contains { $0 > 0 } }

    // MARK: - Widths (ColumnWidthManager)

    static func fit(_ requested: [Int], into tableWidth: Int) -> [Int] {
        var widths = requested
        if widths.contains(where: { $0 <= 0 }) {
            let unassigned = widths.indices.filter { widths[$0] <= 0 }
            for index in unassigned { widths[index] = 1 }
            var available = tableWidth - totalWidth(widths)
            // Spread the rest of the screen over the columns without a width.
            while available > 0 {
                for index in unassigned where available > 0 {
                    widths[index] += 1
                    available -= 1
                }
            }
        }
        // Shrink or hide the last visible column until the table fits.
        while totalWidth(widths) > tableWidth {
            guard let last = widths.lastIndex(where: { $0 > 0 }) else { break }
            let excess = totalWidth(widths) - tableWidth
            if widths[last] - excess < 1 { widths[last] = -1 } else { widths[last] -= excess }
        }
        return widths
    }

    static func totalWidth(_ widths: [Int]) -> Int {
        let visible = widths.filter { $0 > 0 }
        return visible.reduce(0, +) + separator * max(visible.count - 1, 0)
    }

    // MARK: - Rows (TableWriter)

    /// The header lines and the `----` line, styled when asked. A label
    /// longer than its column wraps onto further lines (`Latency` over
    /// `(ms)`), as PowerShell's TableWriter does.
    func headerLines(_ labels: [String], style: TextStyle) -> [String] {
        let dashes = labels.enumerated().map { index, label in
            String(repeating: "-", count: max(min(widths[index], TerminalText.width(label)), 0))
        }
        let pieces = labels.indices.map { index in
            widths[index] > 0 && TerminalText.width(labels[index]) > widths[index] ? TextWrapping.lines(labels[index], width: widths[index]) : [labels[index]]
        }
        let height = pieces.map(\.count).max() ?? 1
        var lines = (0..<height).map { row in
            let text = line(pieces.map { TableCell(row < $0.count ? $0[row] : "") }, headerStyle: style)
            return row == 0 ? text : String(text.reversed().drop { $0 == " " }.reversed())
        }
        lines.append(line(dashes.map { TableCell($0) }, headerStyle: style))
        return lines
    }

    /// One row on one line: values cut at their first line break and at
    /// their column's width.
    func line(_ cells: [TableCell], headerStyle: TextStyle? = nil) -> String {
        var text = ""
        var isFirst = true
        let lastVisible = widths.lastIndex { $0 > 0 } ?? -1
        for index in widths.indices where widths[index] > 0 {
            if !isFirst { text += " " }
            isFirst = false
            let cell = index < cells.count ? cells[index] : TableCell("")
            let field = TableLayout.field(TableLayout.firstLine(cell.text), width: widths[index],
                                          alignment: resolved(cell.alignment, column: index), pad: index != lastVisible)
            if let headerStyle { text += headerStyle.tableHeader + field + headerStyle.reset } else { text += field }
        }
        return text
    }

    /// One row wrapped over as many lines as its longest cell needs (`-Wrap`).
    func wrappedLines(_ cells: [TableCell]) -> [String] {
        let visible = widths.indices.filter { widths[$0] > 0 }
        let pieces = visible.map { index -> [String] in
            var text = index < cells.count ? cells[index].text : ""
            // A final line break ends the last line; it does not start another.
            if text.hasSuffix("\n") { text.removeLast() }
            return TextWrapping.lines(text, width: widths[index])
        }
        let height = pieces.map(\.count).max() ?? 1
        var lines: [String] = []
        for row in 0..<height {
            var parts: [String] = []
            for (position, index) in visible.enumerated() {
                let piece = row < pieces[position].count ? pieces[position][row] : ""
                let cell = index < cells.count ? cells[index] : TableCell("")
                parts.append(TableLayout.field(piece, width: widths[index], alignment: resolved(cell.alignment, column: index),
                                               pad: position != visible.count - 1))
            }
            var text = parts.joined(separator: " ")
            if height > 1 { while text.hasSuffix(" ") { text.removeLast() } }
            lines.append(text)
        }
        return lines
    }

    private func resolved(_ alignment: TextAlignment, column: Int) -> TextAlignment {
        alignment == .undefined ? alignments[column] : alignment
    }

    /// PowerShell shows only a value's first line in a table cell, and
    /// marks that more was cut.
    static func firstLine(_ text: String) -> String {
        guard let index = text.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return String(text[..<index]) + ellipsis
    }

    /// A value padded or cut to `width`.
    static func field(_ value: String, width: Int, alignment: TextAlignment, pad: Bool) -> String {
        var text = value
        let length = TerminalText.width(text)
        if length > width {
            if width > 1 {
                text = alignment == .right ? ellipsis + TerminalText.suffix(text, cells: width - 1)
                    : TerminalText.prefix(text, cells: width - 1) + ellipsis
            } else {
                text = alignment == .right ? TerminalText.suffix(text, cells: width) : TerminalText.prefix(text, cells: width)
            }
            // Colour cut off before its reset must not run into the next column.
            if TerminalText.hasEscape(value) { text += PSStyle.reset }
            // A wide character that did not fit leaves a cell over.
            let short = width - TerminalText.width(text)
            if short > 0 {
                let spaces = String(repeating: " ", count: short)
                text = alignment == .right ? spaces + text : text + spaces
            }
            return text
        }
        let padding = width - length
        switch alignment {
        case .right:
            return String(repeating: " ", count: padding) + text
        case .center:
            let left = padding / 2
            return String(repeating: " ", count: left) + text + (pad ? String(repeating: " ", count: padding - left) : "")
        default:
            return pad ? text + String(repeating: " ", count: padding) : text
        }
    }

    /// How many items of `itemWidth` fit on one line (Format-Wide -AutoSize).
    static func itemsPerRow(itemWidth: Int, screenWidth: Int) -> Int {
        guard itemWidth > 0, itemWidth < screenWidth else { return 1 }
        var columns = 1
        while (itemWidth * (columns + 1) + columns * separator) < screenWidth { columns += 1 }
        return columns
    }
}
