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
            HelpExample("Check the host's version before using newer features",
                        code: "$version = (Get-Host).Version\nif ($version -lt [version]'7.2') { throw 'This script needs PowerShell 7.2 or later.' }\n\"Host version $($version.Major).$($version.Minor): OK\"",
                        output: "Host version 7.4: OK\n"),
            HelpExample("Tell a background job from the console",
                        code: "Start-Job { (Get-Host).Name } | Receive-Job -Wait -AutoRemoveJob",
                        output: "ServerRemoteHost\n",
                        remarks: "A job's host is ServerRemoteHost; at the shoal prompt the name is ConsoleHost, so a script can tell whether a user is there to answer."),
        ])

    func end(_ context: CmdletContext) throws {
        try context.write(.native(context.runspace.hostObject))
    }
}
