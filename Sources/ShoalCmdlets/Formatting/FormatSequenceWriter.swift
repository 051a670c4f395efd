// What Format-Table, Format-List and Format-Wide share: writing the format
// start record on the first object, `-GroupBy` group records whenever the
// grouping value changes (PowerShell's header: `   Label: value`), the
// entries, and the end records. Scalars go out of band, as PowerShell
// formats primitives whatever the shape.

import ShoalRuntime

final class FormatSequenceWriter {
    private var started = false
    private var groupValue: String?
    private var groupStarted = false
    private var groupBy: FormatPropertySpec?
    /// The registered view's group line for an object, when there is no -GroupBy
    /// (file items: `    Directory: /tmp`).
    var viewGroupHeader: ((Value) -> String?)?

    /// -Expand, lower-cased: coreonly, enumonly (the default) or both.
    private let expand: String

    init(groupBy: FormatPropertySpec?, expand: String? = nil) {
        self.groupBy = groupBy
        self.expand = expand?.lowercased() ?? "enumonly"
    }

    /// The `begin` of Format-Table and Format-List: parses -Property and -GroupBy.
    static func begin(_ context: CmdletContext) throws -> (writer: FormatSequenceWriter, specs: [FormatPropertySpec]?) {
        if context.has("View") && context.has("Property") {
            throw context.terminatingError("Cmdlet parameters View and Property are mutually exclusive.",
                                           id: "FormatCannotSpecifyViewAndProperty", category: .invalidArgument,
                                           exceptionType: "System.IO.InvalidDataException")
        }
        let specs = try FormatPropertySpec.parseList(context.value("Property"), context: context)
        let groupBy = try context.value("GroupBy").map { try FormatPropertySpec.parse($0, context: context) }
        return (FormatSequenceWriter(groupBy: groupBy, expand: context.string("Expand")), specs)
    }

    /// Calls `body` for each input object that has a shape; scalars are
    /// written out of band unless properties were asked for.
    /// A collection is formatted as its elements (-Expand EnumOnly, the
    /// default), as itself (CoreOnly), or both.
    func forEachObject(_ context: CmdletContext, hasProperties: Bool, _ body: (Value) throws -> Void) throws {
        for object in FormatSequenceWriter.inputs(context) where !object.isNull {
            let elements = expand == "coreonly" ? nil : FormatSequenceWriter.elements(of: object, hasProperties: hasProperties)
            for item in (elements == nil || expand == "both" ? [object] : []) + (elements ?? []) where !item.isNull {
                if !hasProperties && FormatSequenceWriter.isScalar(item, registry: context.runspace.registry) {
                    try writeOutOfBand(item, context: context)
                } else {
                    try body(item)
                }
            }
        }
    }

    /// What a collection is formatted as under EnumOnly: its elements, a
    /// dictionary's entries. Without -Property a hashtable stays whole:
    /// its table and list views already show its entries.
    static func elements(of object: Value, hasProperties: Bool) -> [Value]? {
        switch object {
        case .native(let collection as EnumerableObject):
            return collection.enumerated()
        case .hashtable(let table) where hasProperties:
            return table.entries.map { PSObject.dictionaryEntry(key: $0.key, value: $0.value) }
        default:
            return nil
        }
    }

    /// Writes `entries` for `object`, first the start record from `shape`
    /// (built once, from the first object).
    func write(_ object: Value, context: CmdletContext, shape: () throws -> FormatShape, entries: () throws -> [FormatEntry]) throws {
        if !started {
            try context.write(.native(FormatRecord(.formatStart(try shape()))))
            started = true
            if groupBy == nil && viewGroupHeader == nil { try context.write(.native(FormatRecord(.groupStart(header: nil)))) }
        }
        if groupBy == nil, let viewGroupHeader {
            let header = viewGroupHeader(object)
            if header != groupValue || !groupStarted {
                if groupStarted { try context.write(.native(FormatRecord(.groupEnd))) }
                groupValue = header
                groupStarted = true
                try context.write(.native(FormatRecord(.groupStart(header: header))))
            }
        } else if let groupBy {
            let value = try groupBy.text(for: object, runspace: context.runspace)
            if value != groupValue {
                if groupValue != nil { try context.write(.native(FormatRecord(.groupEnd))) }
                groupValue = value
                try context.write(.native(FormatRecord(.groupStart(header: "   \(groupBy.label): \(value)"))))
            }
        }
        for entry in try entries() { try context.write(.native(FormatRecord(.entry(entry)))) }
    }

    /// The view `-View` names for `object` (a table view for Format-Table,
    /// a list view for Format-List), or nil without -View. A name no
    /// loaded view has is pwsh's FormatViewNotFound, which stops the pipeline.
    static func namedView(for object: Value, table: Bool, context: CmdletContext) throws -> DefaultView? {
        guard let name = context.string("View") else { return nil }
        if let view = DefaultView.named(name, for: object, table: table, runspace: context.runspace) { return view }
        let shape = table ? "Table" : "List"
        let others = DefaultView.viewNames(for: object, table: table, runspace: context.runspace)
        let typeName = OutputFormatter.typeNames(of: object).first ?? "System.Object"
        let message = others.isEmpty ? "The view name \(name) cannot be found. There are no existing \(shape) views for \(typeName) objects."
            : "The view name \(name) cannot be found. Specify one of the following \(shape) views and try again: \(others.joined(separator: ", "))."
        throw context.terminatingError(message, id: "FormatViewNotFound", category: .objectNotFound,
                                       exceptionType: "System.Management.Automation.PipelineStoppedException", target: .string(name))
    }

    /// Writes a scalar as text outside the shape.
    func writeOutOfBand(_ object: Value, context: CmdletContext) throws {
        try context.write(.native(FormatRecord(.entry(.outOfBand(Conversion.toString(object))))))
    }

    /// Closes the sequence.
    func finish(context: CmdletContext) throws {
        guard started else { return }
        try context.write(.native(FormatRecord(.groupEnd)))
        try context.write(.native(FormatRecord(.formatEnd)))
    }

    /// The input objects of one `process` call: a piped object, or the
    /// elements of `-InputObject`.
    static func inputs(_ context: CmdletContext) -> [Value] {
        guard let value = context.value("InputObject") else { return [] }
        return context.hasPipelineInput ? [value] : value.enumeratedItems
    }

    /// Whether formatting shows `value` as a plain string.
    static func isScalar(_ value: Value, registry: CommandRegistry) -> Bool {
        switch value {
        case .object(let object): return object.baseValue.map { isScalar($0, registry: registry) } ?? false
        case .hashtable: return false
        case .native(let native): return !(native is DateTimeValue) && OutputFormatter.properties(of: value) == nil
            && registry.view(for: native.typeName) == nil
        default: return true
        }
    }

    /// Parameters every Format-* cmdlet declares.
    static func commonParameters(propertyPosition: Int? = 0) -> [ParameterDescriptor] {
        [
            ParameterDescriptor("Property", type: "object[]", position: propertyPosition, help: "The properties to show: names with wildcards (* for all), script blocks, or hashtables with Label, Expression and FormatString (a table also takes Width and Alignment)."),
            ParameterDescriptor("GroupBy", help: "A property, script block or hashtable whose value starts a new group, under a header line, each time it changes; sort the objects by it first."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to format (piped)."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility; shoal ignores it."),
            ParameterDescriptor("View", type: "string", help: "The name of a view, loaded with Update-FormatData, to format the objects with; not with -Property."),
            ParameterDescriptor("Expand", type: "string", validateSet: ["CoreOnly", "EnumOnly", "Both"], help: "Whether a collection is formatted as its elements (EnumOnly, the default), as itself (CoreOnly), or both."),
        ]
    }
}
