// Remove-PSDrive: forgets drives New-PSDrive made (the directories stay).

import ShoalRuntime

final class RemovePSDriveCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Remove-PSDrive", synopsis: "Deletes temporary PowerShell drives.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipelineByPropertyName: true, help: "The drives to remove, by name; wildcards are allowed. Only drives New-PSDrive made can be removed."),
            ParameterDescriptor("PSProvider", type: "string[]", pipelineByPropertyName: true, help: "Accepted for compatibility; only FileSystem drives can be removed."),
            ParameterDescriptor("Scope", type: "string", pipelineByPropertyName: true, help: "Accepted for compatibility; drives belong to the whole session."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility."),
        ],
        confirmImpact: .low,
        description: "Removes drives New-PSDrive made (the directories stay).",
        examples: [
            HelpExample("Forget a drive",
                        code: "$null = New-PSDrive -Name scratch -PSProvider FileSystem -Root /\nRemove-PSDrive scratch\n[bool](Get-PSDrive scratch -ErrorAction SilentlyContinue)",
                        output: "False\n"),
            HelpExample("Remove several drives at once",
                        code: "'logs', 'conf' | ForEach-Object { $null = New-PSDrive -Name \"site$_\" -PSProvider FileSystem -Root / }\n(Get-PSDrive site*).Name\nRemove-PSDrive site*\n@(Get-PSDrive site*).Count",
                        output: "siteconf\nsitelogs\n0\n"),
            HelpExample("The folder stays",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-removepsdrive-3'\n$null = New-Item -ItemType Directory $dir\n$null = New-PSDrive -Name work -PSProvider FileSystem -Root $dir\nSet-Content work:/todo.txt 'ship it'\nRemove-PSDrive work\nGet-Content \"$dir/todo.txt\"\nRemove-Item -Recurse $dir",
                        output: "ship it\n",
                        remarks: "Only the name goes; the folder and its files stay."),
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
