// The parameters New-Alias and Set-Alias share, and the one place that
// writes an alias. Aliases live in the runspace's session-wide table, so
// -Scope and -Option are accepted for compatibility and otherwise unused.

import ShoalRuntime

enum AliasParameters {
    static let shared: [ParameterDescriptor] = [
        ParameterDescriptor("Name", type: "string", position: 0, mandatory: true, pipelineByPropertyName: true),
        ParameterDescriptor("Value", type: "string", position: 1, mandatory: true, pipelineByPropertyName: true),
        ParameterDescriptor("Description", type: "string"),
        ParameterDescriptor("Option", type: "string[]",
                            validateSet: ["None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified"]),
        ParameterDescriptor("PassThru", type: "switch"),
        ParameterDescriptor("Scope", type: "string"),
        ParameterDescriptor("Force", type: "switch"),
    ]

    static func define(_ context: CmdletContext) throws {
        let name = context.string("Name") ?? ""
        let value = context.string("Value") ?? ""
        let action = context.commandName.lowercased() == "new-alias" ? "New Alias" : "Set Alias"
        guard try context.shouldProcess("Name: \(name) Value: \(value)", action: action) else { return }
        context.runspace.aliases[name.lowercased()] = value
        if context.flag("PassThru") { try context.write(.native(CommandInfoObject.alias(name, value))) }
    }
}
