// The view an object gets when nothing formats it explicitly, as
// PowerShell's Out-Default chooses: a registered view for its type name,
// the Name/Value table for a hashtable, the long date line for a DateTime,
// a table for an object with up to four properties, a list for more, and
// the object's string for anything without properties.

/// An object pwsh shows with a custom view (a CustomControl): its text
/// alone, the run of them framed by blank lines (a date's long form, a
/// Select-String match with the match emphasized).
public protocol CustomViewObject: NativeObject {
    var customViewText: String { get }
}

/// A default view chosen for the first object of a run of objects.
public struct DefaultView {
    enum Body {
        /// `generated`: built from the object's properties, not registered.
        case table([FormatViewColumn], generated: Bool)
        case list([FormatViewColumn]?)
        case dictionary
        case custom
    }

    let body: Body
    let typeNames: [String]
    /// The registered view's GroupBy column, if it has one.
    var groupBy: FormatViewColumn? = nil
    /// The registered view wraps long values.
    var wrap = false
    /// The type name of the registered view, when it is one.
    var registeredFor: String? = nil

    static let dictionaryColumns = [
        TableColumnHeader(label: "Name", sizing: .fixed(30)), TableColumnHeader(label: "Value", sizing: .fill),
    ]

    /// The view for `value`, or nil when it prints as a string.
    static func choose(for value: Value) -> DefaultView? {
        let typeNames = OutputFormatter.typeNames(of: value)
        if case .hashtable = value { return DefaultView(body: .dictionary, typeNames: typeNames) }
        if case .native(let native) = value, native is CustomViewObject { return DefaultView(body: .custom, typeNames: typeNames) }
        let registered = FormatViews.match(for: typeNames)
        switch registered?.view {
        case .table(let columns, let groupBy, let wrap)?:
            return DefaultView(body: .table(columns, generated: false), typeNames: typeNames, groupBy: groupBy, wrap: wrap,
                               registeredFor: registered?.typeName)
        case .list(let fields)?: return DefaultView(body: .list(fields), typeNames: typeNames, registeredFor: registered?.typeName)
        case nil: break
        }
        guard let properties = OutputFormatter.properties(of: value), !properties.isEmpty else { return nil }
        if properties.count > 4 { return DefaultView(body: .list(nil), typeNames: typeNames) }
        return DefaultView(body: .table(generatedColumns(properties), generated: true), typeNames: typeNames)
    }

    /// The table Format-Table shows for `value` without -Property: its
    /// registered table view, the Name/Value table, or all its properties
    /// (however many).
    public static func table(for value: Value) -> DefaultView? {
        if let view = choose(for: value), case .table = view.body { return view }
        if case .hashtable = value { return DefaultView(body: .dictionary, typeNames: OutputFormatter.typeNames(of: value)) }
        guard let properties = OutputFormatter.properties(of: value), !properties.isEmpty else { return nil }
        return DefaultView(body: .table(generatedColumns(properties), generated: true), typeNames: OutputFormatter.typeNames(of: value))
    }

    /// The list Format-List shows for `value` without -Property: its
    /// registered list view or all its properties.
    public static func list(for value: Value) -> DefaultView? {
        if let view = choose(for: value), case .list = view.body { return view }
        guard OutputFormatter.properties(of: value) != nil else { return nil }
        return DefaultView(body: .list(nil), typeNames: OutputFormatter.typeNames(of: value))
    }

    static func generatedColumns(_ properties: [(name: String, value: Value)]) -> [FormatViewColumn] {
        properties.map { FormatViewColumn($0.name, alignment: OutputFormatter.isNumeric($0.value) ? .right : .left) }
    }

    /// The group line for `value` (`   Destination: host`), or nil when the
    /// view is not grouped.
    public func groupHeader(for value: Value) -> String? {
        guard let groupBy else { return nil }
        // No label: the value is the whole line (a view's custom group header, `    Directory: /tmp`).
        if groupBy.label.isEmpty { return OutputFormatter.cellText(groupBy.read(value)) }
        return "   \(groupBy.label): " + OutputFormatter.cellText(groupBy.read(value))
    }

    /// Whether `value` continues this view's run (PowerShell keeps a view
    /// for objects of the same type, whatever their properties).
    func accepts(_ value: Value) -> Bool {
        let names = OutputFormatter.typeNames(of: value)
        if names.first?.lowercased() == typeNames.first?.lowercased() { return true }
        // Objects of other types that get the same registered view share the
        // run: every kind of job prints in one job table, as in pwsh, whose
        // view is for their base type.
        guard let registeredFor else { return false }
        return FormatViews.match(for: names)?.typeName == registeredFor
    }

    public var shape: FormatShape {
        switch body {
        case .table(let columns, let generated):
            // Generated tables size their columns from data; registered
            // views give the remaining width to columns without one.
            let headers = columns.map { column in
                TableColumnHeader(label: column.label, sizing: column.width.map { .fixed($0) } ?? (generated || column.fitsData ? .fromData : .fill),
                                  alignment: column.alignment)
            }
            return .table(columns: headers, hideHeaders: false, autoSize: false, wrap: wrap)
        case .dictionary:
            return .table(columns: DefaultView.dictionaryColumns, hideHeaders: false, autoSize: false, wrap: false)
        case .list:
            return .list
        case .custom:
            return .complex
        }
    }

    /// The entries for one object.
    public func entries(for value: Value, style: TextStyle = .plain) -> [FormatEntry] {
        switch body {
        case .table(let columns, _):
            return [.row(columns.map { column in
                let cell = column.read(value, style: style)
                return TableCell(OutputFormatter.cellText(cell), alignment: .undefined)
            })]
        case .dictionary:
            guard case .hashtable(let table) = value else { return [] }
            return table.entries.map { .row([TableCell(Conversion.toString($0.key)), TableCell(OutputFormatter.cellText($0.value))]) }
        case .list(let fields?):
            return [.list(fields.map { ListField($0.label, OutputFormatter.cellText($0.read(value))) })]
        case .list(nil):
            let properties = OutputFormatter.properties(of: value) ?? []
            return [.list(properties.map { ListField($0.name, OutputFormatter.cellText($0.value)) })]
        case .custom:
            guard case .native(let object as CustomViewObject) = value else { return [] }
            return [.complex(object.customViewText)]
        }
    }
}
