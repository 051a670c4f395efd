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
    /// A loaded view's <AutoSize/> and <HideTableHeaders/>.
    var autoSize = false
    var hideHeaders = false
    /// A loaded view whose first column has no width: pwsh sizes every
    /// column from its label and the first objects' values, declared
    /// widths included (OutCommandInner's cached-group sizing).
    var sizesFromData = false
    /// Where a loaded view's script-block columns run.
    @WeakRunspace var runspace: Runspace? = nil

    static let dictionaryColumns = [
        TableColumnHeader(label: "Name", sizing: .fixed(30)), TableColumnHeader(label: "Value", sizing: .fill),
    ]

    /// The view for `value`, or nil when it prints as a string. Views
    /// `runspace` loaded from format files count with the built-in ones.
    static func choose(for value: Value, runspace: Runspace? = nil) -> DefaultView? {
        let typeNames = OutputFormatter.typeNames(of: value)
        if case .hashtable = value { return DefaultView(body: .dictionary, typeNames: typeNames) }
        if case .native(let native) = value, native is CustomViewObject { return DefaultView(body: .custom, typeNames: typeNames) }
        if let registered = registered(for: typeNames, runspace: runspace) {
            return DefaultView(registered, typeNames: typeNames, runspace: runspace)
        }
        guard let properties = OutputFormatter.properties(of: value), !properties.isEmpty else { return nil }
        if properties.count > 4 { return DefaultView(body: .list(nil), typeNames: typeNames) }
        return DefaultView(body: .table(generatedColumns(properties), generated: true), typeNames: typeNames)
    }

    /// The table Format-Table shows for `value` without -Property: its
    /// registered table view, the Name/Value table, or all its properties
    /// (however many).
    public static func table(for value: Value, runspace: Runspace? = nil) -> DefaultView? {
        let typeNames = OutputFormatter.typeNames(of: value)
        if let registered = registered(for: typeNames, runspace: runspace, where: { if case .table = $0 { true } else { false } }) {
            return DefaultView(registered, typeNames: typeNames, runspace: runspace)
        }
        if case .hashtable = value { return DefaultView(body: .dictionary, typeNames: typeNames) }
        guard let properties = OutputFormatter.properties(of: value), !properties.isEmpty else { return nil }
        return DefaultView(body: .table(generatedColumns(properties), generated: true), typeNames: typeNames)
    }

    /// The list Format-List shows for `value` without -Property: its
    /// registered list view or all its properties.
    public static func list(for value: Value, runspace: Runspace? = nil) -> DefaultView? {
        let typeNames = OutputFormatter.typeNames(of: value)
        if let registered = registered(for: typeNames, runspace: runspace, where: { if case .list = $0 { true } else { false } }) {
            return DefaultView(registered, typeNames: typeNames, runspace: runspace)
        }
        guard OutputFormatter.properties(of: value) != nil else { return nil }
        return DefaultView(body: .list(nil), typeNames: typeNames)
    }

    /// The loaded view named `name` (Format-Table -View) for `value`, of
    /// the wanted kind; nil when there is none.
    public static func named(_ name: String, for value: Value, table: Bool, runspace: Runspace) -> DefaultView? {
        let typeNames = OutputFormatter.typeNames(of: value)
        guard let loaded = runspace.loadedFormatData?.views(for: typeNames).first(where: {
            $0.name.lowercased() == name.lowercased() && $0.isTable == table
        }) else { return nil }
        let typeName = typeNames.first { loaded.applies(to: $0) } ?? loaded.typeNames.first ?? ""
        return DefaultView(Registered(typeName: typeName.lowercased(), view: loaded.view, loaded: loaded), typeNames: typeNames,
                           runspace: runspace)
    }

    /// The names of the loaded table (or list) views for `value`, for the
    /// error naming the ones that exist.
    public static func viewNames(for value: Value, table: Bool, runspace: Runspace) -> [String] {
        (runspace.loadedFormatData?.views(for: OutputFormatter.typeNames(of: value)) ?? []).filter { $0.isTable == table }.map(\.name)
    }

    /// A view found for a type name: built in, or loaded from a format file.
    struct Registered {
        let typeName: String
        let view: FormatView
        let loaded: LoadedFormatView?
    }

    /// The first view for the most specific of `typeNames` that has one
    /// (and passes `filter`): a prepended file's, a built-in one, then an
    /// appended file's, as pwsh searches its format database.
    static func registered(for typeNames: [String], runspace: Runspace?,
                           where filter: (FormatView) -> Bool = { _ in true }) -> Registered? {
        let loaded = runspace?.loadedFormatData
        for name in typeNames {
            if let view = loaded?.views(for: name, prepended: true).first(where: { filter($0.view) }) {
                return Registered(typeName: name.lowercased(), view: view.view, loaded: view)
            }
            // Without a runspace (its owner has gone), the built-in views still apply.
            let registered = runspace.map { $0.registry.view(for: name) } ?? FormatViews.builtIn[name.lowercased()]
            if let view = registered, filter(view) { return Registered(typeName: name.lowercased(), view: view, loaded: nil) }
            if let view = loaded?.views(for: name, prepended: false).first(where: { filter($0.view) }) {
                return Registered(typeName: name.lowercased(), view: view.view, loaded: view)
            }
        }
        return nil
    }

    private init(body: Body, typeNames: [String]) {
        self.body = body
        self.typeNames = typeNames
    }

    private init(_ registered: Registered, typeNames: [String], runspace: Runspace?) {
        switch registered.view {
        case .table(let columns, let groupBy, let wrap):
            body = .table(columns, generated: false)
            self.groupBy = groupBy
            self.wrap = wrap
        case .list(let fields):
            body = .list(fields)
        }
        self.typeNames = typeNames
        registeredFor = registered.typeName
        autoSize = registered.loaded?.autoSize ?? false
        if registered.loaded != nil, case .table(let columns, _, _) = registered.view { sizesFromData = columns.first?.width == nil }
        hideHeaders = registered.loaded?.hideTableHeaders ?? false
        self.runspace = runspace
    }

    static func generatedColumns(_ properties: [(name: String, value: Value)]) -> [FormatViewColumn] {
        properties.map { FormatViewColumn($0.name, alignment: OutputFormatter.isNumeric($0.value) ? .right : .left) }
    }

    /// The group line for `value` (`   Destination: host`), or nil when the
    /// view is not grouped.
    public func groupHeader(for value: Value) -> String? {
        guard let groupBy else { return nil }
        // No label: the value is the whole line (a view's custom group header, `    Directory: /tmp`).
        if groupBy.label.isEmpty { return groupBy.text(value, runspace: runspace) }
        return "   \(groupBy.label): " + groupBy.text(value, runspace: runspace)
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
        return DefaultView.registered(for: names, runspace: runspace)?.typeName == registeredFor
    }

    public var shape: FormatShape {
        switch body {
        case .table(let columns, let generated):
            // Generated tables size their columns from data; registered
            // views give the remaining width to columns without one.
            let headers = columns.map { column in
                TableColumnHeader(label: column.label, sizing: sizesFromData ? .fromData
                                  : column.width.map { .fixed($0) } ?? (generated || column.fitsData ? .fromData : .fill),
                                  alignment: column.alignment)
            }
            return .table(columns: headers, hideHeaders: hideHeaders, autoSize: autoSize, wrap: wrap)
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
            return [.row(columns.map { TableCell($0.text(value, style: style, runspace: runspace, inTable: true), alignment: .undefined) })]
        case .dictionary:
            guard case .hashtable(let table) = value else { return [] }
            return table.entries.map { .row([TableCell(Conversion.toString($0.key)), TableCell(OutputFormatter.cellText($0.value))]) }
        case .list(let fields?):
            return [.list(fields.map { ListField($0.label, $0.text(value, runspace: runspace)) })]
        case .list(nil):
            let properties = OutputFormatter.properties(of: value) ?? []
            return [.list(properties.map { ListField($0.name, OutputFormatter.cellText($0.value)) })]
        case .custom:
            guard case .native(let object as CustomViewObject) = value else { return [] }
            return [.complex(object.customViewText)]
        }
    }
}
