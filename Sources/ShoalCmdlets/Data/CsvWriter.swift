// Writes objects as CSV lines the way PowerShell 7's ExportCsvHelper does:
// the first object's properties name the columns, every field is quoted
// (unless -UseQuotes/-QuoteFields say otherwise), `"` is doubled, and a
// missing or null value is an empty, unquoted field. Shared by
// ConvertTo-Csv and Export-Csv.

import ShoalRuntime

struct CsvWriter {
    enum Quoting: String { case always = "always", asNeeded = "asneeded", never = "never" }

    static let parameters: [ParameterDescriptor] = [
        ParameterDescriptor("Delimiter", type: "char", position: 1, help: "The character between fields (a comma by default)."),
        ParameterDescriptor("UseCulture", type: "switch", help: "Uses the current culture's list separator as the delimiter; in shoal that is a comma."),
        ParameterDescriptor("IncludeTypeInformation", type: "switch", aliases: ["ITI"], help: "Starts with a #TYPE line naming the first object's type."),
        ParameterDescriptor("NoTypeInformation", type: "switch", aliases: ["NTI"], help: "Leaves out the #TYPE line, which is already the default."),
        ParameterDescriptor("QuoteFields", type: "string[]", aliases: ["QF"], help: "Quotes only the fields of these columns (by name) and writes the others bare."),
        ParameterDescriptor("UseQuotes", type: "string", aliases: ["UQ"], validateSet: ["Never", "Always", "AsNeeded"], help: "When fields are quoted: Always (the default), AsNeeded (only fields holding the delimiter, a quote or a line break) or Never."),
        ParameterDescriptor("NoHeader", type: "switch", help: "Leaves out the header line of column names."),
    ]

    let delimiter: Character
    let quoting: Quoting
    let quoteFields: Set<String>?
    let includeTypeInformation: Bool
    let includeHeader: Bool
    /// The columns, fixed by the first object (or an existing file's header).
    var columns: [String]?

    /// Fails, as pwsh's BeginProcessing does, on parameters that exclude each other.
    init(context: CmdletContext) throws {
        for (first, second) in [("QuoteFields", "UseQuotes"), ("IncludeTypeInformation", "NoTypeInformation")]
        where context.has(first) && context.has(second) {
            throw context.terminatingError("You must specify either the -\(second == "UseQuotes" ? second : first) or -\(second == "UseQuotes" ? first : second) parameters, but not both.",
                                           id: "CannotSpecify\(first)And\(second)", category: .invalidData,
                                           exceptionType: "System.InvalidOperationException")
        }
        delimiter = CsvWriter.delimiter(context)
        quoting = Quoting(rawValue: context.string("UseQuotes")?.lowercased() ?? "always") ?? .always
        quoteFields = context.value("QuoteFields").map { Set($0.enumeratedItems.map { Conversion.toString($0).lowercased() }) }
        includeTypeInformation = context.flag("IncludeTypeInformation") && !context.flag("NoTypeInformation")
        includeHeader = !context.flag("NoHeader")
    }

    /// -Delimiter, or a comma (`;`-free cultures are all shoal knows for -UseCulture).
    static func delimiter(_ context: CmdletContext) -> Character {
        context.string("Delimiter")?.first ?? ","
    }

    /// The lines for one object: the type line and header first, then its row.
    mutating func lines(for value: Value) -> [String] {
        var lines: [String] = []
        if columns == nil {
            columns = ObjectProperties.of(value)?.map(\.name) ?? []
            if includeTypeInformation { lines.append("#TYPE " + Conversion.fullTypeName(of: value)) }
            if includeHeader { lines.append(row(columns ?? [], names: columns ?? [])) }
        }
        let names = columns ?? []
        lines.append(row(names.map { name in ObjectProperties.value(of: value, named: name).flatMap(CsvWriter.fieldText) }, names: names))
        return lines
    }

    /// A property value as .NET's ToString() gives it; nil for null.
    static func fieldText(_ value: Value) -> String? {
        switch value {
        case .null: return nil
        case .array: return "System.Object[]"
        default: return Conversion.toString(value)
        }
    }

    func row(_ fields: [String?], names: [String]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(delimiter) }
            guard let field else { continue }
            line += shouldQuote(field, column: names[index]) ? CsvWriter.quoted(field) : field
        }
        return line
    }

    func shouldQuote(_ field: String, column: String) -> Bool {
        if let quoteFields { return quoteFields.contains(column.lowercased()) }
        switch quoting {
        case .always: return true
        case .never: return false
        case .asNeeded: return field.contains(delimiter) || field.contains("\n") || field.contains("\"")
        }
    }

    static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
