// Get-Host: the host object, the same one $Host holds.

import ShoalRuntime

final class GetHostCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Host", synopsis: "Gets an object that represents the current host program.", parameters: [])

    func end(_ context: CmdletContext) throws {
        try context.write(.native(context.runspace.hostObject))
    }
}
