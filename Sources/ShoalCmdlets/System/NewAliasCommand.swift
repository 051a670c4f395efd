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
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let name = context.string("Name") ?? ""
        if context.runspace.aliases[name.lowercased()] != nil, !context.flag("Force") {
            try context.writeError("The alias is not allowed, because an alias with the name '\(name)' already exists.",
                                   id: "AliasAlreadyExists", category: .resourceExists, target: .string(name),
                                   exceptionType: "System.Management.Automation.SessionStateException")
            return
        }
        try AliasParameters.define(context)
    }
}
