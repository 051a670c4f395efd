// Join-String: joins the pipeline's objects (or a property of each, or a
// script block's result) into one string, with a separator, quotes or a
// format string per item, and a prefix and suffix; as pwsh 7.4.

import ShoalRuntime

final class JoinStringCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Join-String", synopsis: "Combines objects from the pipeline into a single string.",
        parameters: [
            ParameterDescriptor("Property", position: 0, help: "The property (or script block) whose value is joined, instead of each whole object."),
            ParameterDescriptor("Separator", type: "string", position: 1, help: "The text put between the values ($OFS, or nothing, when not given)."),
            ParameterDescriptor("OutputPrefix", type: "string", aliases: ["op"], help: "Text put before the joined values."),
            ParameterDescriptor("OutputSuffix", type: "string", aliases: ["os"], help: "Text put after the joined values."),
            ParameterDescriptor("SingleQuote", type: "switch", help: "Wraps each value in single quotes."),
            ParameterDescriptor("DoubleQuote", type: "switch", help: "Wraps each value in double quotes."),
            ParameterDescriptor("FormatString", type: "string", help: "A format string, such as '{0:N2}' or 'host-{0}', applied to each value."),
            ParameterDescriptor("UseCulture", type: "switch", help: "Accepted; shoal ignores it."),
            ParameterDescriptor("InputObject", type: "psobject[]", pipeline: true, help: "The objects to join (piped); $null values are skipped."),
        ],
        description: "Joins piped objects (or one property of them) into one string, with a separator, an optional format string, and quotes.",
        examples: [
            HelpExample("Join with a separator",
                        code: "'a', 'b', 'c' | Join-String -Separator ', '",
                        output: "a, b, c\n"),
            HelpExample("Join a property, quoted",
                        code: "[pscustomobject]@{ Name = 'web1' }, [pscustomobject]@{ Name = 'web2' } | Join-String Name -SingleQuote -Separator ' '",
                        output: "'web1' 'web2'\n"),
            HelpExample("Build a config line with a format, a prefix and a suffix",
                        code: "1..3 | Join-String -FormatString 'node{0:00}.internal' -Separator ',' -OutputPrefix 'hosts=[' -OutputSuffix ']'",
                        output: "hosts=[node01.internal,node02.internal,node03.internal]\n"),
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
