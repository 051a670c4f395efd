// Import-Clixml: reads the objects of a CLIXML file (Export-Clixml's, or
// pwsh's): primitives with their types, arrays, hashtables, and property
// bags with Deserialized. type names for other objects.

import ShoalRuntime

final class ImportClixmlCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Import-Clixml", synopsis: "Imports a CLIXML file and creates corresponding objects in PowerShell.",
        parameters: [
            ParameterDescriptor("Path", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The files to read; wildcards are allowed."),
            ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"],
                                help: "The files to read, without wildcards."),
            ParameterDescriptor("First", type: "long", help: "Reads only this many objects."),
            ParameterDescriptor("Skip", type: "long", help: "Skips this many objects first."),
        ],
        parameterSets: [
            ParameterSetDescriptor("ByPath", ["Path", "First", "Skip"], mandatory: ["Path"]),
            ParameterSetDescriptor("ByLiteralPath", ["LiteralPath", "First", "Skip"], mandatory: ["LiteralPath"]),
        ], defaultParameterSet: "ByPath",
        description: "Reads each file's <Objs> document and writes its objects in order. A file that is not CLIXML is an error naming the line and column where reading stopped.",
        examples: [
            HelpExample("Types survive the round trip",
                        code: "$file = New-TemporaryFile\n[pscustomobject]@{ When = [datetime]'2024-05-01'; Count = 3 } | Export-Clixml $file\n$back = Import-Clixml $file\n$back.When.GetType().Name, $back.Count.GetType().Name, $back.PSObject.TypeNames[0]\nRemove-Item $file",
                        output: "DateTime\nInt32\nDeserialized.System.Management.Automation.PSCustomObject\n"),
            HelpExample("Read part of a saved set with -Skip and -First",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-importclixml-2'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'builds.xml'\n1..10 | ForEach-Object { [pscustomobject]@{ Build = $_; Passed = $_ % 3 -ne 0 } } | Export-Clixml $file\nImport-Clixml $file -Skip 2 -First 3\nRemove-Item -Recurse $dir",
                        output: "\nBuild Passed\n----- ------\n    3 False\n    4 True\n    5 True\n\n"),
            HelpExample("Cache slow results between runs",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-importclixml-3'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$cache = Join-Path $dir 'inventory.xml'\nforeach ($run in 1, 2) {\n    if (Test-Path $cache) {\n        $inventory = Import-Clixml $cache\n        $source = 'the cache'\n    } else {\n        $inventory = [pscustomobject]@{ Host = 'web1'; Cores = 8 }, [pscustomobject]@{ Host = 'db1'; Cores = 16 }\n        $inventory | Export-Clixml $cache\n        $source = 'a fresh query'\n    }\n    \"Run ${run}: $($inventory.Count) hosts from $source\"\n}\nRemove-Item -Recurse $dir",
                        output: "Run 1: 2 hosts from a fresh query\nRun 2: 2 hosts from the cache\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let skip = try context.integer("Skip", minimum: 0) ?? 0
        let first = try context.integer("First", minimum: 0)
        for path in try PathResolver(context: context).existingPaths() {
            guard let text = FileSystem.readText(path) else {
                try context.writeError(FileErrors.pathNotFound(path))
                continue
            }
            let values: [Value]
            do {
                values = try CliXml.deserialize(text)
            } catch {
                try context.writeError(ErrorRecord("Cannot read '\(path)' as CLIXML: \(error.description)",
                                                   exceptionType: "System.Xml.XmlException", errorId: "System.Xml.XmlException",
                                                   category: .notSpecified, target: .string(path)))
                continue
            }
            var selected = values.dropFirst(skip)
            if let first { selected = selected.prefix(first) }
            for value in selected { try context.write(value) }
        }
    }
}
