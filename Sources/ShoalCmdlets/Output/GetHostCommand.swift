// Get-Host: the host object, the same one $Host holds.

import ShoalRuntime

final class GetHostCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Host", synopsis: "Gets an object that represents the current host program.", parameters: [],
        description: "Gets the host program's object ($Host): its name, version and user interface.",
        examples: [
            HelpExample("The host's name",
                        code: "(Get-Host).Name -eq $Host.Name",
                        output: "True\n"),
        ])

    func end(_ context: CmdletContext) throws {
        try context.write(.native(context.runspace.hostObject))
    }
}
