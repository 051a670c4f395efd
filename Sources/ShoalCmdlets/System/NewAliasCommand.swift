// New-Alias: creates an alias, refusing (non-terminating) to replace an
// existing one unless -Force is given.

import ShoalRuntime

public final class NewAliasCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "New-Alias", synopsis: "Creates a new alias.", parameters: AliasParameters.shared, confirmImpact: .low,
        description: "Creates an alias for a command in the session (Set-Alias also replaces one).",
        examples: [
            HelpExample("A short name",
                        code: "New-Alias -Name greet -Value Write-Output\ngreet hi",
                        output: "hi\n"),
            HelpExample("A short name for your own function",
                        code: "function Get-DeploymentStatus { param($Environment) '{0}: healthy' -f $Environment }\nNew-Alias -Name gds -Value Get-DeploymentStatus -PassThru | ForEach-Object { '{0} -> {1}' -f $_.Name, $_.Definition }\ngds staging",
                        output: "gds -> Get-DeploymentStatus\nstaging: healthy\n",
                        remarks: "-PassThru writes the new alias. Aliases take no arguments of their own: to preset parameters, write a function instead."),
            HelpExample("An alias that already exists",
                        code: "New-Alias -Name np -Value Get-Process\ntry { New-Alias -Name np -Value Get-ChildItem -ErrorAction Stop } catch { $_.Exception.Message }\nNew-Alias -Name np -Value Get-ChildItem -Force\n(Get-Alias np).Definition",
                        output: "The alias is not allowed, because an alias with the name 'np' already exists.\nGet-ChildItem\n",
                        remarks: "New-Alias will not replace an alias unless -Force is given; Set-Alias replaces it either way."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let name = context.string("Name") ?? ""
        if context.runspace.aliases.alias(named: name) != nil, !context.flag("Force") {
            try context.writeError("The alias is not allowed, because an alias with the name '\(name)' already exists.",
                                   id: "AliasAlreadyExists", category: .resourceExists, target: .string(name),
                                   exceptionType: "System.Management.Automation.SessionStateException")
            return
        }
        try AliasParameters.define(context)
    }
}
