// Format-Wide: one value per object (the -Property, else a Name property,
// else the first property, else the object's string) in as many columns
// as -Column says, as fit (-AutoSize), or two.

import ShoalRuntime

public final class FormatWideCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Format-Wide", synopsis: "Formats objects as a wide table that displays only one property of each object.",
        parameters: [
            ParameterDescriptor("Property", position: 0),
            ParameterDescriptor("GroupBy"),
            ParameterDescriptor("InputObject", pipeline: true),
            ParameterDescriptor("Column", type: "int"),
            ParameterDescriptor("AutoSize", type: "switch"),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("View", type: "string"),
        ],
        description: "Shows one property of each object (the name, by default) in columns across the screen; -Column sets how many, -AutoSize fits as many as the widest allows.",
        examples: [
            HelpExample("Names in columns",
                        code: "'alpha', 'beta', 'gamma', 'delta' | ForEach-Object { [pscustomobject]@{ Name = $_ } } | Format-Wide Name -Column 2",
                        output: "\nalpha                                                        beta\ngamma                                                        delta\n\n"),
        ])

    private var writer: FormatSequenceWriter?
    private var property: FormatPropertySpec?
    public init() {}

    public func begin(_ context: CmdletContext) throws {
        property = try context.value("Property").map { try FormatPropertySpec.parse($0, context: context) }
        let groupBy = try context.value("GroupBy").map { try FormatPropertySpec.parse($0, context: context) }
        writer = FormatSequenceWriter(groupBy: groupBy)
        if let column = context.value("Column"), Int(Conversion.toString(column)) ?? 0 < 1 {
            throw context.terminatingError("Cannot validate argument on parameter 'Column'. The \(Conversion.toString(column)) argument is less than the minimum allowed range of 1.",
                                           id: "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.FormatWideCommand",
                                           category: .invalidData)
        }
    }

    public func process(_ context: CmdletContext) throws {
        guard let writer else { return }
        let columns = context.value("Column").flatMap { Int(Conversion.toString($0)) } ?? 0
        for object in FormatSequenceWriter.inputs(context) where !object.isNull {
            try writer.write(object, context: context, shape: { .wide(columns: columns, autoSize: context.flag("AutoSize")) },
                             entries: { [.wide(try text(for: object, context))] })
        }
    }

    public func end(_ context: CmdletContext) throws { try writer?.finish(context: context) }

    private func text(for object: Value, _ context: CmdletContext) throws -> String {
        if let property { return try property.text(for: object, runspace: context.runspace) }
        let names = OutputFormatter.propertyNames(of: object)
        guard !FormatSequenceWriter.isScalar(object), let name = names.first(where: { $0.lowercased() == "name" }) ?? names.first else {
            return Conversion.toString(object)
        }
        return OutputFormatter.cellText(OutputFormatter.propertyValue(of: object, named: name) ?? .null)
    }
}
