// Remove-PSDrive: forgets drives New-PSDrive made (the directories stay).

import ShoalRuntime

final class RemovePSDriveCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Remove-PSDrive", synopsis: "Deletes temporary PowerShell drives.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipelineByPropertyName: true),
            ParameterDescriptor("PSProvider", type: "string[]", pipelineByPropertyName: true),
            ParameterDescriptor("Scope", type: "string", pipelineByPropertyName: true),
            ParameterDescriptor("Force", type: "switch"),
        ],
        confirmImpact: .low,
        description: "Removes drives New-PSDrive made (the directories stay).",
        examples: [
            HelpExample("Forget a drive",
                        code: "$null = New-PSDrive -Name scratch -PSProvider FileSystem -Root /\nRemove-PSDrive scratch\n[bool](Get-PSDrive scratch -ErrorAction SilentlyContinue)",
                        output: "False\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let runspace = context.runspace
        for name in context.value("Name")?.strings ?? [] {
            let pattern = Wildcard(name)
            let matches = runspace.drives.fileSystemDrives.filter { $0.name != "/" && pattern.matches($0.name) }
            if matches.isEmpty {
                let builtIn = name == "/" || DriveTable.sessionDrive(named: name) != nil
                try context.writeError(builtIn ? "Drive '\(name)' cannot be removed: the session needs it."
                                               : "Cannot find drive. A drive with the name '\(name)' does not exist.",
                                       id: builtIn ? "DriveRemovalPreventedByProvider" : "DriveNotFound", category: .objectNotFound,
                                       target: .string(name), exceptionType: "System.Management.Automation.DriveNotFoundException")
                continue
            }
            for drive in matches where try context.shouldProcess("Name: \(drive.name) Provider: Microsoft.PowerShell.Core\\FileSystem Root: \(drive.root)", action: "Remove Drive") {
                runspace.drives.remove(named: drive.name)
            }
        }
    }
}
