// Remove-Alias: deletes aliases from the session; a read-only one only with
// -Force, a constant one never.

import ShoalRuntime

public final class RemoveAliasCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Remove-Alias", synopsis: "Remove an alias from the current session.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipeline: true, pipelineByPropertyName: true,
                                help: "The aliases to remove (their names, not wildcards)."),
            ParameterDescriptor("Scope", type: "string",
                                help: "Accepted for compatibility; aliases are session-wide in shoal."),
            ParameterDescriptor("Force", type: "switch", help: "Removes a read-only alias too (a constant one stays)."),
        ],
        description: "Removes aliases from the session, as pwsh's Remove-Alias; a name with no alias is a non-terminating ItemNotFoundException.",
        examples: [
            HelpExample("Remove an alias",
                        code: "Set-Alias -Name list -Value Get-ChildItem\nRemove-Alias -Name list\nTest-Path alias:list",
                        output: "False\n"),
            HelpExample("A read-only alias needs -Force",
                        code: "Set-Alias -Name deploy -Value Get-Date -Option ReadOnly\nRemove-Alias deploy -ErrorAction SilentlyContinue -ErrorVariable failed\n$failed[0].FullyQualifiedErrorId\nRemove-Alias deploy -Force\nTest-Path alias:deploy",
                        output: "AliasNotRemovable,Microsoft.PowerShell.Commands.RemoveAliasCommand\nFalse\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        for name in context.value("Name")?.strings ?? [] {
            guard context.runspace.aliases.alias(named: name) != nil else {
                try context.writeError("This command cannot find a matching alias because an alias with the name '\(name)' does not exist.",
                                       id: "ItemNotFoundException", category: .objectNotFound, target: .string(name),
                                       exceptionType: "System.Management.Automation.ItemNotFoundException")
                continue
            }
            if let alias = context.runspace.aliases.protected(name, force: context.flag("Force")) {
                try context.writeError(AliasTable.notRemovable(alias.name))
                continue
            }
            context.runspace.aliases.remove(name)
        }
    }
}
