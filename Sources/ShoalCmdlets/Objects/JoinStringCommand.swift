// Join-String: joins the pipeline's objects (or a property of each, or a
// script block's result) into one string, with a separator, quotes or a
// format string per item, and a prefix and suffix; as pwsh 7.4.

import ShoalRuntime

final class JoinStringCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Join-String", synopsis: "Combines objects from the pipeline into a single string.",
        parameters: [
            ParameterDescriptor("Property", position: 0),
            ParameterDescriptor("Separator", type: "string", position: 1),
            ParameterDescriptor("OutputPrefix", type: "string", aliases: ["op"]),
            ParameterDescriptor("OutputSuffix", type: "string", aliases: ["os"]),
            ParameterDescriptor("SingleQuote", type: "switch"),
            ParameterDescriptor("DoubleQuote", type: "switch"),
            ParameterDescriptor("FormatString", type: "string"),
            ParameterDescriptor("UseCulture", type: "switch"),
            ParameterDescriptor("InputObject", type: "psobject[]", pipeline: true),
        ],
        description: "Joins piped objects (or one property of them) into one string, with a separator, an optional format string, and quotes.",
        examples: [
            HelpExample("Join with a separator",
                        code: "'a', 'b', 'c' | Join-String -Separator ', '",
                        output: "a, b, c\n"),
            HelpExample("Join a property, quoted",
                        code: "[pscustomobject]@{ Name = 'web1' }, [pscustomobject]@{ Name = 'web2' } | Join-String Name -SingleQuote -Separator ' '",
                        output: "'web1' 'web2'\n"),
        ])

    private var property: PropertyExpression?
    private var separator = ""
    private var quote: String?
    private var format: String?
    private var text = ""
    private var isFirst = true

    func begin(_ context: CmdletContext) throws {
        if [context.flag("SingleQuote"), context.flag("DoubleQuote"), context.has("FormatString")].filter({ $0 }).count > 1 {
            throw context.ambiguousParameterSet()
        }
        if let value = context.value("Property") {
            property = try PropertyExpression.parse(value, keys: PropertyExpression.Keys.expressionOnly, context: context)
        }
        // Without -Separator, $OFS (which is not set unless a script sets it).
        separator = context.string("Separator") ?? context.runspace.variable("OFS").map(Conversion.toString) ?? ""
        quote = context.flag("SingleQuote") ? "'" : context.flag("DoubleQuote") ? "\"" : nil
        format = context.string("FormatString").flatMap { $0.isEmpty ? nil : $0 }
        text = context.string("OutputPrefix") ?? ""
    }

    func process(_ context: CmdletContext) throws {
        let items = context.hasPipelineInput ? [context.inputObject ?? .null] : (context.value("InputObject")?.enumeratedItems ?? [])
        for item in items where !item.isNull {
            let value = try property.map { try $0.value(for: item, context.runspace) } ?? item
            if !isFirst { text += separator }
            isFirst = false
            if let quote {
                text += quote + Conversion.toString(value) + quote
            } else if let format {
                text += try Operators.format(format, [value], at: nil)
            } else {
                text += Conversion.toString(value)
            }
        }
    }

    func end(_ context: CmdletContext) throws {
        try context.write(.string(text + (context.string("OutputSuffix") ?? "")))
    }
}
