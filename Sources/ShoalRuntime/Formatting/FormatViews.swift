// Default views: how objects of a given type name are shown when they reach
// the end of a pipeline without a Format-* cmdlet, PowerShell's
// *.format.ps1xml. Modules register their views in the command registry
// while it is built, e.g. the jobs module:
//
//     registry.registerTable(typeName: "System.Management.Automation.PSRemotingJob", columns: [
//         FormatViewColumn("Id", width: 6, alignment: .left),
//         FormatViewColumn("Name", width: 15),
//         FormatViewColumn("State", width: 13),
//         FormatViewColumn("Command") { job in .string(...) },   // a computed column
//     ])
//
// A column without a width takes what the screen has left (the last column
// usually); a column with a width is cut to it with `…`. The registry is
// read-only once built, so every runspace of the session reads the same
// views without a lock.


/// One column of a registered table view (or one field of a list view).
public struct FormatViewColumn: Sendable {
    public let label: String
    /// nil: a share of the remaining screen width (or, with `fitsData`,
    /// as wide as its values).
    public let width: Int?
    /// Sized from the values shown, as a generated table's columns are.
    public let fitsData: Bool
    public let alignment: TextAlignment
    /// The property shown, when `value` is nil.
    public let propertyName: String
    /// Computes the shown value from the object and the output's decoration (file names).
    public let value: (@Sendable (Value, TextStyle) -> Value)?
    /// A format file's `<ScriptBlock>`: the value is what it returns for `$_`.
    public var script: ScriptBlockNode? = nil
    /// A format file's `<FormatString>`, applied to the value as `-f` does.
    public var formatString: String? = nil

    /// A column showing the property `propertyName` under the header `label`.
    public init(_ label: String, property propertyName: String? = nil, width: Int? = nil, alignment: TextAlignment = .left,
                fitsData: Bool = false) {
        self.label = label
        self.propertyName = propertyName ?? label
        self.width = width
        self.alignment = alignment
        self.value = nil
        self.fitsData = fitsData
    }

    /// A column whose value depends on how the output is decorated.
    public init(_ label: String, width: Int? = nil, alignment: TextAlignment = .left,
                styledValue: @escaping @Sendable (Value, TextStyle) -> Value) {
        self.label = label
        self.propertyName = label
        self.width = width
        self.alignment = alignment
        self.value = styledValue
        self.fitsData = false
    }

    /// A column whose value `value` computes from the object.
    public init(_ label: String, width: Int? = nil, alignment: TextAlignment = .left, value: @escaping @Sendable (Value) -> Value) {
        self.label = label
        self.propertyName = label
        self.width = width
        self.alignment = alignment
        self.value = { object, _ in value(object) }
        self.fitsData = false
    }

    /// A column a format file declares: a property or a script block,
    /// with its format string.
    public init(_ label: String, property: String?, script: ScriptBlockNode?, width: Int?, alignment: TextAlignment,
                formatString: String?) {
        self.init(label, property: property ?? label, width: width, alignment: alignment)
        self.script = script
        self.formatString = formatString
    }

    /// The value shown for `object`; a script column runs in `runspace`
    /// (no runspace, or an error in the script, shows nothing, as pwsh
    /// shows a failing format script).
    func read(_ object: Value, style: TextStyle = .plain, runspace: Runspace? = nil) -> Value {
        if let value { return value(object, style) }
        if let script {
            guard let runspace else { return .null }
            return (try? runspace.invokeBlockForValue(ScriptBlock(script), dollarUnder: object, span: nil)) ?? .null
        }
        return OutputFormatter.propertyValue(of: object, named: propertyName) ?? .null
    }

    /// The cell text for `object`: the value, through the format string if
    /// any; `inTable`: a table cell's text (floating-point numbers with two decimals).
    func text(_ object: Value, style: TextStyle = .plain, runspace: Runspace? = nil, inTable: Bool = false) -> String {
        let raw = read(object, style: style, runspace: runspace)
        guard let formatString else { return inTable ? OutputFormatter.tableCellText(raw) : OutputFormatter.cellText(raw) }
        // `{0:N2}` is a composite format, `N2` the value's own (pwsh's FormatField).
        if formatString.contains("{0") { return (try? Operators.format(formatString, [raw], at: nil)) ?? OutputFormatter.cellText(raw) }
        return Operators.formatValue(raw, formatString)
    }
}

/// A registered view.
public enum FormatView: Sendable {
    /// `groupBy`: consecutive objects with the same value of this column
    /// share one table under a `   Label: value` line (the view's GroupBy).
    /// `wrap`: long values continue on further lines (the view's <Wrap/>).
    case table([FormatViewColumn], groupBy: FormatViewColumn?, wrap: Bool)
    case list([FormatViewColumn])
}

/// The views every session has before its modules add theirs (see
/// CommandRegistry.registerTable), by lower-cased type name.
public enum FormatViews {
    static let builtIn = builtInViews()

    /// The views PowerShell's DotNetTypes.format.ps1xml gives types shoal has.
    private static func builtInViews() -> [String: FormatView] {
        let timeSpanFields = ["Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays", "TotalHours",
                              "TotalMinutes", "TotalSeconds", "TotalMilliseconds"]
        return [
            "system.timespan": .list(timeSpanFields.map { FormatViewColumn($0) }),
            "system.version": .table(["Major", "Minor", "Build", "Revision"].map { FormatViewColumn($0, fitsData: true) },
                                     groupBy: nil, wrap: false),
            // A hashtable's entries and env: items, as pwsh's DictionaryEntry view.
            "system.collections.dictionaryentry": .table([FormatViewColumn("Name", fitsData: true), FormatViewColumn("Value")],
                                                          groupBy: nil, wrap: false),
            "system.globalization.cultureinfo": .table([FormatViewColumn("LCID", width: 16), FormatViewColumn("Name", width: 16),
                                                         FormatViewColumn("DisplayName", width: 40)], groupBy: nil, wrap: false),
        ]
    }
}
