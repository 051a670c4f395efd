// ConvertTo-Json: collects its input and writes it as one JSON text; many
// piped objects become one array.

import ShoalRuntime

final class ConvertToJsonCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "ConvertTo-Json", synopsis: "Converts an object to a JSON-formatted string.",
        parameters: [
            ParameterDescriptor("InputObject", position: 0, mandatory: true, pipeline: true, help: "The objects to convert (piped)."),
            ParameterDescriptor("Depth", type: "int", help: "How many levels of nesting are written (2 by default)."),
            ParameterDescriptor("Compress", type: "switch", help: "Leaves out the indentation and line breaks."),
            ParameterDescriptor("EnumsAsStrings", type: "switch", help: "Writes enumeration values as their names."),
            ParameterDescriptor("AsArray", type: "switch", help: "Writes a JSON array even for one object."),
            ParameterDescriptor("EscapeHandling", type: "string", validateSet: ["Default", "EscapeNonAscii", "EscapeHtml"], help: "Which characters are escaped: Default, EscapeNonAscii or EscapeHtml."),
        ],
        description: "Converts objects to JSON text: properties become members, arrays become arrays; -Depth limits nesting (2 by default), -Compress leaves out the whitespace.",
        examples: [
            HelpExample("Serialize an object",
                        code: "@{ name = 'web1'; ports = 80, 443 } | ConvertTo-Json -Compress",
                        output: "{\"name\":\"web1\",\"ports\":[80,443]}\n"),
            HelpExample("Indented output",
                        code: "[pscustomobject]@{ id = 7; tags = @('a') } | ConvertTo-Json",
                        output: "{\n  \"id\": 7,\n  \"tags\": [\n    \"a\"\n  ]\n}\n"),
        ])
    var collected: [Value] = []

    func process(_ context: CmdletContext) throws {
        collected.append(context.value("InputObject") ?? .null)
    }

    func end(_ context: CmdletContext) throws {
        guard !collected.isEmpty else { return }
        let depth = context.integer("Depth") ?? 2
        guard (0...100).contains(depth) else {
            throw context.terminatingError(
                "Cannot validate argument on parameter 'Depth'. The \(depth) argument is \(depth < 0 ? "less than the minimum" : "greater than the maximum") allowed range of \(depth < 0 ? 0 : 100). Supply an argument that is \(depth < 0 ? "greater than or equal to 0" : "less than or equal to 100") and then try the command again.",
                id: "ParameterArgumentValidationError", category: .invalidData,
                exceptionType: "System.Management.Automation.ParameterBindingValidationException")
        }
        let escaping = JsonWriter.Escaping(rawValue: context.string("EscapeHandling")?.lowercased() ?? "default") ?? .normal
        var writer = JsonWriter(maximumDepth: depth, compress: context.flag("Compress"),
                                enumsAsStrings: context.flag("EnumsAsStrings"), escaping: escaping)
        let subject = collected.count == 1 && !context.flag("AsArray") ? collected[0] : .list(collected)
        let text = writer.serialize(subject)
        if writer.truncated {
            try context.writeWarning("Resulting JSON is truncated as serialization has exceeded the set depth of \(depth).")
        }
        try context.write(.string(text))
    }
}
