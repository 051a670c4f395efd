// Get-PSDrive: the runspace's drives, by name (wildcards) or provider.

import ShoalRuntime

final class GetPSDriveCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-PSDrive", synopsis: "Gets drives in the current session.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipelineByPropertyName: true, help: "The drives to get, by name; wildcards are allowed."),
            ParameterDescriptor("PSProvider", type: "string[]", pipelineByPropertyName: true, help: "Gets only the drives of these providers (FileSystem, Environment, ...); wildcards are allowed."),
            ParameterDescriptor("Scope", type: "string", pipelineByPropertyName: true, help: "Accepted for compatibility; every drive is visible in the whole session."),
        ],
        description: "Lists the drives: the file system's / and Temp:, the ones New-PSDrive made, and the session drives (Env, Variable, Function, Alias).",
        examples: [
            HelpExample("The drive of the environment",
                        code: "(Get-PSDrive Env).Provider",
                        output: "Microsoft.PowerShell.Core\\Environment\n"),
            HelpExample("The drives of the file system",
                        code: "Get-PSDrive -PSProvider FileSystem | ForEach-Object Name",
                        output: "/\nTemp\n",
                        remarks: "New-PSDrive adds more."),
            HelpExample("Look at a drive you made",
                        code: "$null = New-PSDrive -Name config -PSProvider FileSystem -Root /etc -Description 'System configuration'\nGet-PSDrive config | Format-List Name, Root, Description\nRemove-PSDrive config",
                        output: "\nName        : config\nRoot        : /etc\nDescription : System configuration\n\n",
                        remarks: "Used and Free (the disk's space, in GB) are left out: they differ from machine to machine."),
        ])

    func process(_ context: CmdletContext) throws {
        let drives = PSDriveInfo.all(in: context.runspace)
        let providers = context.value("PSProvider")?.strings.map { Wildcard($0) }
        let inProvider = drives.filter { drive in providers?.contains { $0.matches(drive.provider) } ?? true }
        guard let names = context.value("Name")?.strings else {
            for drive in inProvider { try context.write(drive.value) }
            return
        }
        for name in names {
            let pattern = Wildcard(name)
            let matches = inProvider.filter { pattern.matches($0.name) }
            if matches.isEmpty, !PathText.hasWildcard(name) {
                try context.writeError("Cannot find drive. A drive with the name '\(name)' does not exist.", id: "GetLocationNoMatchingDrive",
                                       category: .objectNotFound, target: .string(name),
                                       exceptionType: "System.Management.Automation.DriveNotFoundException")
            }
            for drive in matches { try context.write(drive.value) }
        }
    }
}
