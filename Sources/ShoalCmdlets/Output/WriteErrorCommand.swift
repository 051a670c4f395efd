// Write-Error: a non-terminating error record.

import ShoalRuntime

public final class WriteErrorCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Error", synopsis: "Writes an object to the error stream.",
        parameters: [
            ParameterDescriptor("Message", type: "string", position: 0, pipeline: true, aliases: ["Msg"]),
            ParameterDescriptor("ErrorRecord"),
            ParameterDescriptor("Exception"),
            ParameterDescriptor("Category", type: "System.Management.Automation.ErrorCategory"),
            ParameterDescriptor("ErrorId", type: "string"),
            ParameterDescriptor("TargetObject"),
        ],
        description: "Writes an error record to the error stream without stopping (unless -ErrorAction Stop); -Category, -ErrorId and -TargetObject describe it.",
        examples: [
            HelpExample("Report an error and go on",
                        code: "Write-Error 'disk full' -ErrorAction SilentlyContinue -ErrorVariable problems\n$problems[0].Exception.Message",
                        output: "disk full\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        if case .error(let record)? = context.value("ErrorRecord") {
            try context.writeError(record)
            return
        }
        var message = context.string("Message") ?? ""
        if case .native(let exception as ExceptionObject)? = context.value("Exception") { message = exception.message }
        let id = context.string("ErrorId") ?? "Microsoft.PowerShell.Commands.WriteErrorException"
        let record = ErrorRecord(message, exceptionType: "Microsoft.PowerShell.Commands.WriteErrorException", errorId: id,
                                 category: context.string("Category").flatMap(ErrorCategory.init) ?? .notSpecified, target: context.value("TargetObject") ?? .null,
                                 span: context.span, commandName: "Write-Error")
        try context.writeError(record)
    }
}
