// Export-Clixml: writes objects to a file in CLIXML, PowerShell's
// serialization format, which Import-Clixml (and pwsh's) reads back.
// Objects are serialized -Depth levels deep (2 by default), as the job
// engine copies them; deeper values are written as their strings.

import ShoalRuntime

final class ExportClixmlCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Export-Clixml", synopsis: "Creates an XML-based representation of an object or objects and stores it in a file.",
        parameters: [
            ParameterDescriptor("Path", type: "string", position: 0, help: "The file to write."),
            ParameterDescriptor("LiteralPath", type: "string", aliases: ["PSPath", "LP"], help: "The file to write, without wildcards."),
            ParameterDescriptor("InputObject", mandatory: true, pipeline: true, help: "The objects to serialize."),
            ParameterDescriptor("Depth", type: "int", help: "How many levels of contained objects are serialized (2 by default)."),
            ParameterDescriptor("Force", type: "switch", help: "Overwrites a read-only file."),
            ParameterDescriptor("NoClobber", type: "switch", aliases: ["NoOverwrite"], help: "Refuses to overwrite an existing file."),
            ParameterDescriptor("Encoding", type: "string", help: "The file's text encoding (UTF-8 without a byte order mark by default)."),
        ],
        parameterSets: [
            ParameterSetDescriptor("ByPath", ["Path", "InputObject", "Depth", "Force", "NoClobber", "Encoding"], mandatory: ["Path", "InputObject"]),
            ParameterSetDescriptor("ByLiteralPath", ["LiteralPath", "InputObject", "Depth", "Force", "NoClobber", "Encoding"],
                                   mandatory: ["LiteralPath", "InputObject"]),
        ], defaultParameterSet: "ByPath",
        confirmImpact: .medium,
        description: "Serializes the piped objects into one CLIXML document: numbers, strings, dates and time spans keep their types, arrays and hashtables stay arrays and hashtables, other objects become property bags that Import-Clixml returns with Deserialized. type names.",
        examples: [
            HelpExample("Save objects and read them back",
                        code: "$file = New-TemporaryFile\n@{ Name = 'web1'; Ports = 80, 443 } | Export-Clixml $file\n$copy = Import-Clixml $file\n$copy.Ports -join ','\nRemove-Item $file",
                        output: "80,443\n"),
            HelpExample("Limit how deep nested objects are saved",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-exportclixml-2'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'inventory.xml'\n[pscustomobject]@{ Host = 'web1'; Disk = [pscustomobject]@{ Mount = '/'; SizeGB = 50 } } | Export-Clixml $file -Depth 1\n$back = Import-Clixml $file\n$back.Disk.GetType().Name\n$back.Disk\nRemove-Item -Recurse $dir",
                        output: "String\n@{Mount=/; SizeGB=50}\n",
                        remarks: "Below -Depth, an object is saved as its string form."),
            HelpExample("Keep an earlier export with -NoClobber",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-exportclixml-3'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'baseline.xml'\n@{ Version = 1 } | Export-Clixml $file\ntry { @{ Version = 2 } | Export-Clixml $file -NoClobber -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }\n(Import-Clixml $file).Version\nRemove-Item -Recurse $dir",
                        output: "NoClobber,Microsoft.PowerShell.Commands.ExportClixmlCommand\n1\n"),
        ])

    private var values: [Value] = []
    private var path: String?
    private var encoding = TextEncoding.utf8NoBOM

    func begin(_ context: CmdletContext) throws {
        let written = context.string("LiteralPath") ?? context.string("Path") ?? ""
        guard try context.shouldProcess(written, action: "Export-Clixml") else { return }
        let resolved = PathResolver(context: context).absolute(written)
        if context.flag("NoClobber"), FileSystem.exists(resolved) {
            throw context.terminatingError("The file '\(resolved)' already exists.", id: "NoClobber", category: .resourceExists,
                                           exceptionType: "System.IO.IOException", target: .string(resolved))
        }
        encoding = try TextEncoding.parameter(context)
        path = resolved
    }

    func process(_ context: CmdletContext) throws {
        guard path != nil, let value = context.value("InputObject") else { return }
        values.append(value)
    }

    func end(_ context: CmdletContext) throws {
        guard let path else { return }
        let depth = try context.integer("Depth", minimum: 1) ?? 2
        guard FileSystem.write(CliXml.serialize(values, depth: depth), to: path, append: false, encoding: encoding) else {
            throw context.terminatingError("Could not write the file '\(path)'.", id: "FileOpenFailure", category: .openError,
                                           exceptionType: "System.IO.IOException", target: .string(path))
        }
    }
}
