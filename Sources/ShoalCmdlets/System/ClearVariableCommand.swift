// Clear-Variable: sets variables to $null, keeping them defined.

import ShoalRuntime

public final class ClearVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Clear-Variable", synopsis: "Deletes the value of a variable.",
        parameters: VariableTargets.parameters + [ParameterDescriptor("PassThru", type: "switch")], confirmImpact: .medium,
        description: "Sets variables to $null, keeping them defined.",
        examples: [
            HelpExample("Clear a variable",
                        code: "$count = 5\nClear-Variable count\n$null -eq $count\n(Get-Variable count).Name",
                        output: "True\ncount\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        try VariableTargets.each(context) { name, _, _, box in
            if box.isReadOnly, !context.flag("Force") {
                try VariableScopes.notWritable(name, context)
                return
            }
            guard try context.shouldProcess("Name: \(name)", action: "Clear variable") else { return }
            box.value = .null
            if context.flag("PassThru") { try context.write(.native(VariableObject(name: name, box: box))) }
        }
    }
}
