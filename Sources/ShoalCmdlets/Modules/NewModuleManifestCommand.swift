// New-ModuleManifest: writes a module manifest (.psd1) in pwsh's layout:
// every key with its comment, the ones given set, the rest commented out,
// so the file documents itself and Import-Module reads it back.

import ShoalRuntime

final class NewModuleManifestCommand: Cmdlet {
    /// The manifest's keys in pwsh's order, with the comment above each.
    private static let fields: [(key: String, comment: String, kind: Kind)] = [
        ("RootModule", "Script module or binary module file associated with this manifest.", .string),
        ("ModuleVersion", "Version number of this module.", .string),
        ("CompatiblePSEditions", "Supported PSEditions", .list),
        ("GUID", "ID used to uniquely identify this module", .string),
        ("Author", "Author of this module", .string),
        ("CompanyName", "Company or vendor of this module", .string),
        ("Copyright", "Copyright statement for this module", .string),
        ("Description", "Description of the functionality provided by this module", .string),
        ("PowerShellVersion", "Minimum version of the PowerShell engine required by this module", .string),
        ("RequiredModules", "Modules that must be imported into the global environment prior to importing this module", .list),
        ("ScriptsToProcess", "Script files (.ps1) that are run in the caller's environment prior to importing this module.", .list),
        ("TypesToProcess", "Type files (.ps1xml) to be loaded when importing this module", .list),
        ("FormatsToProcess", "Format files (.ps1xml) to be loaded when importing this module", .list),
        ("NestedModules", "Modules to import as nested modules of the module specified in RootModule/ModuleToProcess", .list),
        ("FunctionsToExport", "Functions to export from this module, for best performance, do not use wildcards and do not delete the entry, use an empty array if there are no functions to export.", .list),
        ("CmdletsToExport", "Cmdlets to export from this module, for best performance, do not use wildcards and do not delete the entry, use an empty array if there are no cmdlets to export.", .list),
        ("VariablesToExport", "Variables to export from this module", .list),
        ("AliasesToExport", "Aliases to export from this module, for best performance, do not use wildcards and do not delete the entry, use an empty array if there are no aliases to export.", .list),
        ("FileList", "List of all files packaged with this module", .list),
    ]

    private enum Kind { case string, list }

    /// What each field's parameter sets, for Get-Help (the comments above are the manifest's own).
    private static let fieldHelp: [String: String] = [
        "RootModule": "The module file the manifest loads, relative to the manifest (a .psm1 next to it).",
        "ModuleVersion": "The module's version (0.0.1 by default).",
        "CompatiblePSEditions": "The PowerShell editions the module supports (Desktop, Core).",
        "Author": "The module's author (the current user by default).",
        "CompanyName": "The author's company ('Unknown' by default).",
        "Copyright": "The copyright statement ('(c) <author>. All rights reserved.' by default).",
        "Description": "What the module does.",
        "PowerShellVersion": "The oldest PowerShell version the module needs.",
        "RequiredModules": "Modules that must be imported before this one.",
        "ScriptsToProcess": "Scripts (.ps1) that run in the caller's scope before the module is imported.",
        "TypesToProcess": "Type files (.ps1xml) to load with the module.",
        "FormatsToProcess": "Format files (.ps1xml) to load with the module.",
        "NestedModules": "Modules imported inside this module.",
        "FunctionsToExport": "The functions the module exports ('*', all of them, by default).",
        "CmdletsToExport": "The cmdlets the module exports ('*' by default).",
        "VariablesToExport": "The variables the module exports ('*' by default).",
        "AliasesToExport": "The aliases the module exports ('*' by default).",
        "FileList": "The files packaged with the module.",
    ]

    static let descriptor = CmdletDescriptor(
        "New-ModuleManifest", synopsis: "Creates a new module manifest.",
        parameters: [ParameterDescriptor("Path", type: "string", position: 0, mandatory: true, help: "The .psd1 file to write.")]
            + fields.filter { $0.key != "GUID" }.map { field in
                ParameterDescriptor(field.key, type: field.kind == .list ? "string[]" : "string", help: fieldHelp[field.key] ?? field.comment)
            }
            + [
                ParameterDescriptor("Guid", type: "string", help: "The module's ID (a new one by default)."),
                ParameterDescriptor("Tags", type: "string[]", help: "Tags for module galleries (PrivateData.PSData)."),
                ParameterDescriptor("ProjectUri", type: "string", help: "The project's website (PrivateData.PSData)."),
                ParameterDescriptor("LicenseUri", type: "string", help: "The module's license (PrivateData.PSData)."),
                ParameterDescriptor("PassThru", type: "switch", help: "Writes the manifest's text instead of a file."),
            ],
        confirmImpact: .medium,
        description: "Writes a .psd1 manifest: ModuleVersion 0.0.1, a new GUID, the current user as Author and '*' for the exports unless given.",
        examples: [
            HelpExample("Describe a module and import it",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) \"Tools-$PID\"\n$null = New-Item -ItemType Directory $dir\nSet-Content \"$dir/Tools.psm1\" 'function Get-Answer { 42 }'\nNew-ModuleManifest \"$dir/Tools.psd1\" -RootModule Tools.psm1 -ModuleVersion 1.0.0 -FunctionsToExport Get-Answer\n(Import-Module \"$dir/Tools.psd1\" -PassThru).Version\nGet-Answer\nRemove-Module Tools\nRemove-Item -Recurse $dir",
                        output: "1.0.0\n42\n"),
            HelpExample("Read back what a manifest says",
                        code: "$path = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-newmodulemanifest-2.psd1'\nNew-ModuleManifest $path -ModuleVersion 2.1.0 -Description 'Backup tools' -Tags backup, ops -FunctionsToExport Backup-Database\n$manifest = Import-PowerShellDataFile $path\n$manifest.ModuleVersion\n$manifest.Description\n$manifest.FunctionsToExport\n$manifest.PrivateData.PSData.Tags -join ', '\nRemove-Item $path",
                        output: "2.1.0\nBackup tools\nBackup-Database\nbackup, ops\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let path = PathResolver(context: context).absolute(context.string("Path") ?? "")
        guard path.lowercased().hasSuffix(".psd1") else {
            throw context.terminatingError("The module manifest path '\(path)' is not valid: its extension must be .psd1.",
                                           id: "Modules_InvalidManifestExtension", category: .invalidArgument,
                                           exceptionType: "System.ArgumentException", target: .string(path))
        }
        var name = PathText.leaf(path)
        name.removeLast(5)
        let author = HostIdentity.userName
        let defaults: [String: String] = [
            "ModuleVersion": "'0.0.1'", "GUID": "'\(GuidValue.randomText())'", "Author": "'\(author)'", "CompanyName": "'Unknown'",
            "Copyright": "'(c) \(author). All rights reserved.'", "FunctionsToExport": "'*'", "CmdletsToExport": "'*'",
            "VariablesToExport": "'*'", "AliasesToExport": "'*'",
        ]
        var text = "#\n# Module manifest for module '\(name)'\n#\n# Generated by: \(author)\n#\n"
        text += "# Generated on: \(DateTimeValue.now().format("M/d/yyyy"))\n#\n\n@{\n\n"
        for field in Self.fields {
            let given = context.value(field.key == "GUID" ? "Guid" : field.key)
            let written = given.map { Self.literal($0, list: field.kind == .list) } ?? defaults[field.key]
            text += "# \(field.comment)\n" + (written.map { "\(field.key) = \($0)" } ?? "# \(field.key) = \(field.kind == .list ? "@()" : "''")") + "\n\n"
        }
        text += "# Private data to pass to the module specified in RootModule/ModuleToProcess. This may also contain a PSData hashtable with additional module metadata used by PowerShell.\n"
        text += "PrivateData = @{\n\n    PSData = @{\n\n"
        for (key, kind) in [("Tags", Kind.list), ("ProjectUri", .string), ("LicenseUri", .string)] {
            text += context.value(key).map { "        \(key) = \(Self.literal($0, list: kind == .list))\n\n" } ?? "        # \(key) = \(kind == .list ? "@()" : "''")\n\n"
        }
        text += "    } # End of PSData hashtable\n\n} # End of PrivateData hashtable\n\n}\n\n"
        if context.flag("PassThru") {
            try context.write(.string(text))
            return
        }
        guard try context.shouldProcess(path, action: "Create Module Manifest") else { return }
        guard FileSystem.write(text, to: path, append: false, encoding: .utf8NoBOM) else {
            throw context.terminatingError("Could not write the file '\(path)'.", id: "FileOpenFailure", category: .openError,
                                           exceptionType: "System.IO.IOException", target: .string(path))
        }
    }

    /// A value as the manifest writes it: a quoted string, or `'a', 'b'` for a list.
    private static func literal(_ value: Value, list: Bool) -> String {
        let items = value.enumeratedItems.map { "'" + Conversion.toString($0).replacing("'", with: "''") + "'" }
        if list && items.isEmpty { return "@()" }
        return items.joined(separator: ", ")
    }
}
