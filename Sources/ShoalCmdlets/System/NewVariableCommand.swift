// New-Variable: creates a variable, refusing (non-terminating) to replace
// one that already exists in that scope unless -Force is given.

import ShoalRuntime

public final class NewVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "New-Variable", synopsis: "Creates a new variable.",
        parameters: [
            ParameterDescriptor("Name", type: "string", position: 0, mandatory: true, pipelineByPropertyName: true,
                                help: "The name of the new variable, without the $."),
            ParameterDescriptor("Value", position: 1, pipeline: true, pipelineByPropertyName: true,
                                help: "The value of the variable ($null when omitted)."),
            ParameterDescriptor("Description", type: "string",
                                help: "A note on what the variable holds; accepted for compatibility, but shoal does not keep it yet."),
            ParameterDescriptor("Option", type: "string[]", validateSet: VariableScopes.optionSet,
                                help: "ReadOnly makes the variable changeable only with -Force, Private hides it from child scopes; Constant acts as ReadOnly in shoal, and None, AllScope and Unspecified change nothing."),
            ParameterDescriptor("Visibility", type: "string", validateSet: ["Public", "Private"],
                                help: "Accepted for compatibility (Public or Private); shoal has no visibility outside the session, so it changes nothing."),
            ParameterDescriptor("Force", type: "switch",
                                help: "Replaces a variable of that name that already exists in the scope, even a read-only one."),
            ParameterDescriptor("PassThru", type: "switch",
                                help: "Writes the new variable (a PSVariable) to the pipeline."),
            ParameterDescriptor("Scope", type: "string",
                                help: "The scope to create it in: Global, Script, Local, or a number of scopes outward (0 is the current one); the current scope by default."),
        ],
        confirmImpact: .low,
        description: "Creates a variable, optionally -Option ReadOnly or Constant, in a -Scope.",
        examples: [
            HelpExample("A read-only setting",
                        code: "New-Variable -Name limit -Value 10 -Option ReadOnly\ntry { $limit = 11 } catch { $_.FullyQualifiedErrorId }",
                        output: "VariableNotWritable\n"),
            HelpExample("Create a variable only when it is new",
                        code: "New-Variable -Name port -Value 8080\ntry { New-Variable -Name port -Value 9090 -ErrorAction Stop } catch { $_.Exception.Message }\nNew-Variable -Name port -Value 9090 -Force\n$port",
                        output: "A variable with name 'port' already exists.\n9090\n",
                        remarks: "Unlike an assignment, New-Variable refuses a name already used in the scope, unless -Force is given."),
            HelpExample("A read-only global from a function",
                        code: "function Initialize-Deployment {\n    New-Variable -Name deploymentId -Value 'd-1042' -Scope Global -Option ReadOnly -PassThru |\n        ForEach-Object { '{0} = {1} ({2})' -f $_.Name, $_.Value, $_.Options }\n}\nInitialize-Deployment\n$deploymentId",
                        output: "deploymentId = d-1042 (ReadOnly)\nd-1042\n",
                        remarks: "Without -Scope Global the variable would vanish when the function returns."),
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
