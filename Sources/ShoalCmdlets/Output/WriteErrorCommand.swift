// Write-Error: a non-terminating error record.

import ShoalRuntime

public final class WriteErrorCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Error", synopsis: "Writes an object to the error stream.",
        parameters: [
            ParameterDescriptor("Message", type: "string", position: 0, pipeline: true, aliases: ["Msg"], help: "The error's message."),
            ParameterDescriptor("ErrorRecord", help: "An existing error record (such as $_ in a catch block) to write again as it is."),
            ParameterDescriptor("Exception", help: "An exception whose message becomes the error's message."),
            ParameterDescriptor("Category", type: "System.Management.Automation.ErrorCategory", help: "The error's category (ErrorCategory name such as ObjectNotFound, InvalidArgument or ResourceBusy), shown in CategoryInfo; NotSpecified by default."),
            ParameterDescriptor("ErrorId", type: "string", help: "An identifier for the error, which scripts can test in FullyQualifiedErrorId."),
            ParameterDescriptor("TargetObject", help: "The object the error is about, kept in the record's TargetObject."),
        ],
        description: "Writes an error record to the error stream without stopping (unless -ErrorAction Stop); -Category, -ErrorId and -TargetObject describe it.",
        examples: [
            HelpExample("Report an error and go on",
                        code: "Write-Error 'disk full' -ErrorAction SilentlyContinue -ErrorVariable problems\n$problems[0].Exception.Message",
                        output: "disk full\n"),
            HelpExample("Describe an error for the caller",
                        code: "function Remove-StaleLog {\n    [CmdletBinding()] param($Path)\n    Write-Error \"Cannot remove ${Path}: it is in use\" -Category ResourceBusy -ErrorId 'FileInUse' -TargetObject $Path\n}\ntry {\n    Remove-StaleLog /var/log/app.log -ErrorAction Stop\n} catch {\n    $_.Exception.Message\n    $_.CategoryInfo.Category\n    $_.TargetObject\n}",
                        output: "Cannot remove /var/log/app.log: it is in use\nResourceBusy\n/var/log/app.log\n",
                        remarks: "Without -ErrorAction Stop the error is printed and the caller goes on."),
            HelpExample("Report bad input and keep going",
                        code: "'web1:80', 'web2', 'db1:5432' | ForEach-Object {\n    if ($_ -match '^[\\w.-]+:\\d+$') { \"ok $_\" }\n    else { Write-Error \"Missing port: $_\" -ErrorAction SilentlyContinue -ErrorVariable +bad }\n}\n\"$($bad.Count) bad entry: $($bad[0])\"",
                        output: "ok web1:80\nok db1:5432\n1 bad entry: Missing port: web2\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        if case .error(let record)? = context.value("ErrorRecord") {
            try context.writeError(record)
            return
        }
        let message = context.string("Message") ?? ""
        // -Exception is the record's exception, whose type names the error
        // unless -ErrorId does; -Message with it is the record's ErrorDetails (pwsh).
        var given: ExceptionObject?
        if case .native(let exception as ExceptionObject)? = context.value("Exception") { given = exception }
        let exception = given ?? ExceptionObject(message: message, typeName: "Microsoft.PowerShell.Commands.WriteErrorException")
        let id = context.string("ErrorId").flatMap { $0.isEmpty ? nil : $0 } ?? exception.typeName
        let record = ErrorRecord(exception: exception, errorId: id,
                                 category: context.string("Category").flatMap(ErrorCategory.init) ?? .notSpecified,
                                 target: context.value("TargetObject") ?? .null, span: context.span, commandName: "Write-Error")
        if given != nil, !message.isEmpty { record.detailsMessage = message }
        try context.writeError(record)
    }
}
