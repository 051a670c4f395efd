// New-PSDrive: a name for a directory (`New-PSDrive logs FileSystem /var/log`),
// after which `logs:\syslog` is a path in every path cmdlet and Set-Location.

import ShoalRuntime

final class NewPSDriveCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "New-PSDrive", synopsis: "Creates a drive that maps to a location in the file system.",
        parameters: [
            ParameterDescriptor("Name", type: "string", position: 0, mandatory: true, pipelineByPropertyName: true, help: "The drive's name, written name: in paths; it cannot hold ':', '/', '\\' or wildcards."),
            ParameterDescriptor("PSProvider", type: "string", position: 1, mandatory: true, pipelineByPropertyName: true, help: "The provider of the drive; only FileSystem drives can be made."),
            ParameterDescriptor("Root", type: "string", position: 2, mandatory: true, pipelineByPropertyName: true, help: "The folder the drive stands for; it must exist."),
            ParameterDescriptor("Description", type: "string", pipelineByPropertyName: true, help: "A note kept in the drive's Description property."),
            ParameterDescriptor("Scope", type: "string", pipelineByPropertyName: true, help: "Accepted for compatibility; the drive is visible in the whole session."),
            ParameterDescriptor("Persist", type: "switch", help: "Accepted for compatibility; the drive lasts until the session ends."),
        ],
        confirmImpact: .low,
        description: "Names a directory as a drive (`logs:`) for this session; its paths then work in every file cmdlet and Set-Location.",
        examples: [
            HelpExample("A drive for a directory",
                        code: "$null = New-PSDrive -Name tmpx -PSProvider FileSystem -Root ([System.IO.Path]::GetTempPath())\nTest-Path tmpx:/\nRemove-PSDrive tmpx",
                        output: "True\n"),
            HelpExample("A short name for a deep folder",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-newpsdrive-2'\n$null = New-Item -ItemType Directory \"$dir/releases/v1\" -Force\nSet-Content \"$dir/releases/v1/notes.txt\" 'first release'\n$null = New-PSDrive -Name rel -PSProvider FileSystem -Root \"$dir/releases\"\nGet-Content rel:/v1/notes.txt\nPush-Location\nSet-Location rel:/v1\n$PWD.Path\nGet-ChildItem -Name\nPop-Location\nRemove-PSDrive rel\nRemove-Item -Recurse $dir",
                        output: "first release\nrel:/v1\nnotes.txt\n"),
            HelpExample("The drive New-PSDrive returns",
                        code: "New-PSDrive -Name config -PSProvider FileSystem -Root /etc -Description 'System configuration' | Format-List Name, Provider, Root, Description\nRemove-PSDrive config",
                        output: "\nName        : config\nProvider    : Microsoft.PowerShell.Core\\FileSystem\nRoot        : /etc\nDescription : System configuration\n\n",
                        remarks: "The drive lasts until the session ends or Remove-PSDrive removes it."),
        ])

    func process(_ context: CmdletContext) throws {
        let runspace = context.runspace
        let name = context.string("Name") ?? ""
        let provider = context.string("PSProvider") ?? ""
        guard provider.lowercased() == "filesystem" || provider.lowercased() == "microsoft.powershell.core\\filesystem" else {
            let known = DriveTable.sessionDrives.contains { $0.provider.lowercased() == provider.lowercased() }
            throw context.terminatingError(known ? "New drives of the \(provider) provider are not supported; only FileSystem drives can be created."
                                                 : "Cannot find a provider with the name '\(provider)'.",
                                           id: known ? "NotSupported" : "ProviderNotFound", category: .objectNotFound,
                                           exceptionType: "System.Management.Automation.ProviderNotFoundException")
        }
        guard !name.isEmpty, !name.contains(where: { ":/\\*?[]".contains($0) }) else {
            throw context.terminatingError("The drive name '\(name)' is not valid: it cannot be empty or contain ':', '/', '\\' or wildcard characters.",
                                           id: "DriveNameIllegalCharacters", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.PSArgumentException")
        }
        if runspace.drives.fileSystemDrive(named: name) != nil || DriveTable.sessionDrive(named: name) != nil {
            try context.writeError("A drive with the name '\(name)' already exists.", id: "DriveAlreadyExists",
                                   category: .resourceExists, target: .string(name),
                                   exceptionType: "System.Management.Automation.SessionStateException")
            return
        }
        let root = runspace.resolvePath(context.string("Root") ?? "")
        guard FileSystem.isDirectory(root) else {
            try context.writeError("Cannot find path '\(root)' because it does not exist.", id: "DriveRootError",
                                   category: .objectNotFound, target: .string(root),
                                   exceptionType: "System.Management.Automation.ItemNotFoundException")
            return
        }
        guard try context.shouldProcess("Name: \(name) Provider: Microsoft.PowerShell.Core\\FileSystem Root: \(root)", action: "New drive") else { return }
        let drive = DriveTable.FileSystemDrive(name: name, root: root, description: context.string("Description") ?? "")
        runspace.drives.add(drive)
        try context.write(PSDriveInfo.fileSystem(drive, in: runspace))
    }
}
