// Set-Alias: creates an alias or points an existing one elsewhere.

import ShoalRuntime

public final class SetAliasCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Set-Alias", synopsis: "Creates or changes an alias for a cmdlet or other command in the current PowerShell session.",
        parameters: AliasParameters.shared, confirmImpact: .medium,
        description: "Creates or changes an alias.",
        examples: [
            HelpExample("Point an alias elsewhere",
                        code: "Set-Alias list Get-ChildItem\n(Get-Alias list).Definition",
                        output: "Get-ChildItem\n"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try AliasParameters.define(context) }
}
