// Breaking text into lines of a given width, as PowerShell's
// StringManipulationHelper does for English cultures: at spaces where it
// can, inside a word where it must, and always at the text's own line breaks.

enum TextWrapping {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var result: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = String(word)
                let candidate = line.isEmpty ? word : line + " " + word
                if TerminalText.width(candidate) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { result.append(line) }
                while TerminalText.width(word) > width {
                    let piece = TerminalText.prefix(word, cells: width)
                    // A wide character in a one-cell column: it goes on a line of its own.
                    let taken = piece.isEmpty ? String(word.prefix(1)) : piece
                    result.append(taken)
                    word = String(word.dropFirst(taken.count))
                }
                line = word
            }
            result.append(line)
        }
        return result.isEmpty ? [""] : result
    }
}
