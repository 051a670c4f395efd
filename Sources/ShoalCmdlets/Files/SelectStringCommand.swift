// Select-String: finds lines matching regular expressions (or plain text
// with -SimpleMatch) in files or piped text, like grep, and returns
// MatchInfo objects, or just True/False with -Quiet.

import ShoalRuntime

final class SelectStringCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Select-String", synopsis: "Finds text in strings and files.",
        parameters: [
            ParameterDescriptor("Pattern", type: "string[]", position: 0, mandatory: true, help: "The regular expressions (or, with -SimpleMatch, texts) to find."),
            ParameterDescriptor("Path", type: "string[]", position: 1, pipelineByPropertyName: true, help: "The files to search; wildcards are allowed."),
            ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"], help: "The files to search, without wildcards."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The text to search (piped lines)."),
            ParameterDescriptor("SimpleMatch", type: "switch", help: "Matches the pattern as plain text."),
            ParameterDescriptor("CaseSensitive", type: "switch", help: "Matches case exactly."),
            ParameterDescriptor("NotMatch", type: "switch", help: "Selects the lines that do not match."),
            ParameterDescriptor("AllMatches", type: "switch", help: "Finds every match in a line, not just the first."),
            ParameterDescriptor("Context", type: "int[]", help: "Lines to show before and after each match (one number, or two)."),
            ParameterDescriptor("Quiet", type: "switch", help: "Answers True (or, for files, False) instead of writing matches."),
            ParameterDescriptor("List", type: "switch", help: "Writes only the first match of each file."),
            ParameterDescriptor("Raw", type: "switch", help: "Writes the matching lines as strings."),
            ParameterDescriptor("NoEmphasis", type: "switch", help: "Does not highlight the matches."),
            ParameterDescriptor("Encoding", type: "string", help: "The files' text encoding."),
            ParameterDescriptor("Include", type: "string[]", help: "Only file names that match these patterns."),
            ParameterDescriptor("Exclude", type: "string[]", help: "File names that match these patterns are skipped."),
            ParameterDescriptor("Culture", type: "string", help: "The culture whose rules match text with -SimpleMatch."),
        ],
        // pwsh's sets: where the text comes from (files, literal paths, piped
        // objects), each with -Raw (lines as strings) or without (-Quiet allowed).
        parameterSets: [
            ParameterSetDescriptor("File", ["Path", "Quiet"], mandatory: ["Path"]),
            ParameterSetDescriptor("FileRaw", ["Path", "Raw"], mandatory: ["Path", "Raw"]),
            ParameterSetDescriptor("Object", ["InputObject", "Quiet"], mandatory: ["InputObject"]),
            ParameterSetDescriptor("ObjectRaw", ["InputObject", "Raw"], mandatory: ["InputObject", "Raw"]),
            ParameterSetDescriptor("LiteralFile", ["LiteralPath", "Quiet"], mandatory: ["LiteralPath"]),
            ParameterSetDescriptor("LiteralFileRaw", ["LiteralPath", "Raw"], mandatory: ["LiteralPath", "Raw"]),
        ], defaultParameterSet: "File",
        description: "Finds text matching a regular expression (or, with -SimpleMatch, a literal) in piped strings or in files, and writes a MatchInfo per matching line (file, line number, line, matches); -Context adds lines around, -Quiet answers True or False.",
        examples: [
            HelpExample("Find lines in text",
                        code: "'error: disk full', 'ok', 'error: net down' | Select-String 'error: (\\w+)' | ForEach-Object { $_.Matches[0].Groups[1].Value }",
                        output: "disk\nnet\n"),
            HelpExample("Just ask whether it matches",
                        code: "'ok', 'ok' | Select-String fail -Quiet\n'ok', 'fail' | Select-String fail -Quiet",
                        output: "True\n",
                        remarks: "Over piped text, no match writes nothing; over files it writes False."),
        ])

    var patterns: [(text: String, regex: RegexObject)] = []
    var pipedLines: [String] = []
    var found = false
    var quietAnswered = false
    /// Whether -Path/-LiteralPath files were searched (not piped lines).
    var searchedFiles = false
    /// Matches are shown inverted: not with -NoEmphasis, on a terminal
    /// without escape sequences (TERM=dumb), or under pwsh's
    /// __SuppressAnsiEscapeSequences.
    var emphasizes = true
    /// -Culture tr-TR (or az): a case-insensitive simple match compares as Turkish does,
    /// where I is the capital of dotless ı and İ the capital of i.
    var foldsTurkish = false

    func begin(_ context: CmdletContext) throws {
        emphasizes = !context.flag("NoEmphasis") && HostObject.supportsVirtualTerminal
            && (ProcessEnvironment.get("__SuppressAnsiEscapeSequences") ?? "").isEmpty
        let caseSensitive = context.flag("CaseSensitive")
        if let culture = context.string("Culture") {
            guard context.flag("SimpleMatch") else {
                throw context.terminatingError("You must specify -Culture parameter only with -SimpleMatch parameter.",
                                               id: "CannotSpecifyCultureWithoutSimpleMatch", category: .invalidData,
                                               exceptionType: "System.InvalidOperationException")
            }
            let language = culture.lowercased().split(separator: "-").first.map(String.init) ?? ""
            foldsTurkish = !caseSensitive && (language == "tr" || language == "az")
        }
        for text in context.value("Pattern")?.enumeratedItems.map(Conversion.toString) ?? [] {
            let pattern = foldsTurkish ? Self.turkishFold(text) : text
            let source = context.flag("SimpleMatch") ? RegexObject.escape(pattern) : pattern
            patterns.append((text, try RegexObject(pattern: source, caseSensitive: caseSensitive, at: context.span)))
        }
    }

    func process(_ context: CmdletContext) throws {
        if let input = context.hasPipelineInput ? context.inputObject : context.value("InputObject"),
           !context.has("Path"), !context.has("LiteralPath") {
            // A piped file item is searched as a file, as PowerShell does;
            // anything else is one line, an -InputObject array too ("a b").
            if case .native(let item as FileSystemItem) = input {
                try search(file: item.fullName, context)
            } else {
                pipedLines.append(Conversion.toString(input))
            }
            return
        }
        searchedFiles = true
        let names = NameFilter(context: context)
        for path in try PathResolver(context: context).existingPaths() where names.accepts(PathText.leaf(path)) {
            if FileSystem.isDirectory(path) { continue }
            try search(file: path, context)
        }
    }

    func end(_ context: CmdletContext) throws {
        if !pipedLines.isEmpty { try search(lines: pipedLines, path: nil, context) }
        // pwsh answers False only for files: piped lines without a match give nothing.
        if context.flag("Quiet"), !found, searchedFiles { try context.write(.bool(false)) }
    }

    func search(file path: String, _ context: CmdletContext) throws {
        guard let text = FileSystem.readText(path, encoding: try TextEncoding.parameter(context)) else {
            try context.writeError(FileErrors.ioError("Access to the path '\(path)' is denied.", id: "ProcessingFile", path: path,
                                                      category: .permissionDenied))
            return
        }
        try search(lines: TextLines.split(text), path: path, context)
    }

    /// The regex matches of one line: nil when it does not match.
    func matches(in line: String, _ context: CmdletContext) throws -> (pattern: String, matches: [Value])? {
        let subject = foldsTurkish ? Self.turkishFold(line) : line
        for (text, regex) in patterns where regex.isMatch(subject) {
            let all = try regex.invoke("matches", [.string(subject)], context: context.runspace)?.enumeratedItems ?? []
            return (text, context.flag("AllMatches") ? all : Array(all.prefix(1)))
        }
        return nil
    }

    /// Turkish case rules, one character for one (so match positions stay): I is ı, İ is i.
    static func turkishFold(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "I" ? "\u{0131}" : $0 == "\u{0130}" ? "i" : $0 }))
    }

    func search(lines: [String], path: String?, _ context: CmdletContext) throws {
        let contextSizes = context.value("Context")?.enumeratedItems.compactMap { Conversion.toNumber($0) }.map { value -> Int in
            if case .int(let n) = value { return n } else { return 0 }
        } ?? []
        let before = contextSizes.first ?? 0, after = contextSizes.count > 1 ? contextSizes[1] : before
        let notMatch = context.flag("NotMatch")
        let displayPath = path.map { MatchInfo.relative($0, to: context.runspace.location) }
        // With -Context, where every match is decides which context lines each one shows.
        var hits: [Int: (pattern: String, matches: [Value])?] = [:]
        var selected: [Int] = []
        if !contextSizes.isEmpty {
            for (index, line) in lines.enumerated() {
                try context.checkStopped()
                let hit = try matches(in: line, context)
                if (hit != nil) != notMatch { hits[index] = hit; selected.append(index) }
            }
        }
        var position = 0
        for (index, line) in lines.enumerated() {
            try context.checkStopped()
            let hit: (pattern: String, matches: [Value])?
            if contextSizes.isEmpty {
                hit = try matches(in: line, context)
                guard (hit != nil) != notMatch else { continue }
            } else {
                guard position < selected.count, selected[position] == index else { continue }
                hit = hits[index] ?? nil
                position += 1
            }
            found = true
            if context.flag("Quiet") {
                if !quietAnswered { try context.write(.bool(true)) }
                quietAnswered = true
                return
            }
            if context.flag("Raw") {
                try context.write(.string(line))
            } else {
                let info = MatchInfo(line: line, lineNumber: index + 1, path: path, displayPath: displayPath,
                                     pattern: hit?.pattern ?? patterns.first?.text ?? "", ignoreCase: !context.flag("CaseSensitive"),
                                     matches: hit?.matches ?? [])
                info.emphasizes = emphasizes
                if !contextSizes.isEmpty {
                    info.showsContext = true
                    info.preContext = Array(lines[max(0, index - before)..<index])
                    info.postContext = Array(lines[(index + 1)..<min(lines.count, index + 1 + after)])
                    // Shown: after the previous match's line and the context it shows; before the next match.
                    let previous = position >= 2 ? selected[position - 2] : -1
                    let next = position < selected.count ? selected[position] : lines.count
                    let previousShownEnd = previous < 0 ? -1 : min(previous + after, index - 1)
                    let preStart = max(0, index - before, previousShownEnd + 1)
                    info.displayPreContext = Array(lines[preStart..<index])
                    info.displayPostContext = Array(lines[(index + 1)..<min(lines.count, index + 1 + after, next)])
                }
                try context.write(.native(info))
            }
            if context.flag("List") { return }
        }
    }
}
