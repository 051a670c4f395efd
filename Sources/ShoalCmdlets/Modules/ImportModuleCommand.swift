// Import-Module: a built-in module (ThreadJob, Microsoft.PowerShell.*) is
// already loaded, so importing it does nothing; a .psm1 or .ps1 file runs
// in the global scope and its functions stay. Any other name is
// PowerShell's non-terminating Modules_ModuleNotFound error.

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
        ], implementingType: "Microsoft.PowerShell.Commands.ImportModuleCommand")
    public init() {}

    public func process(_ context: CmdletContext) throws {
        for name in context.value("Name")?.strings ?? [] {
            if let module = ModuleCatalog.named(name, context.runspace), !name.contains("/") {
                if context.flag("PassThru") { try context.write(ModuleCatalog.object(module, listAvailable: false)) }
                continue
            }
            let lowered = name.lowercased()
            if lowered.hasSuffix(".psm1") || lowered.hasSuffix(".ps1") {
                let path = context.runspace.resolvePath(name)
                if readTextFile(path) != nil {
                    try importScriptModule(path, context)
                    continue
                }
            }
            let version = context.string("RequiredVersion") ?? context.string("MinimumVersion")
            let message = version.map { "The specified module '\(name)' with version '\($0)' was not loaded because no valid module file was found in any module directory." }
                ?? "The specified module '\(name)' was not loaded because no valid module file was found in any module directory."
            try context.writeError(message, id: version == nil ? "Modules_ModuleNotFound" : "Modules_ModuleWithVersionNotFound",
                                   category: .resourceUnavailable, target: .string(name),
                                   exceptionType: "System.IO.FileNotFoundException")
        }
    }

    private func importScriptModule(_ path: String, _ context: CmdletContext) throws {
        let runspace = context.runspace
        let before = Set(runspace.globalScope.localFunctions.keys)
        let block = try runspace.loadScript(path, span: context.span)
        try runspace.runInGlobalScope(block, scriptPath: path, output: context.output)
        let added = runspace.globalScope.localFunctions.filter { !before.contains($0.key) }.map(\.value.name).sorted()
        let file = String(path.split(separator: "/").last ?? "")
        let name = String(file[..<(file.lastIndex(of: ".") ?? file.endIndex)])
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        let module = ModuleInfo(name: name, version: "0.0", type: "Script", description: "", path: directory, commands: added)
        ModuleCatalog.addImported(module, to: context.runspace)
        if context.flag("PassThru") { try context.write(ModuleCatalog.object(module, listAvailable: false)) }
    }
}
