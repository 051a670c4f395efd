// Set-Variable: sets (creating when needed) variables in the current scope
// or the one -Scope names. Values piped in are collected, so
// `1,2 | Set-Variable x` leaves the array in $x as PowerShell does.

import ShoalRuntime

public final class SetVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Set-Variable", synopsis: "Sets the value of a variable. Creates the variable if one with the requested name does not exist.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipelineByPropertyName: true),
            ParameterDescriptor("Value", position: 1, pipeline: true, pipelineByPropertyName: true),
            ParameterDescriptor("Include", type: "string[]"), ParameterDescriptor("Exclude", type: "string[]"),
            ParameterDescriptor("Description", type: "string"),
            ParameterDescriptor("Option", type: "string[]", validateSet: VariableScopes.optionSet),
            ParameterDescriptor("Force", type: "switch"), ParameterDescriptor("Visibility", type: "string", validateSet: ["Public", "Private"]),
            ParameterDescriptor("PassThru", type: "switch"), ParameterDescriptor("Scope", type: "string"),
        ],
        confirmImpact: .medium,
        description: "Sets a variable's value, creating it when missing, in a -Scope.",
        examples: [
            HelpExample("Set a variable by name",
                        code: "Set-Variable -Name answer -Value 42\n$answer",
                        output: "42\n"),
        ])
    var piped: [Value] = []
    public init() {}

    public func process(_ context: CmdletContext) throws {
        if context.hasPipelineInput {
            piped.append(context.value("Value") ?? .null)
            return
        }
        try assign(context.value("Value") ?? .null, context)
    }

    public func end(_ context: CmdletContext) throws {
        guard !piped.isEmpty else { return }
        try assign(piped.count == 1 ? piped[0] : .list(piped), context)
    }

    func assign(_ value: Value, _ context: CmdletContext) throws {
        let scope = try VariableScopes.resolve(context)
        for name in context.value("Name")?.strings ?? [] {
            guard try context.shouldProcess("Name: \(name) Value: \(Conversion.toString(value))", action: "Set variable") else { continue }
            try VariableWriter.write(name, value, in: scope, context)
        }
    }
}

/// The one place New-Variable and Set-Variable store a variable, honouring
/// read-only variables, -Force, -Option and -PassThru.
enum VariableWriter {
    static func write(_ name: String, _ value: Value, in scope: Scope, _ context: CmdletContext) throws {
        let key = name.lowercased()
        let box: VariableBox
        if let existing = scope.localBox(key) {
            if existing.isReadOnly, !context.flag("Force") {
                try VariableScopes.notWritable(name, context)
                return
            }
            if existing.isReadOnly { existing.value = value } else { try context.runspace.store(value, in: existing, span: context.span) }
            box = existing
        } else {
            scope.setLocal(key, value)
            guard let created = scope.localBox(key) else { return }
            box = created
        }
        if VariableScopes.isReadOnlyOption(context) { box.isReadOnly = true }
        if context.value("Option")?.strings.contains(where: { $0.lowercased() == "private" }) == true { box.isPrivate = true }
        if context.flag("PassThru") { try context.write(.native(VariableObject(name: name, box: box))) }
    }
}
