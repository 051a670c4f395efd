// Export-Csv: writes objects to a CSV file; with -Append the file's
// existing header decides the columns, and an object without a property
// for one of them is an error unless -Force (which leaves the field empty).

import ShoalRuntime

final class ExportCsvCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Export-Csv", synopsis: "Converts objects into a series of CSV strings and saves the strings to a file.",
        parameters: [
            ParameterDescriptor("Path", type: "string", position: 0, help: "The CSV file to write; an existing file is replaced unless -Append or -NoClobber is given."),
            ParameterDescriptor("LiteralPath", type: "string", aliases: ["PSPath", "LP"], help: "The CSV file to write, taken as written (no wildcards)."),
            ParameterDescriptor("InputObject", mandatory: true, pipeline: true, help: "The objects to write (piped); the first object's properties are the columns."),
            ParameterDescriptor("Append", type: "switch", help: "Adds rows to the end of an existing file, under its header, instead of replacing it."),
            ParameterDescriptor("Force", type: "switch", help: "With -Append, writes objects that lack some of the file's columns (their fields stay empty) instead of failing."),
            ParameterDescriptor("NoClobber", type: "switch", aliases: ["NoOverwrite"], help: "Fails instead of replacing an existing file."),
            ParameterDescriptor("Encoding", type: "string", help: "The file's text encoding (UTF-8 without a byte order mark by default)."),
        ] + CsvWriter.parameters,
        confirmImpact: .medium,
        description: "Writes objects to a CSV file: a header of property names, then a line per object; -Append adds to an existing file, -NoTypeInformation is the default.",
        examples: [
            HelpExample("Save and load a table",
                        code: "$file = New-TemporaryFile\n[pscustomobject]@{ Host = 'web1'; Port = 80 } | Export-Csv $file\nGet-Content $file\n(Import-Csv $file).Host\nRemove-Item $file",
                        output: "\"Host\",\"Port\"\n\"web1\",\"80\"\nweb1\n"),
            HelpExample("Add rows to a file with -Append",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-exportcsv-2'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'checks.csv'\n[pscustomobject]@{ Host = 'web1'; Status = 'up' } | Export-Csv $file\n[pscustomobject]@{ Host = 'web2'; Status = 'down' } | Export-Csv $file -Append\nGet-Content $file\nRemove-Item -Recurse $dir",
                        output: "\"Host\",\"Status\"\n\"web1\",\"up\"\n\"web2\",\"down\"\n",
                        remarks: "The header is written once; appended objects fill the columns the file already has."),
            HelpExample("Chosen columns, semicolon-separated, quoted only where needed",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-exportcsv-3'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'services.csv'\n@(\n    [pscustomobject]@{ Name = 'nginx'; Workers = 4; Owner = 'www'; Ports = '80;443' }\n    [pscustomobject]@{ Name = 'redis'; Workers = 1; Owner = 'redis'; Ports = '6379' }\n) | Select-Object Name, Workers, Ports | Export-Csv $file -Delimiter ';' -UseQuotes AsNeeded\nGet-Content $file\nRemove-Item -Recurse $dir",
                        output: "Name;Workers;Ports\nnginx;4;\"80;443\"\nredis;1;6379\n"),
        ])
    var writer: CsvWriter?
    var path = ""
    var text = ""
    var encoding = TextEncoding.utf8NoBOM
    /// The existing file's columns when appending, which every object must have (without -Force).
    var appendedColumns: [String]?

    func begin(_ context: CmdletContext) throws {
        guard let written = context.string("LiteralPath") ?? context.string("Path") else {
            throw context.terminatingError("Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.",
                                           id: "CannotSpecifyPathAndLiteralPath", category: .invalidData,
                                           exceptionType: "System.InvalidOperationException")
        }
        // pwsh asks once, with the path as written; declined, nothing is written.
        guard try context.shouldProcess(written, action: "Export-Csv") else { return }
        path = context.runspace.resolvePath(written)
        if context.flag("NoClobber"), !context.flag("Append"), DataFiles.exists(path) {
            throw context.terminatingError("The file '\(path)' already exists.", id: "NoClobber",
                                           category: .resourceExists, exceptionType: "System.IO.IOException", target: .string(path))
        }
        var writer = try CsvWriter(context: context)
        // Appending to a file that has a header: keep its columns and do not repeat it.
        encoding = try TextEncoding.parameter(context)
        if context.flag("Append"), let existing = DataFiles.read(path, encoding: encoding), !existing.isEmpty {
            let delimiter = CsvWriter.delimiter(context)
            let records = CsvReader(delimiter: delimiter).records(existing).filter { !($0.first?.hasPrefix("#") ?? false) }
            if let header = records.first {
                writer.columns = header
                appendedColumns = header
            }
        }
        self.writer = writer
    }

    func process(_ context: CmdletContext) throws {
        guard writer != nil, let value = context.value("InputObject") else { return }
        if let columns = appendedColumns, !context.flag("Force") {
            let names = Set((ObjectProperties.of(value) ?? []).map { $0.name.lowercased() })
            if let missing = columns.first(where: { !names.contains($0.lowercased()) }) {
                throw context.terminatingError(
                    "Cannot append CSV content to the following file: \(path). The appended object does not have a property that corresponds to the following column: \(missing). To continue with mismatched properties, add the -Force parameter, and then retry the command.",
                    id: "CannotAppendCsvWithMismatchedPropertyNames", category: .invalidData,
                    exceptionType: "System.InvalidOperationException", target: .string(missing))
            }
        }
        for line in writer?.lines(for: value) ?? [] { text += line + "\n" }
    }

    func end(_ context: CmdletContext) throws {
        guard writer != nil else { return }
        guard DataFiles.write(text, to: path, append: context.flag("Append"), encoding: encoding) else {
            throw context.terminatingError("Could not find a part of the path '\(path)'.", id: "FileOpenFailure",
                                           category: .openError, exceptionType: "System.IO.DirectoryNotFoundException",
                                           target: .string(path))
        }
    }
}
