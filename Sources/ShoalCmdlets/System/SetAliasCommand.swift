// Set-Alias: creates an alias or points an existing one elsewhere.

import ShoalRuntime

public final class SetAliasCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Set-Alias", synopsis: "Creates or changes an alias for a cmdlet or other command in the current PowerShell session.",
        parameters: AliasParameters.shared, confirmImpact: .medium,
        description: "Creates an alias, or points an existing one at another command, for the rest of the session.",
        examples: [
            HelpExample("Point an alias elsewhere",
                        code: "Set-Alias list Get-ChildItem\n(Get-Alias list).Definition",
                        output: "Get-ChildItem\n"),
            HelpExample("A short name for a program",
                        code: "Set-Alias -Name posix -Value sh\nposix -c 'echo run by sh'",
                        output: "run by sh\n",
                        remarks: "The value can be any command: a cmdlet, a function, a script or a program on PATH. It is looked up only when the alias runs."),
            HelpExample("Put your own function in front of a program",
                        code: "function Get-DiskUsage { param($Path) \"disk usage of $Path\" }\nSet-Alias -Name du -Value Get-DiskUsage -PassThru | ForEach-Object { '{0} -> {1}' -f $_.Name, $_.Definition }\ndu /var",
                        output: "du -> Get-DiskUsage\ndisk usage of /var\n",
                        remarks: "An alias wins over a program of the same name, so du now runs the function; Remove-Item alias:du brings the program back. Set-Alias replaces an alias that exists, where New-Alias needs -Force."),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try AliasParameters.define(context) }
}
