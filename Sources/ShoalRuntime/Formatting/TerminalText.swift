// Text as a terminal shows it: escape sequences take no room and East
// Asian wide characters take two cells. The formatter measures and cuts
// table cells with these, and strips the sequences from output that
// $PSStyle.OutputRendering says is plain text.

import Glibc

/// Measuring, cutting and stripping text with ANSI escape sequences.
public enum TerminalText {
    /// The text without the escape sequences pwsh recognises as decoration:
    /// SGR (`ESC[1;32m`), cursor-mode switches (`ESC[?25h`) and hyperlinks
    /// (`ESC]8;;uri ESC\`), as pwsh's ValueStringDecorated.
    public static func plain(_ text: String) -> String {
        guard hasEscape(text) else { return text }
        var result = ""
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first {
            if first == "\u{1B}", let length = sequenceLength(scalars) {
                scalars = scalars.dropFirst(length)
            } else {
                result.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }

    /// The length in scalars of the decoration at the start of `scalars`, if one is there.
    private static func sequenceLength(_ scalars: Substring.UnicodeScalarView.SubSequence) -> Int? {
        var index = scalars.index(after: scalars.startIndex)
        guard index < scalars.endIndex else { return nil }
        var count = 2
        switch scalars[index] {
        case "[":
            index = scalars.index(after: index)
            if index < scalars.endIndex, scalars[index] == "?" {
                // ESC[?25h / ESC[?25l
                index = scalars.index(after: index)
                count += 1
                var digits = 0
                while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) {
                    digits += 1
                    index = scalars.index(after: index)
                }
                guard digits > 0, index < scalars.endIndex, scalars[index] == "h" || scalars[index] == "l" else { return nil }
                return count + digits + 1
            }
            // ESC[ digits ( ; digits )* m
            while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) || scalars[index] == ";" {
                count += 1
                index = scalars.index(after: index)
            }
            guard index < scalars.endIndex, scalars[index] == "m" else { return nil }
            return count + 1
        case "]":
            // ESC]8;; ... ESC\
            let rest = scalars[scalars.index(after: index)...]
            guard rest.starts(with: "8;;".unicodeScalars) else { return nil }
            var cursor = rest.index(rest.startIndex, offsetBy: 3)
            count += 3
            while cursor < rest.endIndex {
                let next = rest.index(after: cursor)
                if rest[cursor] == "\u{1B}", next < rest.endIndex, rest[next] == "\\" { return count + 2 }
                count += 1
                cursor = next
            }
            return nil
        default:
            return nil
        }
    }

    /// Terminal cells a character takes, as pwsh's formatter counts them:
    /// two for East Asian wide and full-width forms, else one.
    public static func cells(_ scalar: Unicode.Scalar) -> Int {
        let c = scalar.value
        guard c >= 0x1100 else { return 1 }
        let wide = c <= 0x115F || c == 0x2329 || c == 0x232A
            || (0x2E80...0xA4CF).contains(c) && c != 0x303F
            || (0xAC00...0xD7A3).contains(c) || (0xF900...0xFAFF).contains(c)
            || (0xFE10...0xFE19).contains(c) || (0xFE30...0xFE6F).contains(c)
            || (0xFF00...0xFF60).contains(c) || (0xFFE0...0xFFE6).contains(c)
            || (0x1F300...0x1F64F).contains(c) || (0x1F900...0x1F9FF).contains(c)
            || (0x20000...0x2FFFD).contains(c) || (0x30000...0x3FFFD).contains(c)
        return wide ? 2 : 1
    }

    /// The longest start of `text` that fits in `cells`, with the escape
    /// sequences inside it kept.
    public static func prefix(_ text: String, cells: Int) -> String {
        cut(text, cells: cells, fromStart: true)
    }

    /// The longest end of `text` that fits in `cells`, sequences kept as in `prefix`.
    public static func suffix(_ text: String, cells: Int) -> String {
        cut(text, cells: cells, fromStart: false)
    }

    private static func cut(_ text: String, cells: Int, fromStart: Bool) -> String {
        // Sequences are kept whole and take no cells; characters take theirs.
        var pieces: [(text: String, width: Int)] = []
        var scalars = Substring(text).unicodeScalars[...]
        var plainRun = ""
        func flushRun() {
            for character in plainRun { pieces.append((String(character), character.unicodeScalars.first.map(Self.cells) ?? 0)) }
            plainRun = ""
        }
        while let first = scalars.first {
            if first == "\u{1B}", let length = sequenceLength(scalars) {
                flushRun()
                var sequence = ""
                sequence.unicodeScalars.append(contentsOf: scalars.prefix(length))
                pieces.append((sequence, 0))
                scalars = scalars.dropFirst(length)
            } else {
                plainRun.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        flushRun()
        var used = 0
        var kept: [String] = []
        for piece in fromStart ? pieces : pieces.reversed() {
            if used + piece.width > cells { break }
            used += piece.width
            kept.append(piece.text)
        }
        return (fromStart ? kept : kept.reversed()).joined()
    }

    /// Whether the text holds an escape character. Every line Out-Default
    /// prints is asked, so it scans the bytes with memchr, not a Sequence
    /// walk (which cost a redirected script 25% more instructions).
    @inline(__always)
    public static func hasEscape(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0x1B, bytes.count) != nil } ?? false
        }
        return found ?? text.utf8.contains(0x1B)
    }

    /// Terminal cells the text takes, escape sequences not counted.
    public static func width(_ text: String) -> Int {
        var text = text
        // Plain ASCII (most cells) is one cell a byte.
        let isASCII = text.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 || $0 == 0x1B } }
        if isASCII { return text.utf8.count }
        var total = 0
        for character in plain(text) {
            // A character is one glyph: its first scalar decides its width
            // (combining marks and variation selectors add none).
            total += character.unicodeScalars.first.map(cells) ?? 0
        }
        return total
    }
}
