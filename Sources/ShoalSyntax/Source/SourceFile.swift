// Source text and positions. Everything that reports a place in a script
// (parse errors, run-time error records, `$MyInvocation`) goes through here,
// so the "file:line:col" and caret rendering exist once.

/// A script's text, with a table of line starts for turning offsets into
/// line and column numbers.
public final class SourceFile: Sendable {
    /// What error messages call the script: a path, or `<command>` for `-c`.
    public let name: String
    /// The absolute path of a script file (what `$PSScriptRoot` and
    /// `$PSCommandPath` report), or nil for `-c` text and standard input.
    public let path: String?
    public let text: String
    /// The text as Unicode scalars; offsets everywhere index into this.
    public let scalars: [Unicode.Scalar]
    let lineStarts: [Int]

    public init(name: String, text: String, path: String? = nil) {
        self.name = name
        self.path = path
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// Text that puts `offset` at the same line and column as in this
    /// file: a blank line for each line before it, then the start of its
    /// own line. What a job worker parses after, so its errors name this
    /// file's positions.
    public func positionPrefix(at offset: Int) -> String {
        let (line, column) = location(of: offset)
        return String(repeating: "\n", count: line - 1)
            + String(String.UnicodeScalarView(lineText(line).unicodeScalars.prefix(column - 1)))
    }

    /// The 1-based line and column of a scalar offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        if end > start, end <= scalars.count, scalars[end - 1] == "\r" { end -= 1 }
        return slice(start, max(start, end))
    }

    /// The text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        let start = max(0, min(start, scalars.count))
        let end = max(start, min(end, scalars.count))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }
}

/// A range of a source file, as scalar offsets.
public struct SourceSpan: Sendable {
    public let file: SourceFile
    public let start: Int
    public let end: Int

    public init(file: SourceFile, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    public var line: Int { file.location(of: start).line }
    public var column: Int { file.location(of: start).column }
    public var text: String { file.slice(start, end) }

    /// `name:line:col`, as error messages show it.
    public var positionText: String {
        let (line, column) = file.location(of: start)
        return "\(file.name):\(line):\(column)"
    }

    /// The line of the span with a caret (or carets) under it. A line longer
    /// than `SourceSpan.displayWidth` (a long `-c` command) shows a window
    /// around the span, cut with `...`, so the caret stays in sight.
    public var caretDisplay: String {
        let (line, column) = file.location(of: start)
        let scalars = Array(file.lineText(line).unicodeScalars)
        var width = max(1, min(end - start, scalars.count - (column - 1)))
        var offset = column - 1
        var shown = scalars[...]
        var prefix = "", suffix = ""
        if scalars.count > SourceSpan.displayWidth {
            let windowStart = max(0, min(offset - SourceSpan.contextBefore, scalars.count - SourceSpan.displayWidth))
            let windowEnd = min(scalars.count, windowStart + SourceSpan.displayWidth)
            shown = scalars[windowStart..<windowEnd]
            if windowStart > 0 { prefix = "..." }
            if windowEnd < scalars.count { suffix = "..." }
            offset = offset - windowStart + prefix.count
            width = max(1, min(width, windowEnd - (column - 1)))
        }
        var text = prefix
        text.unicodeScalars.append(contentsOf: shown)
        text += suffix
        let marker = String(repeating: " ", count: offset) + String(repeating: "^", count: width)
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        return "\(number) | \(text)\n\(gutter) | \(marker)"
    }

    /// The longest line shown whole under an error, and how much of a longer
    /// one is kept before the span.
    static let displayWidth = 100
    static let contextBefore = 40

    /// A span covering both.
    public func to(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(file: file, start: min(start, other.start), end: max(end, other.end))
    }
}
