// The modules shoal's commands belong to, named as PowerShell 7 names
// them, so that scripts which check for or import a module (ThreadJob
// above all) find it. They are built in: always loaded, nothing to install.
// Script modules imported from a .psm1 file are added as they load.

import Glibc
import ShoalRuntime

struct ModuleInfo: Sendable {
    let name: String
    let version: String
    /// Script, Binary or Manifest.
    let type: String
    let description: String
    let path: String
    let commands: [String]
}

enum ModuleCatalog {
    /// The module each built-in command belongs to; commands not named
    /// here are Microsoft.PowerShell.Utility's.
    static let builtInCommands: [(module: String, version: String, type: String, description: String, commands: [String])] = [
        ("Microsoft.PowerShell.Core", "7.0.0.0", "Manifest", "The core commands: pipelines, jobs, modules and help.",
         ["ForEach-Object", "Where-Object", "Get-Command", "Get-Help", "Get-History", "Clear-History", "Invoke-History",
          "Get-Job", "Receive-Job", "Remove-Job", "Start-Job", "Stop-Job", "Wait-Job", "Invoke-Command", "Get-Module",
          "Import-Module", "Remove-Module", "Export-ModuleMember", "New-ModuleManifest", "Out-Default", "Out-Host", "Out-Null",
          "Set-StrictMode", "New-PSSession", "Get-PSSession", "Remove-PSSession", "Enter-PSSession", "Exit-PSSession"]),
        ("Microsoft.PowerShell.Management", "7.0.0.0", "Manifest", "Files, locations, processes and connections.",
         ["Get-ChildItem", "Get-Content", "Set-Content", "Add-Content", "Test-Path", "Get-Item", "New-Item", "Remove-Item",
          "Copy-Item", "Move-Item", "Rename-Item", "Get-Location", "Set-Location", "Push-Location", "Pop-Location",
          "Join-Path", "Split-Path", "Resolve-Path", "Get-Process", "Stop-Process", "Start-Process", "Test-Connection",
          "Clear-Content", "Convert-Path", "Get-ItemProperty", "Set-ItemProperty", "Set-Item", "Get-PSDrive", "New-PSDrive",
          "Remove-PSDrive", "Get-PSProvider"]),
        ("CimCmdlets", "7.0.0.0", "Manifest", "CIM queries (refused on Linux with a clear error).", ["Get-CimInstance"]),
        ("Microsoft.PowerShell.Diagnostics", "7.0.0.0", "Manifest", "Performance counters (read from /proc).", ["Get-Counter"]),
        ("ThreadJob", "2.0.3", "Binary", "Runs script blocks as jobs on threads of the current process.", ["Start-ThreadJob"]),
        ("PowerShellGet", "2.2.5", "Script", "Finds and installs modules (built-in modules only).", ["Install-Module"]),
    ]

    /// The script modules one runspace has imported (a thread job's
    /// runspace starts with none, as in pwsh).
    private final class Imported {
        var modules: [ImportedModule] = []
    }

    /// The directory the built-in modules are reported in: shoal's own.
    static let home: String = {
        guard let path = ProcessTable.executablePath(Int(getpid())) else { return "/" }
        return String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    }()

    /// Every module: the built-in ones (with the commands the registry
    /// has), then the script modules imported so far.
    static func all(_ runspace: Runspace) -> [ModuleInfo] {
        let registered = runspace.registry.allCmdlets.map { $0.descriptor.name }
        let placed = Set(builtInCommands.flatMap(\.commands).map { $0.lowercased() })
        let directory = home
        var modules = builtInCommands.map { entry in
            ModuleInfo(name: entry.module, version: entry.version, type: entry.type, description: entry.description,
                       path: directory, commands: entry.commands.filter { name in registered.contains { $0.lowercased() == name.lowercased() } })
        }
        modules.append(ModuleInfo(name: "Microsoft.PowerShell.Utility", version: "7.0.0.0", type: "Manifest",
                                  description: "Objects, formatting, text, data and variables.", path: directory,
                                  commands: registered.filter { !placed.contains($0.lowercased()) }))
        modules.sort { $0.name.lowercased() < $1.name.lowercased() }
        return modules + imported(runspace).map(\.info)
    }

    /// The script modules `runspace` imported, in import order.
    static func imported(_ runspace: Runspace) -> [ImportedModule] {
        runspace.service(Imported.self) { Imported() }.modules
    }

    static func named(_ name: String, _ runspace: Runspace) -> ModuleInfo? {
        all(runspace).first { $0.name.lowercased() == name.lowercased() }
    }

    static func addImported(_ module: ImportedModule, to runspace: Runspace) {
        let imported = runspace.service(Imported.self) { Imported() }
        imported.modules.removeAll { $0.info.name.lowercased() == module.info.name.lowercased() }
        imported.modules.append(module)
    }

    static func removeImported(_ module: ImportedModule, from runspace: Runspace) {
        runspace.service(Imported.self) { Imported() }.modules.removeAll { $0 === module }
    }

    /// The module a built-in command belongs to (Get-Command's Source).
    static func module(ofCommand name: String) -> String {
        builtInCommands.first { $0.commands.contains { $0.lowercased() == name.lowercased() } }?.module ?? "Microsoft.PowerShell.Utility"
    }

    static func version(ofCommand name: String) -> String {
        builtInCommands.first { $0.commands.contains { $0.lowercased() == name.lowercased() } }?.version ?? "7.0.0.0"
    }

    static let moduleType = "System.Management.Automation.PSModuleInfo"
    static let availableType = "ModuleInfoGrouping"

    /// A module as Get-Module writes it (PSModuleInfo's main properties).
    static func object(_ module: ModuleInfo, listAvailable: Bool) -> Value {
        let object = PSObject(typeName: moduleType)
        if listAvailable { object.typeNames.insert(availableType, at: 0) }
        object.set("Name", .string(module.name))
        object.set("Version", .string(module.version))
        object.set("ModuleType", .string(module.type))
        object.set("Description", .string(module.description))
        object.set("Path", .string(module.path))
        object.set("ModuleBase", .string(module.path))
        object.set("PreRelease", .string(""))
        object.set("PSEdition", .string("Core"))
        object.set("ExportedCommands", .array(ArrayValue(module.commands.map(Value.string))))
        return .object(object)
    }

    static func registerViews(into registry: CommandRegistry) {
        let columns = [
            FormatViewColumn("ModuleType", width: 10), FormatViewColumn("Version", width: 10),
            FormatViewColumn("PreRelease", width: 10), FormatViewColumn("Name", width: 35),
        ]
        registry.registerTable(typeName: moduleType, columns: columns + [FormatViewColumn("ExportedCommands")])
        registry.registerTable(typeName: availableType, columns: columns + [
            FormatViewColumn("PSEdition", width: 9), FormatViewColumn("ExportedCommands"),
        ], groupBy: FormatViewColumn("Directory", property: "ModuleBase"))
    }
}
