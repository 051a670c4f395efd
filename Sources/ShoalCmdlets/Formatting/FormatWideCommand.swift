// Format-Wide: one value per object (the -Property, else a Name property,
// else the first property, else the object's string) in as many columns
// as -Column says, as fit (-AutoSize), or two.

import ShoalRuntime

public final class FormatWideCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Format-Wide", synopsis: "Formats objects as a wide table that displays only one property of each object.",
        parameters: [
            ParameterDescriptor("Property", position: 0, help: "The property to show (or a script block or hashtable that computes it); by default the Name property, or else the first one."),
            ParameterDescriptor("GroupBy", help: "A property, script block or hashtable whose value starts a new group, under a header line, each time it changes; sort the objects by it first."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to format (piped)."),
            ParameterDescriptor("Column", type: "int", help: "How many columns to use (two by default); the screen width is shared out among them."),
            ParameterDescriptor("AutoSize", type: "switch", help: "Fits as many columns as the widest value allows, instead of a fixed number."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility; shoal ignores it."),
            ParameterDescriptor("View", type: "string", help: "Accepted; shoal ignores it."),
        ],
        description: "Shows one property of each object (the name, by default) in columns across the screen; -Column sets how many, -AutoSize fits as many as the widest allows.",
        examples: [
            HelpExample("Names in columns",
                        code: "'alpha', 'beta', 'gamma', 'delta' | ForEach-Object { [pscustomobject]@{ Name = $_ } } | Format-Wide Name -Column 2",
                        output: "\nalpha                                                        beta\ngamma                                                        delta\n\n"),
            HelpExample("Strings in four columns",
                        code: "'nginx', 'redis', 'postgres', 'cron', 'sshd', 'rsyslog' | Format-Wide -Column 4",
                        output: "\nnginx                          redis                         postgres                      cron\nsshd                           rsyslog                                                     \n\n",
                        remarks: "Strings are shown as they are; for other objects, Format-Wide shows their Name."),
            HelpExample("A group per file type",
                        code: "@(\n    [pscustomobject]@{ Name = 'app.log'; Type = 'log' }\n    [pscustomobject]@{ Name = 'db.log'; Type = 'log' }\n    [pscustomobject]@{ Name = 'web.conf'; Type = 'conf' }\n) | Format-Wide Name -GroupBy Type -Column 3",
                        output: "\n   Type: log\n\napp.log                                  db.log                                  \n\n   Type: conf\n\nweb.conf                                                                         \n\n"),
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
        guard !FormatSequenceWriter.isScalar(object, registry: context.runspace.registry), let name = names.first(where: { $0.lowercased() == "name" }) ?? names.first else {
            return Conversion.toString(object)
        }
        return OutputFormatter.cellText(OutputFormatter.propertyValue(of: object, named: name) ?? .null)
    }
}
