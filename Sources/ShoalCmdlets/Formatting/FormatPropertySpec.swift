// The -Property and -GroupBy arguments of the Format-* cmdlets: property
// names (wildcards allowed, expanded against the first object) and
// calculated properties `@{Name/Label=...; Expression=...; Width=...;
// Alignment=...; FormatString=...}`, evaluated per object.

import ShoalRuntime

struct FormatPropertySpec {
    enum Source {
        case property(String)
        case script(ScriptBlock)
    }

    var label: String
    var source: Source
    var width: Int?
    var alignment: TextAlignment = .undefined
    var formatString: String?
    /// A wildcard name still to be expanded against the first object.
    var isPattern = false

    /// Parses one -Property element.
    static func parse(_ value: Value, context: CmdletContext) throws -> FormatPropertySpec {
        switch value {
        case .hashtable(let table):
            return try parse(table, context: context)
        case .scriptBlock(let block):
            return FormatPropertySpec(label: block.text.trimmingCharacters(), source: .script(block))
        default:
            let name = Conversion.toString(value)
            return FormatPropertySpec(label: name, source: .property(name), isPattern: !Wildcard(name).isLiteral)
        }
    }

    private static func parse(_ table: HashtableValue, context: CmdletContext) throws -> FormatPropertySpec {
        let entries = try PropertyExpression.canonicalEntries(of: table, keys: PropertyExpression.Keys.format, context: context)
        var spec = FormatPropertySpec(label: "", source: .property(""))
        if case .scriptBlock(let block)? = entries["Expression"] {
            spec.source = .script(block)
        } else {
            spec.source = .property(Conversion.toString(entries["Expression"] ?? .null))
        }
        if let label = entries["Name"] ?? entries["Label"] { spec.label = Conversion.toString(label) }
        if let width = entries["Width"] { spec.width = Conversion.toNumber(width).map { Int(Conversion.toString($0)) ?? 0 } }
        switch entries["Alignment"].map(Conversion.toString)?.lowercased() {
        case "left": spec.alignment = .left
        case "right": spec.alignment = .right
        case "center": spec.alignment = .center
        default: break
        }
        spec.formatString = entries["FormatString"].map(Conversion.toString)
        if spec.label.isEmpty {
            switch spec.source {
            case .property(let name): spec.label = name
            case .script(let block): spec.label = block.text.trimmingCharacters()
            }
        }
        return spec
    }

    /// Parses the -Property argument (one value or an array).
    static func parseList(_ value: Value?, context: CmdletContext) throws -> [FormatPropertySpec]? {
        guard let value else { return nil }
        return try value.enumeratedItems.map { try parse($0, context: context) }
    }

    /// Replaces wildcard names by the matching properties of `object`.
    static func expand(_ specs: [FormatPropertySpec], for object: Value) -> [FormatPropertySpec] {
        let names = OutputFormatter.propertyNames(of: object)
        return specs.flatMap { spec -> [FormatPropertySpec] in
            guard spec.isPattern, case .property(let pattern) = spec.source else { return [spec] }
            let wildcard = Wildcard(pattern)
            return names.filter { wildcard.matches($0) }.map { FormatPropertySpec(label: $0, source: .property($0)) }
        }
    }

    /// The raw value for `object`.
    func value(for object: Value, runspace: Runspace) throws -> Value {
        switch source {
        case .property(let name):
            return OutputFormatter.propertyValue(of: object, named: name) ?? .null
        case .script(let block):
            return try runspace.invokeBlockForValue(block, dollarUnder: object, span: nil)
        }
    }

    /// The text shown for `object`, with the FormatString applied;
    /// `inTable`: as a table cell shows it.
    func text(for object: Value, runspace: Runspace, inTable: Bool = false) throws -> String {
        let raw = try value(for: object, runspace: runspace)
        if let formatString { return Operators.formatValue(raw, formatString) }
        return inTable ? OutputFormatter.tableCellText(raw) : OutputFormatter.cellText(raw)
    }
}
