// Set-Alias: creates an alias or points an existing one elsewhere.

import ShoalRuntime

public final class SetAliasCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Set-Alias", synopsis: "Creates or changes an alias for a cmdlet or other command in the current PowerShell session.",
        parameters: AliasParameters.shared, confirmImpact: .medium)
    public init() {}
    public func process(_ context: CmdletContext) throws { try AliasParameters.define(context) }
}
