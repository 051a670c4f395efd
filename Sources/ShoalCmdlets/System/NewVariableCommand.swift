// New-Variable: creates a variable, refusing (non-terminating) to replace
// one that already exists in that scope unless -Force is given.

import ShoalRuntime

public final class NewVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "New-Variable", synopsis: "Creates a new variable.",
        parameters: [
            ParameterDescriptor("Name", type: "string", position: 0, mandatory: true, pipelineByPropertyName: true),
            ParameterDescriptor("Value", position: 1, pipeline: true, pipelineByPropertyName: true),
            ParameterDescriptor("Description", type: "string"),
            ParameterDescriptor("Option", type: "string[]", validateSet: VariableScopes.optionSet),
            ParameterDescriptor("Visibility", type: "string", validateSet: ["Public", "Private"]),
            ParameterDescriptor("Force", type: "switch"), ParameterDescriptor("PassThru", type: "switch"),
            ParameterDescriptor("Scope", type: "string"),
        ],
        confirmImpact: .low,
        description: "Creates a variable, optionally -Option ReadOnly or Constant, in a -Scope.",
        examples: [
            HelpExample("A read-only setting",
                        code: "New-Variable -Name limit -Value 10 -Option ReadOnly\ntry { $limit = 11 } catch { $_.FullyQualifiedErrorId }",
                        output: "VariableNotWritable\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let name = context.string("Name") ?? ""
        let scope = try VariableScopes.resolve(context)
        if scope.localBox(name.lowercased()) != nil, !context.flag("Force") {
            try context.writeError("A variable with name '\(name)' already exists.", id: "VariableAlreadyExists",
                                   category: .resourceExists, target: .string(name),
                                   exceptionType: "System.Management.Automation.SessionStateException")
            return
        }
        let value = context.value("Value") ?? .null
        guard try context.shouldProcess("Name: \(name) Value: \(Conversion.toString(value))", action: "New variable") else { return }
        try VariableWriter.write(name, value, in: scope, context)
    }
}
