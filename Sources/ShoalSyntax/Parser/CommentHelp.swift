// Comment-based help (about_Comment_Based_Help): a block comment `<# #>`
// or a run of `#` lines holding `.SYNOPSIS`, `.DESCRIPTION`,
// `.PARAMETER name`, `.EXAMPLE`, `.INPUTS`, `.OUTPUTS`, `.NOTES` and
// `.LINK` sections. A function's help sits at the start of its body, at
// its end, or just before the `function` keyword (at most one blank line
// between); a script's at the start of the file (two blank lines before a
// function that follows, else it is that function's) or at its end.

/// The help sections of one comment.
public struct CommentHelp: Sendable, Equatable {
    public var synopsis = ""
    public var description = ""
    /// Parameter descriptions, in the comment's order.
    public var parameters: [(name: String, text: String)] = []
    public var examples: [String] = []
    public var inputs: [String] = []
    public var outputs: [String] = []
    public var notes = ""
    public var links: [String] = []

    public static func == (left: CommentHelp, right: CommentHelp) -> Bool {
        left.synopsis == right.synopsis && left.description == right.description && left.examples == right.examples
            && left.parameters.map(\.name) == right.parameters.map(\.name) && left.parameters.map(\.text) == right.parameters.map(\.text)
            && left.inputs == right.inputs && left.outputs == right.outputs && left.notes == right.notes && left.links == right.links
    }

    /// The description of parameter `name` (case-insensitive).
    public func parameter(_ name: String) -> String? {
        parameters.first { $0.name.lowercased() == name.lowercased() }?.text
    }

    /// The help in a comment's text (without its `<#`/`#>` or `#` marks),
    /// or nil when it holds no help keyword.
    public static func parse(_ body: String) -> CommentHelp? {
        var help = CommentHelp()
        var keyword: String?
        var argument = ""
        var lines: [String] = []
        var found = false
        func flush() {
            guard let keyword else { return }
            let text = Self.dedent(lines)
            switch keyword {
            case "synopsis": help.synopsis = text
            case "description": help.description = text
            case "parameter": help.parameters.append((argument, text))
            case "example": help.examples.append(text)
            case "inputs": help.inputs.append(text)
            case "outputs": help.outputs.append(text)
            case "notes": help.notes = text
            case "link": help.links.append(text)
            default: break
            }
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("."), let (name, rest) = Self.keyword(in: trimmed) {
                flush()
                keyword = name
                argument = rest
                lines = []
                found = true
            } else if keyword != nil {
                lines.append(String(line).replacingTabs())
            }
        }
        flush()
        return found ? help : nil
    }

    static let keywords: Set<String> = [
        "synopsis", "description", "parameter", "example", "inputs", "outputs", "notes", "link", "component", "role",
        "functionality", "forwardhelptargetname", "forwardhelpcategory", "remotehelprunspace", "externalhelp",
    ]

    private static func keyword(in line: String) -> (String, String)? {
        let words = line.dropFirst().split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let first = words.first, keywords.contains(first.lowercased()) else { return nil }
        return (first.lowercased(), words.count > 1 ? String(words[1]).trimmingWhitespace() : "")
    }

    /// The lines without their common indentation and outer blank lines.
    private static func dedent(_ lines: [String]) -> String {
        var lines = lines.map { line in String(line.reversed().drop { $0 == " " || $0 == "\r" }.reversed()) }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
    }

    // MARK: - Finding the comment

    /// The help of a function whose body is `body`.
    public static func forFunction(_ body: ScriptBlockAst) -> CommentHelp? {
        let scalars = body.span.file.scalars
        let open = body.span.start, close = body.span.end - 1
        guard open < scalars.count, scalars[open] == "{", close > open else { return nil }
        if let help = comment(after: open + 1, in: scalars, until: close).flatMap(parse) { return help }
        if let help = comment(before: close, in: scalars, after: open + 1).flatMap(parse) { return help }
        guard let keyword = functionKeyword(before: open, in: scalars) else { return nil }
        return comment(before: keyword, in: scalars, after: 0, maxBlankLines: 1).flatMap(parse)
    }

    /// The help of a whole script.
    public static func forScript(_ script: ScriptBlockAst) -> CommentHelp? {
        let scalars = script.span.file.scalars
        var start = 0
        // A `#!` line comes first in an executable script.
        if scalars.starts(with: Array("#!".unicodeScalars)) { start = (scalars.firstIndex(of: "\n") ?? scalars.count - 1) + 1 }
        // Only comments and blank lines may come before the script's help.
        while let (text, end) = commentWithEnd(after: start, in: scalars, until: scalars.count) {
            start = end
            guard let help = parse(text) else { continue }
            // Help right before a function (fewer than two blank lines) is the function's.
            var index = end, newlines = 0
            while index < scalars.count, scalars[index].properties.isWhitespace {
                if scalars[index] == "\n" { newlines += 1 }
                index += 1
            }
            let rest = String(String.UnicodeScalarView(scalars[index..<min(index + 9, scalars.count)])).lowercased()
            let beforeFunction = rest.hasPrefix("function ") || rest.hasPrefix("filter ")
            if !beforeFunction || newlines >= 3 { return help }
            break
        }
        return comment(before: scalars.count, in: scalars, after: start).flatMap(parse)
    }

    /// The comment that starts the text after `start` (whitespace skipped).
    static func comment(after start: Int, in scalars: [Unicode.Scalar], until end: Int) -> String? {
        commentWithEnd(after: start, in: scalars, until: end)?.text
    }

    static func commentWithEnd(after start: Int, in scalars: [Unicode.Scalar], until end: Int) -> (text: String, end: Int)? {
        var index = start
        while index < end, scalars[index].properties.isWhitespace { index += 1 }
        guard index < end, scalars[index] == "#" || (scalars[index] == "<" && index + 1 < end && scalars[index + 1] == "#") else { return nil }
        if scalars[index] == "<" {
            var close = index + 2
            while close + 1 < end, !(scalars[close] == "#" && scalars[close + 1] == ">") { close += 1 }
            guard close + 1 < end else { return nil }
            return (text(scalars, index + 2, close), close + 2)
        }
        // A run of line comments.
        var lines: [String] = []
        while index < end, scalars[index] == "#" {
            let lineEnd = scalars[index..<end].firstIndex(of: "\n") ?? end
            lines.append(text(scalars, index + 1, lineEnd))
            index = lineEnd
            // The next line continues the run only if it is a comment too.
            var next = index
            while next < end, scalars[next] == " " || scalars[next] == "\t" || scalars[next] == "\n" || scalars[next] == "\r" {
                if scalars[next] == "\n", next > index { break }
                next += 1
            }
            guard next < end, scalars[next] == "#" else { break }
            index = next
        }
        return (lines.joined(separator: "\n"), index)
    }

    /// The comment that ends just before `end` (whitespace skipped, at most
    /// `maxBlankLines` blank lines between).
    static func comment(before end: Int, in scalars: [Unicode.Scalar], after start: Int, maxBlankLines: Int = .max) -> String? {
        var index = end - 1, newlines = 0
        while index >= start, scalars[index].properties.isWhitespace {
            if scalars[index] == "\n" { newlines += 1 }
            index -= 1
        }
        guard index >= start, newlines - 1 <= maxBlankLines else { return nil }
        if index >= start + 1, scalars[index] == ">", scalars[index - 1] == "#" {
            var open = index - 2
            while open > start, !(scalars[open - 1] == "<" && scalars[open] == "#") { open -= 1 }
            guard open > start else { return nil }
            return text(scalars, open + 1, index - 1)
        }
        // A run of line comments: each line, from the last up, whose first non-blank is `#`.
        var lines: [String] = []
        var lineEnd = index + 1
        while lineEnd > start {
            let lineStart = (scalars[start..<lineEnd].lastIndex(of: "\n") ?? (start - 1)) + 1
            let line = text(scalars, lineStart, lineEnd)
            let trimmed = line.trimmingWhitespace()
            guard trimmed.hasPrefix("#"), !trimmed.hasPrefix("#>") else { break }
            lines.insert(String(trimmed.dropFirst()), at: 0)
            lineEnd = lineStart - 1
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// Where the `function`/`filter` keyword of a body opening at `open`
    /// starts: the last such word before the brace (the name and any
    /// parenthesised parameters lie between).
    static func functionKeyword(before open: Int, in scalars: [Unicode.Scalar]) -> Int? {
        let words: [[Unicode.Scalar]] = ["function", "filter"].map { Array($0.unicodeScalars) }
        var index = open - 1
        while index >= max(0, open - 4000) {
            for word in words where index + word.count <= open {
                let isWord = zip(scalars[index..<(index + word.count)], word).allSatisfy {
                    Unicode.Scalar(UInt32($0.0.value | 0x20)) == $0.1 || $0.0 == $0.1
                }
                let boundaryBefore = index == 0 || scalars[index - 1].properties.isWhitespace || scalars[index - 1] == ";"
                let boundaryAfter = index + word.count < open && scalars[index + word.count].properties.isWhitespace
                if isWord && boundaryBefore && boundaryAfter { return index }
            }
            index -= 1
        }
        return nil
    }

    private static func text(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, start)..<max(start, end)])
        return String(view)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
