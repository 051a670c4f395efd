// ConvertFrom-Csv: CSV lines (piped or given) as PSCustomObjects.

import ShoalRuntime

final class ConvertFromCsvCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "ConvertFrom-Csv", synopsis: "Converts object properties in CSV format into CSV versions of the original objects.",
        parameters: [
            ParameterDescriptor("InputObject", type: "string[]", position: 0, mandatory: true, pipeline: true),
            ParameterDescriptor("Delimiter", type: "char", position: 1),
            ParameterDescriptor("Header", type: "string[]"),
            ParameterDescriptor("UseCulture", type: "switch"),
        ],
        description: "Converts comma-separated lines to objects, with the first line (or -Header) naming the properties.",
        examples: [
            HelpExample("CSV text to objects",
                        code: "'Host,Port', 'web1,80', 'db1,5432' | ConvertFrom-Csv | ForEach-Object { \"$($_.Host):$($_.Port)\" }",
                        output: "web1:80\ndb1:5432\n"),
        ])
    var lines: [String] = []

    func process(_ context: CmdletContext) throws {
        lines += context.value("InputObject")?.enumeratedItems.map(Conversion.toString) ?? []
    }

    func end(_ context: CmdletContext) throws {
        let reader = CsvReader(delimiter: CsvWriter.delimiter(context))
        let header = context.value("Header")?.enumeratedItems.map(Conversion.toString)
        do {
            for object in try reader.objects(lines.joined(separator: "\n"), header: header) { try context.write(object) }
        } catch let error as CsvReader.DuplicateHeaderError {
            throw CsvReader.duplicateHeaderError(error.name, context)
        }
    }
}
