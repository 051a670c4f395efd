// Format-List: each object as `Name : value` lines, with the given
// properties (`*` for all, wildcards, calculated properties) or the
// default list of the object's type.

import ShoalRuntime

public final class FormatListCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Format-List", synopsis: "Formats the output as a list of properties in which each property appears on a new line.",
        parameters: FormatSequenceWriter.commonParameters(),
        description: "Shows each object as a list of 'Name : value' lines: the properties given (* for all), else the list view of its type.",
        examples: [
            HelpExample("List some properties",
                        code: "[pscustomobject]@{ Name = 'web1'; Region = 'eu'; Cores = 8 } | Format-List Name, Cores",
                        output: "\nName  : web1\nCores : 8\n\n"),
            HelpExample("Calculated properties with a format string",
                        code: "$volume = [pscustomobject]@{ Mount = '/var'; SizeBytes = 53687091200; FreeBytes = 12884901888 }\n$volume | Format-List Mount,\n    @{ Label = 'Free %'; Expression = { 100 * $_.FreeBytes / $_.SizeBytes }; FormatString = 'N1' },\n    @{ Label = 'Size (GB)'; Expression = { $_.SizeBytes / 1GB } }",
                        output: "\nMount     : /var\nFree %    : 24.0\nSize (GB) : 50\n\n"),
            HelpExample("Group the entries by a property",
                        code: "@(\n    [pscustomobject]@{ Name = 'web1'; Region = 'eu'; Ip = '10.0.0.11' }\n    [pscustomobject]@{ Name = 'web2'; Region = 'eu'; Ip = '10.0.0.12' }\n    [pscustomobject]@{ Name = 'web3'; Region = 'us'; Ip = '10.1.0.11' }\n) | Format-List Name, Ip -GroupBy Region",
                        output: "\n   Region: eu\n\nName : web1\nIp   : 10.0.0.11\n\nName : web2\nIp   : 10.0.0.12\n\n\n   Region: us\n\nName : web3\nIp   : 10.1.0.11\n\n",
                        remarks: "A new group starts each time the value changes, so sort by it first if the objects are not in order."),
        ])

    private var writer: FormatSequenceWriter?
    private var specs: [FormatPropertySpec]?
    /// The -View view, found for the first object.
    private var namedView: DefaultView?
    public init() {}

    public func begin(_ context: CmdletContext) throws {
        (writer, specs) = try FormatSequenceWriter.begin(context)
    }

    public func process(_ context: CmdletContext) throws {
        guard let writer else { return }
        try writer.forEachObject(context, hasProperties: specs != nil) { object in
            try writer.write(object, context: context, shape: {
                namedView = try FormatSequenceWriter.namedView(for: object, table: false, context: context)
                return .list
            }, entries: { try entries(for: object, context) })
        }
    }

    public func end(_ context: CmdletContext) throws { try writer?.finish(context: context) }

    private func entries(for object: Value, _ context: CmdletContext) throws -> [FormatEntry] {
        if let specs {
            // Each object's own properties match the wildcards (PowerShell
            // expands `*` per object in a list).
            let fields = try FormatPropertySpec.expand(specs, for: object).map { spec in
                ListField(spec.label, try spec.text(for: object, runspace: context.runspace))
            }
            return [.list(fields)]
        }
        if case .hashtable(let table) = object {
            // Each DictionaryEntry: its Name alias, Key and Value, as pwsh lists them.
            return table.entries.map { entry in
                let key = Conversion.toString(entry.key)
                return .list([ListField("Name", key), ListField("Key", key), ListField("Value", OutputFormatter.cellText(entry.value))])
            }
        }
        if let namedView { return namedView.entries(for: object) }
        return DefaultView.list(for: object, runspace: context.runspace)?.entries(for: object) ?? []
    }
}
