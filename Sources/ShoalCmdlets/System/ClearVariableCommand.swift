// Clear-Variable: sets variables to $null, keeping them defined.

import ShoalRuntime

public final class ClearVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Clear-Variable", synopsis: "Deletes the value of a variable.",
        parameters: VariableTargets.parameters + [
            ParameterDescriptor("PassThru", type: "switch", help: "Writes each cleared variable (a PSVariable) to the pipeline."),
        ], confirmImpact: .medium,
        description: "Sets variables to $null, keeping them defined; the names take wildcards, and read-only variables need -Force.",
        examples: [
            HelpExample("Clear a variable",
                        code: "$count = 5\nClear-Variable count\n$null -eq $count\n(Get-Variable count).Name",
                        output: "True\ncount\n"),
            HelpExample("Clear several settings by pattern",
                        code: "$cfgHost = 'db1'; $cfgPort = 5432; $cfgUser = 'app'\nClear-Variable cfg* -Exclude cfgPort\nGet-Variable cfg* | ForEach-Object { '{0}=[{1}]' -f $_.Name, $_.Value }",
                        output: "cfgHost=[]\ncfgPort=[5432]\ncfgUser=[]\n",
                        remarks: "The names are wildcards; -Exclude (and -Include) narrow what they match. Cleared variables still exist, with a $null value."),
            HelpExample("Clear a read-only variable",
                        code: "New-Variable apiToken -Value 'secret' -Option ReadOnly\ntry { Clear-Variable apiToken -ErrorAction Stop } catch { $_.Exception.Message }\nClear-Variable apiToken -Force -PassThru | ForEach-Object { '{0} is null: {1}' -f $_.Name, ($null -eq $_.Value) }",
                        output: "Cannot overwrite variable apiToken because it is read-only or constant.\napiToken is null: True\n",
                        remarks: "-Force is needed for a read-only variable; -PassThru writes the cleared variable."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        try VariableTargets.each(context) { name, _, _, box in
            if box.isProtected(force: context.flag("Force")) {
                try context.writeError(VariableBox.notWritable(name))
                return
            }
            guard try context.shouldProcess("Name: \(name)", action: "Clear variable") else { return }
            box.store(.null)
            if context.flag("PassThru") { try context.write(.native(VariableObject(name: name, box: box))) }
        }
    }
}
