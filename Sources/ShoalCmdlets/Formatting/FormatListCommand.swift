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
