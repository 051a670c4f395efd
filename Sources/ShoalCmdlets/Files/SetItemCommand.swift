// Set-Item: sets an item of the env:, variable:, function: or alias: drive
// (`Set-Item env:PATH $p`, `Set-Item function:f { 1 }`). The file system
// has no item value to set, as in pwsh.

import ShoalRuntime
import ShoalSyntax

final class SetItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Set-Item", synopsis: "Changes the value of an item to the value specified in the command.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Value", position: 1, pipeline: true, pipelineByPropertyName: true),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("PassThru", type: "switch"),
        ],
        confirmImpact: .medium,
        description: "Sets the value of an item on the env:, variable:, function: or alias: drive.",
        examples: [
            HelpExample("Set an environment variable",
                        code: "Set-Item env:EXAMPLE_MODE 'fast'\n$env:EXAMPLE_MODE",
                        output: "fast\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let value = context.value("Value") ?? .null
        guard let drivePaths = SessionDrivePath.among(context) else {
            throw context.terminatingError("Provider operation stopped because the provider does not support this operation.",
                                           id: "NotSupported", category: .notImplemented,
                                           exceptionType: "System.Management.Automation.PSNotSupportedException")
        }
        for path in drivePaths where try context.shouldProcess("Item: \(path.item) Value: \(Conversion.toString(value))", action: "Set Item") {
            try path.set(value, context.runspace, span: context.span)
            if context.flag("PassThru") { for (_, item) in path.items(context.runspace) { try context.write(item) } }
        }
    }
}
