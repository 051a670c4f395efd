// Drawing around the line being edited: notices and the status lines above
// it, the candidate list below it, and Ctrl-C's `^C`. libedit's
// `EL_REFRESH` repaints prompt, buffer and cursor assuming the real cursor
// is at column 0 of the prompt row and erases nothing itself, so each of
// these moves there, clears the rows by hand (row by row: `\e[J` would
// push tmux's screen into scrollback) and then hands back to libedit.

import CEditLine
import Glibc

extension LineEditor {
    var columns: Int { max(1, Int(shim_el_columns(el))) }

    /// Rows (relative to the prompt row) of the cursor and of the last
    /// character of the line being edited.
    func editRows() -> (cursor: Int, last: Int) {
        guard let info = el_wline(el)?.pointee, var character = info.buffer else { return (0, 0) }
        var before = promptWidth
        var total = promptWidth
        while character < info.lastchar {
            let width = LineEditor.cellWidth(character.pointee)
            if character < info.cursor { before += width }
            total += width
            character += 1
        }
        return (before / columns, total / columns)
    }

    /// The rows a finished line took, for `text` after the prompt.
    func rows(ofText text: String) -> (cursor: Int, last: Int) {
        let total = promptWidth + LineEditor.displayWidth(text)
        return (total / columns, total / columns)
    }

    /// A status line cut to fit one row.
    func fitted(_ status: String) -> String {
        let limit = columns - 1
        guard LineEditor.displayWidth(status) > limit else { return status }
        var result = ""
        var width = 0
        for character in status {
            let cells = LineEditor.displayWidth(String(character))
            if width + cells > limit { break }
            result.append(character)
            width += cells
        }
        return result
    }

    static func up(_ count: Int) -> String { count > 0 ? "\u{1B}[\(count)A" : "" }
    static func down(_ count: Int) -> String { count > 0 ? "\u{1B}[\(count)B" : "" }

    /// Prints notices above the prompt (and the status line, if any), then
    /// repaints the prompt and the line with the cursor where it was.
    func redraw(above notices: [String]) {
        let rows = editRows()
        let top = statusRows
        var text = "\r" + LineEditor.up(rows.cursor + top)
        let count = rows.last + 1 + top
        for row in 0..<count { text += "\u{1B}[2K" + (row < count - 1 ? "\u{1B}[B" : "") }
        text += LineEditor.up(count - 1)
        for notice in notices { text += notice.replacingNewlines() + "\r\n" }
        text += statusText()
        write(text)
        shim_el_refresh(el)
    }

    /// The status rows' text (one row per line of the status, each cut
    /// to fit), with line ends, updating `statusRows`.
    func statusText() -> String {
        lastStatusDraw = LineEditor.monotonicSeconds()
        statusRedrawDue = false
        guard let status = wakeup.status else {
            statusRows = 0
            return ""
        }
        let lines = status.split(separator: "\n", omittingEmptySubsequences: false)
        statusRows = lines.count
        return lines.map { fitted(String($0)) + "\r\n" }.joined()
    }

    /// Ctrl-C: shows the whole line with `^C` after it and leaves the cursor
    /// on the next row.
    func abandonLine() {
        let rows = editRows()
        write("\r" + LineEditor.up(rows.cursor))
        if let info = el_wline(el)?.pointee { el_cursor(el, Int32(info.lastchar - info.cursor)) }
        shim_el_refresh(el)
        lastAbandonedRows = rows.last
        write("^C\r\n")
    }

    /// Deletes the status rows above a finished line (the cursor sits
    /// `belowRows` rows under the prompt row) so no stale progress stays.
    func removeStatusRow(belowRows: Int) {
        guard statusRows > 0 else { return }
        write("\r" + LineEditor.up(belowRows + statusRows) + "\u{1B}[\(statusRows)M" + LineEditor.down(belowRows))
    }

    /// Prints the candidates in columns below the line, then repaints.
    func showList(_ items: [String]) {
        let rows = editRows()
        var text = LineEditor.down(rows.last - rows.cursor) + "\r\n"
        let widest = (items.map { LineEditor.displayWidth($0) }.max() ?? 0) + 2
        let perRow = max(1, columns / widest)
        let rowCount = (items.count + perRow - 1) / perRow
        // More than a screenful: ask first, as bash does.
        if rowCount >= Int(shim_el_lines(el)) - 1 {
            write(text + "Display all \(items.count) possibilities? (y or n)")
            let answer = readAnswer()
            text = "\r\n"
            guard answer else {
                write(text + statusText())
                shim_el_refresh(el)
                return
            }
        }
        // Down the columns, as ls and bash list them.
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<perRow {
                let index = column * rowCount + row
                guard index < items.count else { continue }
                let item = items[index]
                let isLast = (column + 1) * rowCount + row >= items.count
                line += isLast ? item : item + String(repeating: " ", count: widest - LineEditor.displayWidth(item))
            }
            text += line + "\r\n"
        }
        text += statusText()
        write(text)
        shim_el_refresh(el)
    }
}

extension LineEditor {
    /// Waits for y (or Y, space, Tab) or n (or anything else) after a question.
    func readAnswer() -> Bool {
        var character: wchar_t = 0
        while readCharacter(into: &character) == 1 {
            switch Unicode.Scalar(UInt32(character)) {
            case "y", "Y", " ", "\t": return true
            default: return false
            }
        }
        return false
    }
}

extension String {
    /// A notice is one or more whole rows: raw newlines become CR LF.
    func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
    }
}
