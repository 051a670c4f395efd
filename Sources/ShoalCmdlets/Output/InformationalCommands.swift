// Write-Warning, Write-Verbose, Write-Debug, Write-Information and Out-Null
// (Out-String lives with the formatting cmdlets).

import ShoalRuntime

public final class WriteWarningCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Warning", synopsis: "Writes a warning message.",
        parameters: [ParameterDescriptor("Message", type: "string", position: 0, mandatory: true, pipeline: true, aliases: ["Msg"])],
        description: "Writes a warning to the warning stream (shown as `WARNING:`); $WarningPreference and -WarningAction decide what happens.",
        examples: [
            HelpExample("Capture a warning",
                        code: "Write-Warning 'low disk' 3>&1 | ForEach-Object Message",
                        output: "low disk\n"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeWarning(context.string("Message") ?? "") }
}

public final class WriteVerboseCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Verbose", synopsis: "Writes text to the verbose message stream.",
        parameters: [ParameterDescriptor("Message", type: "string", position: 0, mandatory: true, pipeline: true, aliases: ["Msg"])],
        description: "Writes a message to the verbose stream, shown only with -Verbose or $VerbosePreference = 'Continue'.",
        examples: [
            HelpExample("Show verbose messages",
                        code: "Write-Verbose 'step 1' -Verbose 4>&1 | ForEach-Object Message",
                        output: "step 1\n"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeVerbose(context.string("Message") ?? "") }
}

public final class WriteDebugCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Debug", synopsis: "Writes a debug message.",
        parameters: [ParameterDescriptor("Message", type: "string", position: 0, mandatory: true, pipeline: true, aliases: ["Msg"])],
        description: "Writes a message to the debug stream, shown with -Debug or $DebugPreference.",
        examples: [
            HelpExample("Show a debug message",
                        code: "Write-Debug 'x=1' -Debug 5>&1 | ForEach-Object Message",
                        output: "x=1\n"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeDebug(context.string("Message") ?? "") }
}

public final class WriteInformationCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Information", synopsis: "Writes to the information stream.",
        parameters: [
            ParameterDescriptor("MessageData", position: 0, mandatory: true, pipeline: true, aliases: ["Msg", "Message"]),
            ParameterDescriptor("Tags", type: "string[]"),
        ],
        description: "Writes a record to the information stream (6), with tags; Write-Host writes there too.",
        examples: [
            HelpExample("Collect information records",
                        code: "Write-Information 'ready' -Tags Startup 6>&1 | ForEach-Object { \"$($_.Tags): $($_.MessageData)\" }",
                        output: "Startup: ready\n"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws {
        let message = Conversion.toString(context.value("MessageData") ?? .null)
        let tags = context.value("Tags")?.strings ?? []
        try context.writeInformation(.native(InformationalRecord(kind: .information, message: message, tags: tags)))
    }
}

public final class OutNullCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Out-Null", synopsis: "Hides the output instead of sending it down the pipeline.",
        parameters: [ParameterDescriptor("InputObject", pipeline: true)],
        description: "Discards its input.",
        examples: [
            HelpExample("Silence a command",
                        code: "New-Item -ItemType Directory -Force ([System.IO.Path]::GetTempPath()) | Out-Null",
                        output: "",
                        remarks: "Nothing is printed."),
        ])
    public init() {}
}
