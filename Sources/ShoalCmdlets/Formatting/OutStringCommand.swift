// Out-String: formats its input as Out-Default would print it and writes
// the text as one string, or with -Stream one string per line. -Width sets
// the line width (default: the terminal's, $env:COLUMNS, or 120).

import ShoalRuntime

public final class OutStringCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Out-String", synopsis: "Outputs input objects as a string.",
        parameters: [
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to format as text (piped)."),
            ParameterDescriptor("Stream", type: "switch", help: "Writes one string per line instead of a single string."),
            ParameterDescriptor("Width", type: "int", help: "The line width to format to (by default the terminal's, $env:COLUMNS, or 120); longer values are cut off, or wrapped with Format-Table -Wrap."),
            ParameterDescriptor("NoNewline", type: "switch", help: "Leaves out the line breaks, so the lines run together in one line."),
        ],
        description: "Formats objects as text, as they would print, and writes it as one string (or one string per line with -Stream).",
        examples: [
            HelpExample("Capture a table as text",
                        code: "$text = [pscustomobject]@{ A = 1; B = 2 } | Out-String\n$text.Trim()",
                        output: "A B\n- -\n1 2\n"),
            HelpExample("One string per line",
                        code: "[pscustomobject]@{ A = 1 } | Out-String -Stream | Where-Object { $_ } | Measure-Object | ForEach-Object Count",
                        output: "3\n",
                        remarks: "Blank lines are strings too; the filter keeps the header, the rule and the row."),
            HelpExample("Format to a fixed width, for a mail or a chat message",
                        code: "$jobs = [pscustomobject]@{ Name = 'backup'; Command = 'rsync -a --delete /srv/data/ backup01:/volumes/archive/' },\n        [pscustomobject]@{ Name = 'rotate'; Command = 'logrotate /etc/logrotate.conf' }\n$text = $jobs | Format-Table -Wrap | Out-String -Width 40\n$text.Trim()",
                        output: "Name   Command\n----   -------\nbackup rsync -a --delete /srv/data/\n       backup01:/volumes/archive/\nrotate logrotate /etc/logrotate.conf\n"),
        ])

    private var formatter = StreamingFormatter()
    private var text = ""
    /// A line begun but not ended, for -Stream.
    private var partialLine = ""
    private var removesSequences = false
    public init() {}

    public func begin(_ context: CmdletContext) throws {
        let width = context.value("Width").flatMap { Int(Conversion.toString($0)) } ?? FormatOptions.defaultWidth()
        let options = FormatOptions.forText(width: max(width, 2), style: context.runspace.style)
        removesSequences = options.removesSequences
        formatter = StreamingFormatter(options: options, runspace: context.runspace)
    }

    public func process(_ context: CmdletContext) throws {
        for item in FormatSequenceWriter.inputs(context) { try take(formatter.add(item), context) }
    }

    public func end(_ context: CmdletContext) throws {
        try take(formatter.finish(), context)
        if context.flag("Stream") {
            if !partialLine.isEmpty { try context.write(.string(partialLine)) }
            return
        }
        if context.flag("NoNewline") { text = text.split(separator: "\n", omittingEmptySubsequences: false).joined() }
        try context.write(.string(text))
    }

    private func take(_ formatted: String, _ context: CmdletContext) throws {
        let piece = removesSequences ? TerminalText.plain(formatted) : formatted
        guard context.flag("Stream") else {
            text += piece
            return
        }
        var lines = (partialLine + piece).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        partialLine = lines.removeLast()
        for line in lines { try context.write(.string(line)) }
    }
}
