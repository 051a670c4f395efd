// Select-String's result: one matching line with where it came from, its
// regex matches and any context lines. Shown as `file:line:text` (the
// file relative to the location it was searched from) or, for piped
// text, as the line alone. Out-Default shows the matches in reverse video
// ($PSStyle.Reverse), as pwsh's MatchInfo view does, unless -NoEmphasis.

import ShoalRuntime

final class MatchInfo: CustomViewObject {
    let line: String
    let lineNumber: Int
    /// The file's full path, or nil for piped input ("InputStream").
    let path: String?
    let displayPath: String?
    let pattern: String
    let ignoreCase: Bool
    let matches: [Value]
    var preContext: [String] = []
    var postContext: [String] = []
    /// The context lines shown: without those another match nearby shows
    /// already (its line or its context), so no line prints twice.
    var displayPreContext: [String] = []
    var displayPostContext: [String] = []
    /// Whether -Context was given, which adds `> ` markers to the text.
    var showsContext = false
    /// Whether the view shows the matches in reverse video (no -NoEmphasis).
    var emphasizes = false

    init(line: String, lineNumber: Int, path: String?, displayPath: String?, pattern: String, ignoreCase: Bool, matches: [Value]) {
        self.line = line
        self.lineNumber = lineNumber
        self.path = path
        self.displayPath = displayPath
        self.pattern = pattern
        self.ignoreCase = ignoreCase
        self.matches = matches
    }

    var typeName: String { "Microsoft.PowerShell.Commands.MatchInfo" }
    var stringValue: String { text(shownPath: displayPath) }
    var propertyNames: [String] { ["IgnoreCase", "LineNumber", "Line", "Filename", "Path", "Pattern", "Context", "Matches"] }

    /// What Out-Default shows: the text with each match emphasized, as pwsh's ToEmphasizedString.
    var customViewText: String {
        guard emphasizes else { return stringValue }
        var units = Array(line.utf16)
        // From the last match back, so earlier offsets stay valid.
        for match in matches.reversed() {
            guard case .native(let native) = match, case .int(let index)? = native.property("Index"),
                  case .int(let length)? = native.property("Length"), index >= 0, index + length <= units.count else { continue }
            units.insert(contentsOf: PSStyle.reset.utf16, at: index + length)
            units.insert(contentsOf: PSStyle.reverse.utf16, at: index)
        }
        return text(shownPath: displayPath, matchLine: String(decoding: units, as: UTF16.self))
    }

    /// `path:number:line`, with the context lines around it when -Context was given.
    func text(shownPath: String?, matchLine: String? = nil) -> String {
        func format(_ text: String, _ number: Int, marker: String) -> String {
            let prefix = showsContext ? marker : ""
            guard let shownPath else { return prefix + text }
            return "\(prefix)\(shownPath):\(number):\(text)"
        }
        var lines: [String] = []
        for (offset, text) in displayPreContext.enumerated() {
            lines.append(format(text, lineNumber - displayPreContext.count + offset, marker: "  "))
        }
        lines.append(format(matchLine ?? line, lineNumber, marker: "> "))
        for (offset, text) in displayPostContext.enumerated() { lines.append(format(text, lineNumber + 1 + offset, marker: "  ")) }
        return lines.joined(separator: "\n")
    }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "line": return .string(line)
        case "linenumber": return .int(lineNumber)
        case "path": return .string(path ?? "InputStream")
        case "filename": return .string(path.map(PathText.leaf) ?? "InputStream")
        case "pattern": return .string(pattern)
        case "ignorecase": return .bool(ignoreCase)
        case "matches": return .list(matches)
        case "context":
            guard showsContext else { return nil }
            let context = PSObject(typeName: "Microsoft.PowerShell.Commands.MatchInfoContext")
            context.set("PreContext", .list(preContext.map { .string($0) }))
            context.set("PostContext", .list(postContext.map { .string($0) }))
            context.set("DisplayPreContext", .list(displayPreContext.map { .string($0) }))
            context.set("DisplayPostContext", .list(displayPostContext.map { .string($0) }))
            return .object(context)
        default: return nil
        }
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        guard method.lowercased() == "tostring" else { return nil }
        // ToString() names the full path; ToString(directory) makes it relative to that directory.
        guard let directory = arguments.first.map(Conversion.toString), let path else { return .string(text(shownPath: path)) }
        return .string(text(shownPath: MatchInfo.relative(path, to: directory)))
    }

    /// PowerShell's MatchInfo.RelativePath: the path under `directory`, else the full path.
    static func relative(_ path: String, to directory: String) -> String {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
