// Loading a script module: a `.psm1` (or `.ps1`) file, or a `.psd1`
// manifest naming its RootModule, NestedModules, RequiredModules,
// FunctionsToExport, VariablesToExport and FormatsToProcess. The files run
// in the module's own scope (Runspace.runModule); what the module exports
// (Export-ModuleMember's choice, else every function, narrowed by the
// manifest) becomes callable from the session, the rest stays private.
// Names are found on $env:PSModulePath as pwsh finds them:
// <dir>/<Name>/<Name>.psd1 or .psm1, or under a version folder.

import Glibc
import ShoalRuntime

/// A module imported into a runspace, with what it exported.
final class ImportedModule {
    var info: ModuleInfo
    /// The file Import-Module loaded (the manifest or the .psm1).
    let file: String
    let functions: [FunctionInfo]
    let variables: [String]

    init(info: ModuleInfo, file: String, functions: [FunctionInfo], variables: [String]) {
        self.info = info
        self.file = file
        self.functions = functions
        self.variables = variables
    }
}

/// What Export-ModuleMember chose while a module's file runs.
final class ModuleExportFrames {
    struct Frame {
        var called = false
        var functions: [String] = []
        var variables: [String] = []
        var aliases: [String] = []
    }

    var frames: [Frame] = []
}

enum ScriptModuleLoader {
    /// The directories modules are looked for in: $env:PSModulePath, else
    /// pwsh's defaults on Linux.
    static func searchPath() -> [String] {
        if let value = ProcessEnvironment.get("PSModulePath"), !value.isEmpty {
            return value.split(separator: ":").map(String.init)
        }
        let home = ProcessEnvironment.get("HOME") ?? "/"
        return [home + "/.local/share/powershell/Modules", "/usr/local/share/powershell/Modules", ModuleCatalog.home + "/Modules"]
    }

    /// The file a module name or path means, if there is one.
    static func locate(_ name: String, _ context: CmdletContext) -> String? {
        let lowered = name.lowercased()
        if name.contains("/") || name.contains("\\") || [".psm1", ".psd1", ".ps1"].contains(where: lowered.hasSuffix) {
            let path = PathResolver(context: context).absolute(name)
            if FileSystem.isDirectory(path) { return moduleFile(in: path, named: PathText.leaf(path)) }
            return FileSystem.exists(path) ? path : nil
        }
        for directory in searchPath() {
            if let file = moduleFile(in: PathText.join(directory, name), named: name) { return file }
        }
        return nil
    }

    /// `<dir>/<Name>.psd1` or `.psm1`, else the same in the highest version folder.
    static func moduleFile(in directory: String, named name: String) -> String? {
        guard FileSystem.isDirectory(directory) else { return nil }
        let entries = FileSystem.entries(directory) ?? []
        for suffix in [".psd1", ".psm1"] {
            if let file = entries.first(where: { $0.lowercased() == (name + suffix).lowercased() }) { return PathText.join(directory, file) }
        }
        let versions = entries.compactMap { entry in VersionValue.parse(entry).map { (entry, $0) } }
            .sorted { $1.1.parts.lexicographicallyPrecedes($0.1.parts) }
        for (folder, _) in versions {
            if let file = moduleFile(in: PathText.join(directory, folder), named: name) { return file }
        }
        return nil
    }

    /// Every module found on the search path (Get-Module -ListAvailable).
    static func available() -> [(name: String, file: String)] {
        var found: [(String, String)] = []
        for directory in searchPath() {
            for entry in (FileSystem.entries(directory) ?? []).sorted() {
                if let file = moduleFile(in: PathText.join(directory, entry), named: entry) { found.append((entry, file)) }
            }
        }
        return found
    }

    /// Loads the module in `file` and exports its members into the session.
    static func load(_ file: String, _ context: CmdletContext) throws -> ImportedModule {
        let runspace = context.runspace
        let directory = PathText.parent(file)
        var name = PathText.leaf(file)
        name = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
        var version = "0.0", description = "", moduleType = "Script"
        var scripts: [String] = []
        var allowedFunctions: [String]? = nil, allowedVariables: [String]? = nil
        var formats: [String] = []
        if file.lowercased().hasSuffix(".psd1") {
            guard let text = FileSystem.readText(file) else { throw context.terminatingError("Cannot read '\(file)'.", id: "Modules_InvalidManifest", category: .resourceUnavailable) }
            let manifest = try PowerShellDataFile.read(text, path: file)
            func strings(_ key: String) -> [String]? { manifest[string: key].map { $0.enumeratedItems.map(Conversion.toString) } }
            version = strings("ModuleVersion")?.first ?? "0.0"
            description = strings("Description")?.first ?? ""
            moduleType = "Manifest"
            for required in strings("RequiredModules") ?? [] where ModuleCatalog.named(required, runspace) == nil {
                guard let requiredFile = locate(required, context) else {
                    throw context.terminatingError("The required module '\(required)' is not loaded. Load the module or remove the module from 'RequiredModules' in the file '\(file)'.",
                                                   id: "Modules_InvalidManifest", category: .resourceUnavailable,
                                                   exceptionType: "System.IO.FileNotFoundException", target: .string(file))
                }
                _ = try importOnce(requiredFile, context)
            }
            let relative = { (path: String) in path.hasPrefix("/") ? path : PathText.join(directory, path) }
            scripts = (strings("NestedModules") ?? []).map(relative)
            if let root = (strings("RootModule") ?? strings("ModuleToProcess"))?.first, !root.isEmpty {
                scripts.append(relative(root))
                moduleType = "Script"
            }
            allowedFunctions = strings("FunctionsToExport")
            allowedVariables = strings("VariablesToExport")
            formats = (strings("FormatsToProcess") ?? []).map(relative)
        } else {
            scripts = [file]
        }
        // The module's files run with Export-ModuleMember listening.
        let exports = runspace.service(ModuleExportFrames.self) { ModuleExportFrames() }
        exports.frames.append(ModuleExportFrames.Frame())
        let frame: ModuleExportFrames.Frame
        let moduleScope: ModuleScope
        do {
            let blocks = try scripts.map { (block: try runspace.loadScript($0, span: context.span), path: $0) }
            moduleScope = try runspace.runModule(blocks, output: context.output)
            frame = exports.frames.removeLast()
        } catch {
            exports.frames.removeLast()
            throw error
        }
        var functions = moduleScope.functions
        if frame.called { functions = functions.filter { function in frame.functions.contains { Wildcard($0).matches(function.name) } } }
        if let allowedFunctions { functions = functions.filter { function in allowedFunctions.contains { Wildcard($0).matches(function.name) } } }
        for function in functions { runspace.exportFunction(function) }
        var variables = frame.variables
        if let allowedVariables { variables = variables.filter { variable in allowedVariables.contains { Wildcard($0).matches(variable) } } }
        for variable in variables {
            if let value = moduleScope.variable(variable) { runspace.setVariable("global:" + variable, value) }
        }
        for format in formats {
            guard let text = FileSystem.readText(format) else { continue }
            do {
                runspace.formatData.add(try FormatDataFile(path: format, text: text), prepend: false)
            } catch {
                try context.writeError("There were errors in loading the format data file: \(format), \(error.message)",
                                       id: "FormatXmlUpdateException", category: .invalidOperation)
            }
        }
        let info = ModuleInfo(name: name, version: version, type: moduleType, description: description, path: directory,
                              commands: functions.map(\.name))
        let module = ImportedModule(info: info, file: file, functions: functions, variables: variables)
        ModuleCatalog.addImported(module, to: runspace)
        return module
    }

    /// The module in `file`, loading it only if it is not imported yet.
    static func importOnce(_ file: String, _ context: CmdletContext) throws -> ImportedModule {
        if let existing = ModuleCatalog.imported(context.runspace).first(where: { $0.file == file }) { return existing }
        return try load(file, context)
    }

    /// Takes a module's exports out of the session.
    static func remove(_ module: ImportedModule, from runspace: Runspace) {
        for function in module.functions { runspace.removeExportedFunction(function) }
        for variable in module.variables { _ = runspace.globalScope.removeLocal(variable.lowercased()) }
        ModuleCatalog.removeImported(module, from: runspace)
    }
}
