// Write-Host: text for the user, on the host rather than the pipeline.

import ShoalRuntime

public final class WriteHostCommand: Cmdlet {
    static let colors = PSStyle.consoleColors
    public static let descriptor = CmdletDescriptor(
        "Write-Host", synopsis: "Writes customized output to the host.",
        parameters: [
            ParameterDescriptor("Object", position: 0, pipeline: true, aliases: ["Msg", "Message"], remainingArguments: true, help: "What to print: one or more values (all remaining arguments), turned into text and joined by -Separator."),
            ParameterDescriptor("NoNewline", type: "switch", help: "Leaves the line open, so the next text the host prints continues it."),
            ParameterDescriptor("Separator", help: "The text put between the values (a space by default)."),
            ParameterDescriptor("ForegroundColor", type: "string", validateSet: colors, help: "The text colour, a ConsoleColor name such as Green or Red; used only on a terminal that shows colours."),
            ParameterDescriptor("BackgroundColor", type: "string", validateSet: colors, help: "The colour behind the text, a ConsoleColor name; used only on a terminal that shows colours."),
        ],
        description: "Writes text to the host (the terminal), not the pipeline; -NoNewline and -Separator shape it.",
        examples: [
            HelpExample("Print without output",
                        code: "$result = Write-Host 'shown, not returned'\n$null -eq $result",
                        output: "shown, not returned\nTrue\n"),
            HelpExample("Finish a line later with -NoNewline",
                        code: "foreach ($server in 'web1', 'web2') {\n    Write-Host \"Checking $server... \" -NoNewline\n    Write-Host 'ok' -ForegroundColor Green\n}",
                        output: "Checking web1... ok\nChecking web2... ok\n",
                        remarks: "On a terminal 'ok' is green; NO_COLOR, or output that is not a terminal, prints it plain."),
            HelpExample("Join values, and capture host text with 6>&1",
                        code: "Write-Host -Object 'web1', 'web2', 'db1' -Separator ', '\n$line = Write-Host 'saved for the log' 6>&1\n\"captured: $line\"",
                        output: "web1, web2, db1\ncaptured: saved for the log\n",
                        remarks: "Write-Host writes to the information stream, so 6>&1 turns its text into output."),
        ])
    public init() {}


    public func process(_ context: CmdletContext) throws {
        let separator = context.string("Separator") ?? " "
        let items = context.value("Object").map { value -> [Value] in
            if case .array(let array) = value { return array.items }
            return [value]
        } ?? []
        var text = items.map(Conversion.toString).joined(separator: separator)
        if context.runspace.style.decorates(toTerminal: context.runspace.host.isTerminal) {
            var prefix = ""
            for (name, background) in [("ForegroundColor", false), ("BackgroundColor", true)] {
                if let color = context.value(name) { prefix += PSStyle.sequence(forConsoleColor: color, background: background) ?? "" }
            }
            if !prefix.isEmpty { text = prefix + text + "\u{1B}[0m" }
        }
        try context.writeInformation(.native(InformationalRecord(hostText: text, newline: !context.flag("NoNewline"))), isHost: true)
    }
}
