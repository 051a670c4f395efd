// Export-Csv: writes objects to a CSV file; with -Append the file's
// existing header decides the columns, and an object without a property
// for one of them is an error unless -Force (which leaves the field empty).

import ShoalRuntime

final class ExportCsvCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Export-Csv", synopsis: "Converts objects into a series of CSV strings and saves the strings to a file.",
        parameters: [
            ParameterDescriptor("Path", type: "string", position: 0),
            ParameterDescriptor("LiteralPath", type: "string", aliases: ["PSPath", "LP"]),
            ParameterDescriptor("InputObject", mandatory: true, pipeline: true),
            ParameterDescriptor("Append", type: "switch"),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("NoClobber", type: "switch", aliases: ["NoOverwrite"]),
            ParameterDescriptor("Encoding", type: "string"),
        ] + CsvWriter.parameters,
        confirmImpact: .medium,
        description: "Writes objects to a CSV file: a header of property names, then a line per object; -Append adds to an existing file, -NoTypeInformation is the default.",
        examples: [
            HelpExample("Save and load a table",
                        code: "$file = New-TemporaryFile\n[pscustomobject]@{ Host = 'web1'; Port = 80 } | Export-Csv $file\nGet-Content $file\n(Import-Csv $file).Host\nRemove-Item $file",
                        output: "\"Host\",\"Port\"\n\"web1\",\"80\"\nweb1\n"),
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
