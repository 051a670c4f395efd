// Get-PSProvider: the providers behind the runspace's drives, as pwsh 7.4
// lists them on Linux (Name, Capabilities, Drives), each a ProviderInfo
// whose Drives are the PSDriveInfo objects Get-PSDrive writes.

import ShoalRuntime

final class GetPSProviderCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-PSProvider", synopsis: "Gets information about the specified PowerShell provider.",
        parameters: [
            ParameterDescriptor("PSProvider", type: "string[]", position: 0, pipelineByPropertyName: true,
                                help: "The providers to get, by name; wildcards are allowed."),
        ],
        description: "Lists the providers of this session: Alias, Environment, FileSystem, Function and Variable, with their capabilities and drives (New-PSDrive adds file-system drives).",
        examples: [
            HelpExample("The drives of the file system",
                        code: "(Get-PSProvider FileSystem).Drives.Name -contains 'Temp'",
                        output: "True\n"),
            HelpExample("Which drives each provider serves",
                        code: "Get-PSProvider | ForEach-Object { '{0,-12} {1}' -f $_.Name, ($_.Drives.Name -join ', ') }",
                        output: "Alias        Alias\nEnvironment  Env\nFileSystem   /, Temp\nFunction     Function\nVariable     Variable\n"),
        ])

    static let typeName = "System.Management.Automation.ProviderInfo"
    private static let providers: [(name: String, capabilities: String)] = [
        ("Alias", "ShouldProcess"), ("Environment", "ShouldProcess"), ("FileSystem", "Filter, ShouldProcess, Credentials"),
        ("Function", "ShouldProcess"), ("Variable", "ShouldProcess"),
    ]

    static func registerView(into registry: CommandRegistry) {
        registry.registerTable(typeName: typeName, columns: [
            FormatViewColumn("Name", width: 20),
            FormatViewColumn("Capabilities", width: 45),
            FormatViewColumn("Drives") { provider in
                let names = (OutputFormatter.propertyValue(of: provider, named: "Drives")?.enumeratedItems ?? [])
                    .compactMap { OutputFormatter.propertyValue(of: $0, named: "Name").map(Conversion.toString) }
                return .string("{" + names.joined(separator: ", ") + "}")
            },
        ])
    }

    func process(_ context: CmdletContext) throws {
        let drives = PSDriveInfo.all(in: context.runspace)
        let wanted = context.value("PSProvider")?.strings ?? ["*"]
        for name in wanted {
            let pattern = Wildcard(name)
            let matches = Self.providers.filter { pattern.matches($0.name) }
            if matches.isEmpty, pattern.isLiteral {
                try context.writeError(ErrorRecord("Cannot find a provider with the name '\(name)'.",
                                                   exceptionType: "System.Management.Automation.ProviderNotFoundException",
                                                   errorId: "ProviderNotFound", category: .objectNotFound, target: .string(name)))
            }
            for provider in matches {
                let info = PSObject(typeName: Self.typeName)
                info.set("Name", .string(provider.name))
                info.set("Capabilities", .string(provider.capabilities))
                info.set("Drives", .list(drives.filter { $0.provider == provider.name }.map(\.value)))
                info.set("ModuleName", .string("Microsoft.PowerShell.Core"))
                info.set("PSSnapIn", .string("Microsoft.PowerShell.Core"))
                info.set("ImplementingType", .string("Microsoft.PowerShell.Commands.\(provider.name)Provider"))
                info.set("Home", .string(provider.name == "FileSystem" ? ProcessEnvironment.get("HOME") ?? "" : ""))
                try context.write(.object(info))
            }
        }
    }
}
