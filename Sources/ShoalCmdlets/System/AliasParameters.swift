// The parameters New-Alias and Set-Alias share, and the one place that
// writes an alias. Aliases live in the runspace's session-wide table, so
// -Scope and -Option are accepted for compatibility and otherwise unused.

import ShoalRuntime

enum AliasParameters {
    static let shared: [ParameterDescriptor] = [
        ParameterDescriptor("Name", type: "string", position: 0, mandatory: true, pipelineByPropertyName: true,
                            help: "The alias, such as ll. New-Alias refuses a name already in use unless -Force is given; Set-Alias replaces it."),
        ParameterDescriptor("Value", type: "string", position: 1, mandatory: true, pipelineByPropertyName: true,
                            help: "The command the alias runs: a cmdlet, function, script or program name, without arguments; it is looked up only when the alias runs."),
        ParameterDescriptor("Description", type: "string",
                            help: "A note on what the alias is for; accepted for compatibility, but shoal does not keep it yet."),
        ParameterDescriptor("Option", type: "string[]",
                            validateSet: ["None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified"],
                            help: "Accepted for compatibility; shoal's aliases are session-wide and can always be replaced."),
        ParameterDescriptor("PassThru", type: "switch",
                            help: "Writes the alias (with its Name and Definition) to the pipeline."),
        ParameterDescriptor("Scope", type: "string",
                            help: "Accepted for compatibility; aliases are session-wide in shoal, so every scope sees the alias."),
        ParameterDescriptor("Force", type: "switch",
                            help: "Lets New-Alias replace an alias that already exists (Set-Alias replaces one without it)."),
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
