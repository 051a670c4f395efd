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
