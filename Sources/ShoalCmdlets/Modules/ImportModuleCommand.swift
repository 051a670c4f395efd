// Import-Module: a built-in module (ThreadJob, Microsoft.PowerShell.*) is
// already loaded, so importing it does nothing; a script module (a path, or
// a name found on $env:PSModulePath) loads through ScriptModuleLoader, once
// unless -Force. Any other name is PowerShell's non-terminating
// Modules_ModuleNotFound error.

import ShoalRuntime

public final class ImportModuleCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Import-Module", synopsis: "Adds modules to the current session.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipeline: true),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("PassThru", type: "switch"),
            ParameterDescriptor("Global", type: "switch"),
            ParameterDescriptor("Prefix", type: "string"),
            ParameterDescriptor("MinimumVersion", type: "string", aliases: ["Version"]),
            ParameterDescriptor("MaximumVersion", type: "string"),
            ParameterDescriptor("RequiredVersion", type: "string"),
            ParameterDescriptor("Scope", type: "string", validateSet: ["Local", "Global"]),
            ParameterDescriptor("DisableNameChecking", type: "switch"),
            ParameterDescriptor("ArgumentList", type: "object[]", aliases: ["Args"]),
        ], implementingType: "Microsoft.PowerShell.Commands.ImportModuleCommand",
        description: "Imports a script module (a path, or a name found on $env:PSModulePath) into the session; its exported functions become callable. Built-in modules are always loaded.",
        examples: [
            HelpExample("Import a module file",
                        code: "$file = Join-Path ([System.IO.Path]::GetTempPath()) \"Hello-$PID.psm1\"\nSet-Content $file 'function Get-Hello { \"hello\" }'\nImport-Module $file\nGet-Hello\nRemove-Module \"Hello-$PID\"\nRemove-Item $file",
                        output: "hello\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        for name in context.value("Name")?.strings ?? [] {
            if let module = ModuleCatalog.named(name, context.runspace), !name.contains("/"),
               !ModuleCatalog.imported(context.runspace).contains(where: { $0.info.name.lowercased() == name.lowercased() }) {
                if context.flag("PassThru") { try context.write(ModuleCatalog.object(module, listAvailable: false)) }
                continue
            }
            guard let file = ScriptModuleLoader.locate(name, context) else {
                let version = context.string("RequiredVersion") ?? context.string("MinimumVersion")
                let message = version.map { "The specified module '\(name)' with version '\($0)' was not loaded because no valid module file was found in any module directory." }
                    ?? "The specified module '\(name)' was not loaded because no valid module file was found in any module directory."
                try context.writeError(message, id: version == nil ? "Modules_ModuleNotFound" : "Modules_ModuleWithVersionNotFound",
                                       category: .resourceUnavailable, target: .string(name),
                                       exceptionType: "System.IO.FileNotFoundException")
                continue
            }
            // Imported already: nothing runs again unless -Force, which reloads it.
            if let existing = ModuleCatalog.imported(context.runspace).first(where: { $0.file == file }) {
                guard context.flag("Force") else {
                    if context.flag("PassThru") { try context.write(ModuleCatalog.object(existing.info, listAvailable: false)) }
                    continue
                }
                ScriptModuleLoader.remove(existing, from: context.runspace)
            }
            let module = try ScriptModuleLoader.load(file, context)
            if context.flag("PassThru") { try context.write(ModuleCatalog.object(module.info, listAvailable: false)) }
        }
    }
}
