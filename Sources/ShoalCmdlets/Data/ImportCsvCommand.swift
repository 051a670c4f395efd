// Import-Csv: a CSV file's rows as PSCustomObjects.

import ShoalRuntime

final class ImportCsvCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Import-Csv", synopsis: "Creates table-like custom objects from the items in a CSV file.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Delimiter", type: "char", position: 1),
            ParameterDescriptor("Header", type: "string[]"),
            ParameterDescriptor("UseCulture", type: "switch"),
            ParameterDescriptor("Encoding", type: "string"),
        ],
        description: "Reads a CSV file (or several) as objects whose properties are the header's columns; -Header names them when the file has none, -Delimiter changes the comma.",
        examples: [
            HelpExample("Read a semicolon-separated file",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'name;size', 'a;10', 'b;20'\nImport-Csv $file -Delimiter ';' | ForEach-Object { [int]$_.size * 2 }\nRemove-Item $file",
                        output: "20\n40\n"),
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
