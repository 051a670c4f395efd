// Get-Module: the modules of the session (every built-in module is
// loaded), or with -ListAvailable the ones that could be imported; -Name
// filters by wildcard, and a name that matches nothing returns nothing.

import ShoalRuntime

public final class GetModuleCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Module", synopsis: "Lists the modules imported in the current session or that can be imported.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipeline: true),
            ParameterDescriptor("ListAvailable", type: "switch"),
            ParameterDescriptor("All", type: "switch"),
            ParameterDescriptor("Refresh", type: "switch"),
            ParameterDescriptor("FullyQualifiedName"),
            ParameterDescriptor("PSEdition", type: "string"),
            ParameterDescriptor("SkipEditionCheck", type: "switch"),
        ], implementingType: "Microsoft.PowerShell.Commands.GetModuleCommand",
        description: "Lists the modules of the session, or with -ListAvailable the ones that can be imported from $env:PSModulePath.",
        examples: [
            HelpExample("Is a module there",
                        code: "(Get-Module ThreadJob).Name",
                        output: "ThreadJob\n"),
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
