// New-PSDrive: a name for a directory (`New-PSDrive logs FileSystem /var/log`),
// after which `logs:\syslog` is a path in every path cmdlet and Set-Location.

import ShoalRuntime

final class NewPSDriveCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "New-PSDrive", synopsis: "Creates a drive that maps to a location in the file system.",
        parameters: [
            ParameterDescriptor("Name", type: "string", position: 0, mandatory: true, pipelineByPropertyName: true),
            ParameterDescriptor("PSProvider", type: "string", position: 1, mandatory: true, pipelineByPropertyName: true),
            ParameterDescriptor("Root", type: "string", position: 2, mandatory: true, pipelineByPropertyName: true),
            ParameterDescriptor("Description", type: "string", pipelineByPropertyName: true),
            ParameterDescriptor("Scope", type: "string", pipelineByPropertyName: true),
            ParameterDescriptor("Persist", type: "switch"),
        ],
        confirmImpact: .low,
        description: "Names a directory as a drive (`logs:`) for this session; its paths then work in every file cmdlet and Set-Location.",
        examples: [
            HelpExample("A drive for a directory",
                        code: "$null = New-PSDrive -Name tmpx -PSProvider FileSystem -Root ([System.IO.Path]::GetTempPath())\nTest-Path tmpx:/\nRemove-PSDrive tmpx",
                        output: "True\n"),
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
