// The parameters New-Alias and Set-Alias share, and the one place that
// writes an alias. Aliases live in the runspace's session-wide table, so
// -Scope is accepted for compatibility and otherwise unused; -Option
// ReadOnly and Constant protect an alias as pwsh's do.

import ShoalRuntime

enum AliasParameters {
    static let shared: [ParameterDescriptor] = [
        ParameterDescriptor("Name", type: "string", position: 0, mandatory: true, pipelineByPropertyName: true,
                            help: "The alias, such as ll. New-Alias refuses a name already in use unless -Force is given; Set-Alias replaces it."),
        ParameterDescriptor("Value", type: "string", position: 1, mandatory: true, pipelineByPropertyName: true,
                            help: "The command the alias runs: a cmdlet, function, script or program name, without arguments; it is looked up only when the alias runs."),
        ParameterDescriptor("Description", type: "string",
                            help: "A note on what the alias is for (its Description)."),
        ParameterDescriptor("Option", type: "string[]",
                            validateSet: ["None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified"],
                            help: "ReadOnly: changed or removed only with -Force; Constant: never changed or removed. Private and AllScope are accepted; shoal's aliases are session-wide."),
        ParameterDescriptor("PassThru", type: "switch",
                            help: "Writes the alias (with its Name and Definition) to the pipeline."),
        ParameterDescriptor("Scope", type: "string",
                            help: "Accepted for compatibility; aliases are session-wide in shoal, so every scope sees the alias."),
        ParameterDescriptor("Force", type: "switch",
                            help: "Lets New-Alias replace an alias that already exists (Set-Alias replaces one without it), and either replace a read-only one."),
    ]

    static func define(_ context: CmdletContext) throws {
        let name = context.string("Name") ?? ""
        let value = context.string("Value") ?? ""
        let action = context.commandName.lowercased() == "new-alias" ? "New Alias" : "Set Alias"
        if let existing = context.runspace.aliases.protected(name, force: context.flag("Force")) {
            try context.writeError(AliasTable.notWritable(existing.name))
            return
        }
        guard try context.shouldProcess("Name: \(name) Value: \(value)", action: action) else { return }
        var alias = AliasTable.Alias(name: name, definition: value)
        alias.description = context.string("Description") ?? ""
        let options = Set((context.value("Option")?.strings ?? []).map { $0.lowercased() })
        alias.isConstant = options.contains("constant")
        alias.isReadOnly = alias.isConstant || options.contains("readonly")
        context.runspace.aliases.set(alias)
        if context.flag("PassThru") { try context.write(.native(CommandInfoObject.alias(alias))) }
    }
}
