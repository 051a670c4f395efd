// Get-Module: the modules of the session (every built-in module is
// loaded), or with -ListAvailable the ones that could be imported; -Name
// filters by wildcard, and a name that matches nothing returns nothing.

import ShoalRuntime

public final class GetModuleCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Module", synopsis: "Lists the modules imported in the current session or that can be imported.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipeline: true,
                                help: "The modules to get; wildcards are allowed. All the session's modules by default."),
            ParameterDescriptor("ListAvailable", type: "switch",
                                help: "Also lists the script modules in the folders of $env:PSModulePath that are not imported."),
            ParameterDescriptor("All", type: "switch", help: "Accepted for compatibility."),
            ParameterDescriptor("Refresh", type: "switch", help: "Accepted for compatibility: the module folders are read anew each time."),
            ParameterDescriptor("FullyQualifiedName", help: "Accepted but not applied yet: pick modules with -Name."),
            ParameterDescriptor("PSEdition", type: "string", help: "Accepted but not applied: every module is for the Core edition."),
            ParameterDescriptor("SkipEditionCheck", type: "switch", help: "Accepted for compatibility."),
        ], implementingType: "Microsoft.PowerShell.Commands.GetModuleCommand",
        description: "Lists the modules of the session, or with -ListAvailable the ones that can be imported from $env:PSModulePath.",
        examples: [
            HelpExample("Is a module there",
                        code: "(Get-Module ThreadJob).Name",
                        output: "ThreadJob\n"),
            HelpExample("See what an imported module exports",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-getmodule-2'\n$null = New-Item -ItemType Directory -Force $dir\nSet-Content \"$dir/Deploy.psm1\" 'function Start-Deploy { }', 'function Stop-Deploy { }', 'function Write-DeployLog { }', 'Export-ModuleMember -Function *-Deploy'\nif (-not (Get-Module Deploy)) { Import-Module \"$dir/Deploy.psm1\" }\nGet-Module Deploy\nRemove-Module Deploy\nRemove-Item -Recurse $dir",
                        output: "\nModuleType Version    PreRelease Name                                ExportedCommands\n---------- -------    ---------- ----                                ----------------\nScript     0.0                   Deploy                              {Start-Deploy, Stop-Deploy}\n\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let patterns = (context.value("Name")?.strings ?? ["*"]).map { Wildcard($0) }
        let listAvailable = context.flag("ListAvailable")
        for module in ModuleCatalog.all(context.runspace) where patterns.contains(where: { $0.matches(module.name) }) {
            try context.write(ModuleCatalog.object(module, listAvailable: listAvailable))
        }
        // Script modules on $env:PSModulePath that could be imported.
        guard listAvailable else { return }
        let imported = Set(ModuleCatalog.imported(context.runspace).map(\.file))
        for (name, file) in ScriptModuleLoader.available() where patterns.contains(where: { $0.matches(name) }) && !imported.contains(file) {
            var version = "0.0", description = ""
            if file.lowercased().hasSuffix(".psd1"), let text = FileSystem.readText(file),
               let manifest = try? PowerShellDataFile.read(text, path: file) {
                version = manifest[string: "ModuleVersion"].map(Conversion.toString) ?? version
                description = manifest[string: "Description"].map(Conversion.toString) ?? ""
            }
            let info = ModuleInfo(name: name, version: version, type: file.lowercased().hasSuffix(".psd1") ? "Manifest" : "Script",
                                  description: description, path: PathText.parent(file), commands: [])
            try context.write(ModuleCatalog.object(info, listAvailable: true))
        }
    }
}
