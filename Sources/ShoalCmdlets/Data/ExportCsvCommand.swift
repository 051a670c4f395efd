// Export-Csv: writes objects to a CSV file; with -Append the file's
// existing header decides the columns.

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
        ] + CsvWriter.parameters)
    var writer: CsvWriter?
    var path = ""
    var text = ""
    var encoding = TextEncoding.utf8NoBOM

    func begin(_ context: CmdletContext) throws {
        guard let written = context.string("LiteralPath") ?? context.string("Path") else {
            throw context.terminatingError("Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.",
                                           id: "CannotSpecifyPathAndLiteralPath", category: .invalidData,
                                           exceptionType: "System.InvalidOperationException")
        }
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
            if let header = records.first { writer.columns = header }
        }
        self.writer = writer
    }

    func process(_ context: CmdletContext) throws {
        guard let value = context.value("InputObject") else { return }
        for line in writer?.lines(for: value) ?? [] { text += line + "\n" }
    }

    func end(_ context: CmdletContext) throws {
        guard DataFiles.write(text, to: path, append: context.flag("Append"), encoding: encoding) else {
            throw context.terminatingError("Could not find a part of the path '\(path)'.", id: "FileOpenFailure",
                                           category: .openError, exceptionType: "System.IO.DirectoryNotFoundException",
                                           target: .string(path))
        }
    }
}
