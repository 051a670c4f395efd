// Write-Host: text for the user, on the host rather than the pipeline.

import ShoalRuntime

public final class WriteHostCommand: Cmdlet {
    static let colors = PSStyle.consoleColors
    public static let descriptor = CmdletDescriptor(
        "Write-Host", synopsis: "Writes customized output to the host.",
        parameters: [
            ParameterDescriptor("Object", position: 0, pipeline: true, aliases: ["Msg", "Message"], remainingArguments: true),
            ParameterDescriptor("NoNewline", type: "switch"),
            ParameterDescriptor("Separator"),
            ParameterDescriptor("ForegroundColor", type: "string", validateSet: colors),
            ParameterDescriptor("BackgroundColor", type: "string", validateSet: colors),
        ],
        description: "Writes text to the host (the terminal), not the pipeline; -NoNewline and -Separator shape it.",
        examples: [
            HelpExample("Print without output",
                        code: "$result = Write-Host 'shown, not returned'\n$null -eq $result",
                        output: "shown, not returned\nTrue\n"),
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
