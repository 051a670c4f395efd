// ConvertFrom-Json: parses JSON text into PSCustomObjects (or hashtables).
// Piped lines are taken as one document unless the first line is a whole
// document by itself, as PowerShell decides.

import ShoalRuntime

final class ConvertFromJsonCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "ConvertFrom-Json", synopsis: "Converts a JSON-formatted string to a custom object or a hash table.",
        parameters: [
            ParameterDescriptor("InputObject", type: "string", position: 0, mandatory: true, pipeline: true, help: "The JSON text (piped); lines piped one by one are joined into one document unless each is a document of its own."),
            ParameterDescriptor("AsHashtable", type: "switch", help: "Returns ordered hashtables instead of custom objects, so keys can be added and removed."),
            ParameterDescriptor("Depth", type: "int", help: "How deeply objects and arrays may nest before the conversion fails (1024 by default)."),
            ParameterDescriptor("NoEnumerate", type: "switch", help: "Writes a top-level JSON array as one array object instead of one object per element."),
            ParameterDescriptor("DateKind", type: "string", help: "Accepted; shoal ignores it and reads ISO 8601 date strings as DateTime values."),
        ],
        description: "Converts JSON text to objects (or, with -AsHashtable, to hashtables): members become properties, arrays become arrays.",
        examples: [
            HelpExample("Read a property from JSON",
                        code: "('{\"name\": \"web1\", \"ports\": [80, 443]}' | ConvertFrom-Json).ports",
                        output: "80\n443\n"),
            HelpExample("A JSON array becomes objects",
                        code: "'[{\"n\": 1}, {\"n\": 2}]' | ConvertFrom-Json | ForEach-Object n",
                        output: "1\n2\n"),
            HelpExample("Change a JSON config and write it back",
                        code: "$config = '{\"port\": 8080, \"features\": {\"cache\": false}}' | ConvertFrom-Json -AsHashtable\n$config.features.cache = $true\n$config.timeout = 30\n$config | ConvertTo-Json -Compress",
                        output: "{\"port\":8080,\"features\":{\"cache\":true},\"timeout\":30}\n",
                        remarks: "With -AsHashtable, new keys are plain assignments; a custom object would need Add-Member."),
        ])
    var buffered: [String] = []

    func process(_ context: CmdletContext) throws {
        buffered.append(context.string("InputObject") ?? "")
    }

    func end(_ context: CmdletContext) throws {
        guard !buffered.isEmpty else { return }
        if buffered.count == 1 {
            try convert(buffered[0], context)
            return
        }
        // Each line may be a whole document; if the first is not, they form one together.
        if (try? parse(buffered[0], context)) != nil {
            for text in buffered { try convert(text, context) }
        } else {
            try convert(buffered.joined(separator: "\n"), context)
        }
    }

    func parse(_ text: String, _ context: CmdletContext) throws -> Value? {
        let depth = context.integer("Depth") ?? 1024
        var parser = JsonParser(text, asHashtable: context.flag("AsHashtable"), maximumDepth: depth)
        return try parser.parseDocument()
    }

    func convert(_ text: String, _ context: CmdletContext) throws {
        let value: Value?
        do {
            value = try parse(text, context)
        } catch let error as JsonParseError where error.errorId != nil {
            throw context.terminatingError(error.message, id: error.errorId ?? "", category: .invalidOperation,
                                           exceptionType: "System.InvalidOperationException")
        } catch let error as JsonParseError {
            throw context.terminatingError("Conversion from JSON failed with error: \(error.message)",
                                           id: "System.ArgumentException", category: .notSpecified,
                                           exceptionType: "System.ArgumentException", target: .string(text))
        }
        guard let value else { return }
        if context.flag("NoEnumerate") { try context.write(value) } else { try context.writeEnumerated(value) }
    }
}
