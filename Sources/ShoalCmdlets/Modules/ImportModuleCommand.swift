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
            ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipeline: true,
                                help: "The modules to import: the path of a .psm1, .psd1 or .ps1 file or of a module folder, or a name found in $env:PSModulePath."),
            ParameterDescriptor("Force", type: "switch", help: "Imports a module that is already imported again, reading its file anew."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the imported modules."),
            ParameterDescriptor("Global", type: "switch", help: "Accepted for compatibility: the module's commands are available to the whole session."),
            ParameterDescriptor("Prefix", type: "string", help: "Accepted but not applied yet: the commands keep their names."),
            ParameterDescriptor("MinimumVersion", type: "string", aliases: ["Version"],
                                help: "Accepted but not checked yet; it is named in the error when the module is not found."),
            ParameterDescriptor("MaximumVersion", type: "string", help: "Accepted but not checked yet."),
            ParameterDescriptor("RequiredVersion", type: "string",
                                help: "Accepted but not checked yet; it is named in the error when the module is not found."),
            ParameterDescriptor("Scope", type: "string", validateSet: ["Local", "Global"],
                                help: "Accepted for compatibility: the module's commands are available to the whole session."),
            ParameterDescriptor("DisableNameChecking", type: "switch", help: "Accepted for compatibility: shoal does not warn about unapproved verbs."),
            ParameterDescriptor("ArgumentList", type: "object[]", aliases: ["Args"], help: "Accepted but not passed to the module's param() block yet."),
        ], implementingType: "Microsoft.PowerShell.Commands.ImportModuleCommand",
        description: "Imports a script module (a path, or a name found on $env:PSModulePath) into the session; its exported functions become callable. Built-in modules are always loaded.",
        examples: [
            HelpExample("Import a module file",
                        code: "$file = Join-Path ([System.IO.Path]::GetTempPath()) \"Hello-$PID.psm1\"\nSet-Content $file 'function Get-Hello { \"hello\" }'\nImport-Module $file\nGet-Hello\nRemove-Module \"Hello-$PID\"\nRemove-Item $file",
                        output: "hello\n"),
            HelpExample("Reload a module after changing it",
                        code: "$file = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-importmodule-2.psm1'\nSet-Content $file 'function Get-ToolVersion { \"1.0\" }'\nImport-Module $file\nGet-ToolVersion\nSet-Content $file 'function Get-ToolVersion { \"1.1\" }'\nImport-Module $file\nGet-ToolVersion\nImport-Module $file -Force\nGet-ToolVersion\nRemove-Module shoal-help-importmodule-2\nRemove-Item $file",
                        output: "1.0\n1.0\n1.1\n",
                        remarks: "Importing a module that is already imported does nothing; -Force reads its file again."),
            HelpExample("A module that is not installed",
                        code: "try { Import-Module Contoso.Inventory -ErrorAction Stop } catch { $_.Exception.Message }",
                        output: "The specified module 'Contoso.Inventory' was not loaded because no valid module file was found in any module directory.\n",
                        remarks: "A name without a path is looked up in the folders of $env:PSModulePath."),
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
