// Write-Host: text for the user, on the host rather than the pipeline.

import ShoalRuntime

public final class WriteHostCommand: Cmdlet {
    static let colors = ["Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
                         "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"]
    public static let descriptor = CmdletDescriptor(
        "Write-Host", synopsis: "Writes customized output to the host.",
        parameters: [
            ParameterDescriptor("Object", position: 0, pipeline: true, aliases: ["Msg", "Message"], remainingArguments: true),
            ParameterDescriptor("NoNewline", type: "switch"),
            ParameterDescriptor("Separator"),
            ParameterDescriptor("ForegroundColor", type: "string", validateSet: colors),
            ParameterDescriptor("BackgroundColor", type: "string", validateSet: colors),
        ])
    public init() {}

    /// ANSI codes for PowerShell's console colours.
    static func ansi(_ name: String, background: Bool) -> String {
        let codes = [30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97]
        guard let index = colors.firstIndex(where: { $0.lowercased() == name.lowercased() }) else { return "" }
        return "\u{1B}[\(codes[index] + (background ? 10 : 0))m"
    }

    public func process(_ context: CmdletContext) throws {
        let separator = context.string("Separator") ?? " "
        let items = context.value("Object").map { value -> [Value] in
            if case .array(let array) = value { return array.items }
            return [value]
        } ?? []
        var text = items.map(Conversion.toString).joined(separator: separator)
        if context.runspace.host.isTerminal {
            var prefix = ""
            if let color = context.string("ForegroundColor") { prefix += WriteHostCommand.ansi(color, background: false) }
            if let color = context.string("BackgroundColor") { prefix += WriteHostCommand.ansi(color, background: true) }
            if !prefix.isEmpty { text = prefix + text + "\u{1B}[0m" }
        }
        try context.writeInformation(.native(InformationalRecord(hostText: text, newline: !context.flag("NoNewline"))), isHost: true)
    }
}
