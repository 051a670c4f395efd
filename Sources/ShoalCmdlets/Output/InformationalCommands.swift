// Write-Warning, Write-Verbose, Write-Debug, Write-Information and Out-Null
// (Out-String lives with the formatting cmdlets).

import ShoalRuntime

public final class WriteWarningCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Warning", synopsis: "Writes a warning message.",
        parameters: [ParameterDescriptor("Message", type: "string", position: 0, mandatory: true, pipeline: true, aliases: ["Msg"])])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeWarning(context.string("Message") ?? "") }
}

public final class WriteVerboseCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Verbose", synopsis: "Writes text to the verbose message stream.",
        parameters: [ParameterDescriptor("Message", type: "string", position: 0, mandatory: true, pipeline: true, aliases: ["Msg"])])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeVerbose(context.string("Message") ?? "") }
}

public final class WriteDebugCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Debug", synopsis: "Writes a debug message.",
        parameters: [ParameterDescriptor("Message", type: "string", position: 0, mandatory: true, pipeline: true, aliases: ["Msg"])])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeDebug(context.string("Message") ?? "") }
}

public final class WriteInformationCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Information", synopsis: "Writes to the information stream.",
        parameters: [
            ParameterDescriptor("MessageData", position: 0, mandatory: true, pipeline: true, aliases: ["Msg", "Message"]),
            ParameterDescriptor("Tags", type: "string[]"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeInformation(context.value("MessageData") ?? .null) }
}

public final class OutNullCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Out-Null", synopsis: "Hides the output instead of sending it down the pipeline.",
        parameters: [ParameterDescriptor("InputObject", pipeline: true)])
    public init() {}
}
