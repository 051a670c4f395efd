// Set-Item: sets an item of the env:, variable:, function: or alias: drive
// (`Set-Item env:PATH $p`, `Set-Item function:f { 1 }`). The file system
// has no item value to set, as in pwsh.

import ShoalRuntime
import ShoalSyntax

final class SetItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Set-Item", synopsis: "Changes the value of an item to the value specified in the command.",
        parameters: [
            ParameterDescriptor("Path", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The items to set: env:NAME, variable:name, function:name or alias:name (the file system has no item values)."),
            ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"],
                                help: "The items to set, taken as written."),
            ParameterDescriptor("Value", position: 1, pipeline: true, pipelineByPropertyName: true, help: "The new value: text for env: and alias: items, a script block for function: items, any object for variable: items."),
            ParameterDescriptor("Force", type: "switch", help: "Lets a read-only variable or alias be changed (a constant one never changes)."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the item to the pipeline after setting it."),
        ],
        confirmImpact: .medium,
        description: "Sets the value of an item on the env:, variable:, function: or alias: drive.",
        examples: [
            HelpExample("Set an environment variable",
                        code: "Set-Item env:SHOAL_HELP_SETITEM_1 'fast'\n$env:SHOAL_HELP_SETITEM_1\nRemove-Item env:SHOAL_HELP_SETITEM_1",
                        output: "fast\n"),
            HelpExample("Define a function through the function: drive",
                        code: "Set-Item function:Get-Double { param($n) $n * 2 }\nGet-Double 21\nRemove-Item function:Get-Double",
                        output: "42\n"),
            HelpExample("Files have no value to set",
                        code: "$file = New-TemporaryFile\ntry { Set-Item $file 'text' -ErrorAction Stop } catch { $_.Exception.Message }\nRemove-Item $file",
                        output: "Provider operation stopped because the provider does not support this operation.\n",
                        remarks: "Use Set-Content for a file's content and Set-ItemProperty for its properties."),
        ])

    func process(_ context: CmdletContext) throws {
        let value = context.value("Value") ?? .null
        guard let drivePaths = SessionDrivePath.among(context) else {
            throw context.terminatingError("Provider operation stopped because the provider does not support this operation.",
                                           id: "NotSupported", category: .notImplemented,
                                           exceptionType: "System.Management.Automation.PSNotSupportedException")
        }
        for path in drivePaths where try context.shouldProcess("Item: \(path.item) Value: \(Conversion.toString(value))", action: "Set Item") {
            do {
                try path.set(value, context.runspace, force: context.flag("Force"), span: context.span)
            } catch let error as ScriptError {
                try context.writeError(error.record)
                continue
            }
            if context.flag("PassThru") { for (_, item) in path.items(context.runspace) { try context.write(item) } }
        }
    }
}
