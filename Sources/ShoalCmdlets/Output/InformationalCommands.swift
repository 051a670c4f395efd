// Write-Warning, Write-Verbose, Write-Debug and Write-Information.

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

public final class OutStringCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Out-String", synopsis: "Outputs input objects as a string.",
        parameters: [ParameterDescriptor("InputObject", pipeline: true), ParameterDescriptor("Stream", type: "switch")])
    var items: [Value] = []
    public init() {}
    public func process(_ context: CmdletContext) throws {
        if let value = context.value("InputObject") {
            if context.hasPipelineInput { items.append(value) } else { items.append(contentsOf: value.enumeratedItems) }
        }
    }
    public func end(_ context: CmdletContext) throws {
        if context.flag("Stream") {
            for item in items { try context.write(.string(OutputFormatter.format([item]).trimmingTrailingNewline())) }
        } else {
            try context.write(.string(OutputFormatter.format(items)))
        }
    }
}

extension String {
    func trimmingTrailingNewline() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
