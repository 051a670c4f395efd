// Get-PSDrive: the runspace's drives, by name (wildcards) or provider.

import ShoalRuntime

final class GetPSDriveCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-PSDrive", synopsis: "Gets drives in the current session.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipelineByPropertyName: true),
            ParameterDescriptor("PSProvider", type: "string[]", pipelineByPropertyName: true),
            ParameterDescriptor("Scope", type: "string", pipelineByPropertyName: true),
        ],
        description: "Lists the drives: the file system's / and Temp:, the ones New-PSDrive made, and the session drives (Env, Variable, Function, Alias).",
        examples: [
            HelpExample("The drive of the environment",
                        code: "(Get-PSDrive Env).Provider",
                        output: "Microsoft.PowerShell.Core\\Environment\n"),
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
