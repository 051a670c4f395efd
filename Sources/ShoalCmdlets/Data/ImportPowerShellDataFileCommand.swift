// Import-PowerShellDataFile: the hashtable of a .psd1 file, read without
// running anything (PowerShellDataFile's restricted reading).

import ShoalRuntime

final class ImportPowerShellDataFileCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Import-PowerShellDataFile", synopsis: "Imports values from a .psd1 file without invoking its contents.",
        parameters: [
            ParameterDescriptor("Path", type: "string[]", position: 0, help: "The files to read; wildcards are allowed."),
            ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"],
                                help: "The files to read, without wildcards."),
        ],
        parameterSets: [
            ParameterSetDescriptor("ByPath", ["Path"], mandatory: ["Path"]),
            ParameterSetDescriptor("ByLiteralPath", ["LiteralPath"], mandatory: ["LiteralPath"]),
        ], defaultParameterSet: "ByPath",
        description: "Reads a .psd1 data file as a hashtable without running anything in it.",
        examples: [
            HelpExample("Read settings",
                        code: "$file = Join-Path ([System.IO.Path]::GetTempPath()) \"settings-$PID.psd1\"\nSet-Content $file \"@{ Port = 8080; Hosts = 'a', 'b' }\"\n$settings = Import-PowerShellDataFile $file\n$settings.Port\n$settings.Hosts.Count\nRemove-Item $file",
                        output: "8080\n2\n"),
            HelpExample("Read fields of a module manifest",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-importpowershelldatafile-2'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'Tools.psd1'\nSet-Content $file \"@{\n    ModuleVersion = '2.1.0'\n    FunctionsToExport = @('Get-Thing', 'Set-Thing')\n    PrivateData = @{ PSData = @{ Tags = 'ops', 'linux' } }\n}\"\n$manifest = Import-PowerShellDataFile $file\n$manifest.ModuleVersion\n$manifest.FunctionsToExport -join ', '\n$manifest.PrivateData.PSData.Tags -join ', '\nRemove-Item -Recurse $dir",
                        output: "2.1.0\nGet-Thing, Set-Thing\nops, linux\n"),
            HelpExample("Layer environment settings over defaults",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-importpowershelldatafile-3'\nNew-Item -ItemType Directory -Force $dir | Out-Null\nSet-Content (Join-Path $dir 'base.psd1') \"@{ Port = 8080; LogLevel = 'info'; Replicas = 1 }\"\nSet-Content (Join-Path $dir 'prod.psd1') \"@{ LogLevel = 'warn'; Replicas = 3 }\"\n$settings = Import-PowerShellDataFile (Join-Path $dir 'base.psd1')\n$override = Import-PowerShellDataFile (Join-Path $dir 'prod.psd1')\nforeach ($key in $override.Keys) { $settings[$key] = $override[$key] }\n$settings.GetEnumerator() | Sort-Object Name | ForEach-Object { \"$($_.Name) = $($_.Value)\" }\nRemove-Item -Recurse $dir",
                        output: "LogLevel = warn\nPort = 8080\nReplicas = 3\n"),
        ])

    func process(_ context: CmdletContext) throws {
        for path in try PathResolver(context: context).existingPaths() {
            guard let text = FileSystem.readText(path) else {
                try context.writeError(FileErrors.pathNotFound(path))
                continue
            }
            do {
                try context.write(.hashtable(try PowerShellDataFile.read(text, path: path)))
            } catch let error as ScriptError {
                try context.writeError(ErrorRecord(error.record.message, exceptionType: "System.InvalidOperationException",
                                                   errorId: "CouldNotParseAsPowerShellDataFile", category: .invalidData,
                                                   target: .string(path), span: error.record.span))
            }
        }
    }
}
