// Import-Csv: a CSV file's rows as PSCustomObjects.

import ShoalRuntime

final class ImportCsvCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Import-Csv", synopsis: "Creates table-like custom objects from the items in a CSV file.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Delimiter", type: "char", position: 1, help: "The character between fields (a comma by default)."),
            ParameterDescriptor("Header", type: "string[]", help: "The column names to use, for a file without a header line; its first line is then read as data."),
            ParameterDescriptor("UseCulture", type: "switch", help: "Uses the current culture's list separator as the delimiter; in shoal that is a comma."),
            ParameterDescriptor("Encoding", type: "string", help: "The file's text encoding (UTF-8 by default)."),
        ],
        description: "Reads a CSV file (or several) as objects whose properties are the header's columns; -Header names them when the file has none, -Delimiter changes the comma.",
        examples: [
            HelpExample("Read a semicolon-separated file",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'name;size', 'a;10', 'b;20'\nImport-Csv $file -Delimiter ';' | ForEach-Object { [int]$_.size * 2 }\nRemove-Item $file",
                        output: "20\n40\n"),
            HelpExample("Name the columns of a file that has no header",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-importcsv-2'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'hosts.csv'\nSet-Content $file 'web1,10.0.0.11,eu', 'web2,10.0.0.12,eu', 'db1,10.1.0.5,us'\nImport-Csv $file -Header Name, Address, Region | Where-Object Region -eq 'eu'\nRemove-Item -Recurse $dir",
                        output: "\nName Address   Region\n---- -------   ------\nweb1 10.0.0.11 eu\nweb2 10.0.0.12 eu\n\n"),
            HelpExample("Filter and sort on numbers read from a file",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-importcsv-3'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'disks.csv'\nSet-Content $file 'Host,Mount,UsedPct', 'web1,/,45', 'web1,/var,91', 'db1,/data,83', 'db1,/,9'\nImport-Csv $file | Where-Object { [int]$_.UsedPct -ge 80 } | Sort-Object { [int]$_.UsedPct } -Descending\nRemove-Item -Recurse $dir",
                        output: "\nHost Mount UsedPct\n---- ----- -------\nweb1 /var  91\ndb1  /data 83\n\n",
                        remarks: "Every field is read as a string; cast it to compare numbers, or '9' would sort after '83'."),
        ])

    func process(_ context: CmdletContext) throws {
        let reader = CsvReader(delimiter: CsvWriter.delimiter(context))
        let header = context.value("Header")?.enumeratedItems.map(Conversion.toString)
        let written = (context.value("LiteralPath") ?? context.value("Path"))?.enumeratedItems.map(Conversion.toString) ?? []
        let encoding = try TextEncoding.parameter(context)
        for path in written.map(context.runspace.resolvePath) {
            guard let text = DataFiles.read(path, encoding: encoding) else {
                throw context.terminatingError("Could not find file '\(path)'.", id: "FileOpenFailure", category: .openError,
                                               exceptionType: "System.IO.FileNotFoundException", target: .string(path))
            }
            do {
                for object in try reader.objects(text, header: header) { try context.write(object) }
            } catch let error as CsvReader.DuplicateHeaderError {
                throw CsvReader.duplicateHeaderError(error.name, context)
            }
        }
    }
}
