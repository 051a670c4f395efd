// One entry of a `-Property` list as Select-Object, Sort-Object,
// Group-Object, Measure-Object and Compare-Object take it: a property name
// (maybe a wildcard), a script block run with `$_`, or a hashtable such as
// `@{Name='x'; Expression={...}}` or `@{Expression='x'; Descending=$true}`.
// Hashtable keys may be shortened to any unique prefix (`n`, `e`, `l`), as
// PowerShell's MshParameter rules allow; an unknown key is an error in
// PowerShell's words.

import ShoalRuntime

struct PropertyExpression {
    enum Source {
        case name(String)
        case pattern(Wildcard, String)
        case block(ScriptBlock)
    }

    let source: Source
    /// The Name/Label a calculated property was given.
    let label: String?
    /// Sort-Object's per-property `Ascending`/`Descending` key.
    let descending: Bool?
    /// A plain property name lower-cased once, for reading it from each object.
    let foldedName: String

    init(source: Source, label: String?, descending: Bool?) {
        self.source = source
        self.label = label
        self.descending = descending
        if case .name(let name) = source { foldedName = name.lowercased() } else { foldedName = "" }
    }

    /// The keys each cmdlet's hashtables accept.
    enum Keys {
        static let select = ["Name", "Label", "Expression"]
        static let sort = ["Expression", "Ascending", "Descending"]
        static let expressionOnly = ["Expression"]
        static let format = ["Name", "Label", "Expression", "FormatString", "Width", "Alignment"]
    }

    /// Parses every entry of a `-Property` value.
    static func parseList(_ value: Value?, keys: [String], context: CmdletContext) throws -> [PropertyExpression] {
        guard let value else { return [] }
        return try value.enumeratedItems.map { try parse($0, keys: keys, context: context) }
    }

    static func parse(_ value: Value, keys: [String], context: CmdletContext) throws -> PropertyExpression {
        switch value {
        case .scriptBlock(let block):
            return PropertyExpression(source: .block(block), label: nil, descending: nil)
        case .hashtable(let table):
            return try parse(table, keys: keys, context: context)
        default:
            let text = Conversion.toString(value)
            let wildcard = Wildcard(text)
            return PropertyExpression(source: wildcard.isLiteral ? .name(text) : .pattern(wildcard, text), label: nil, descending: nil)
        }
    }

    static func parse(_ table: HashtableValue, keys: [String], context: CmdletContext) throws -> PropertyExpression {
        let entries = try canonicalEntries(of: table, keys: keys, context: context)
        let expression = entries["Expression"] ?? .null
        let label = (entries["Name"] ?? entries["Label"]).map(Conversion.toString)
        var descending: Bool?
        if let value = entries["Descending"] { descending = Conversion.toBool(value) }
        if let value = entries["Ascending"] { descending = !Conversion.toBool(value) }
        let base = try parse(expression, keys: [], context: context)
        if case .pattern(_, let text) = base.source, label != nil {
            // A calculated property names one value, so its expression is literal.
            return PropertyExpression(source: .name(text), label: label, descending: descending)
        }
        return PropertyExpression(source: base.source, label: label, descending: descending)
    }

    /// A calculated property's entries under their full key names, as every
    /// cmdlet taking one reads them (PowerShell's MshParameter rules): each
    /// key written may be any unique prefix of one of `keys`, and Expression
    /// must be there.
    static func canonicalEntries(of table: HashtableValue, keys: [String], context: CmdletContext) throws -> [String: Value] {
        var entries: [String: Value] = [:]
        for (key, value) in table.entries {
            let written = Conversion.toString(key)
            let matches = keys.filter { $0.lowercased().hasPrefix(written.lowercased()) }
            guard !written.isEmpty, let canonical = matches.first else {
                throw context.terminatingError("The \(written) key is not valid.", id: "DictionaryKeyIllegalKey",
                                               category: .invalidArgument, exceptionType: "System.NotSupportedException")
            }
            if matches.count > 1 {
                throw context.terminatingError("The \(written) key is ambiguous; \(matches[0]) and \(matches[1]) conflict.",
                                               id: "DictionaryKeyAmbiguousKey", category: .invalidArgument,
                                               exceptionType: "System.NotSupportedException")
            }
            entries[canonical] = value
        }
        guard entries["Expression"] != nil else {
            throw context.terminatingError("A mandatory entry for expression is missing.", id: "DictionaryKeyMandatoryEntry",
                                           category: .invalidArgument, exceptionType: "System.NotSupportedException")
        }
        return entries
    }

    /// The display name of a non-wildcard entry.
    var displayName: String {
        if let label { return label }
        switch source {
        case .name(let name): return name
        case .pattern(_, let text): return text
        case .block(let block): return block.text.trimmingCharacters()
        }
    }

    /// The name/value pairs this entry contributes for `item`; a wildcard
    /// expands to every matching property, a missing literal name gives
    /// `$null` (with `found` false).
    func evaluate(_ item: Value, _ runspace: Runspace) throws -> [(name: String, value: Value, found: Bool)] {
        switch source {
        case .name(let name):
            let found = PipelineObjectProperties.has(item, name)
            let value = found ? PipelineObjectProperties.value(item, name, runspace) : .null
            return [(label ?? name, value, found)]
        case .pattern(let wildcard, _):
            return PipelineObjectProperties.names(of: item).filter { wildcard.matches($0) }.map {
                ($0, PipelineObjectProperties.value(item, $0, runspace), true)
            }
        case .block(let block):
            return [(displayName, try runspace.invokeBlockForValue(block, dollarUnder: item, span: nil), true)]
        }
    }

    /// A script block with nothing in it and no name: Select-Object cannot
    /// name the property it would make.
    var isUnnamedEmptyBlock: Bool {
        guard label == nil, case .block(let block) = source else { return false }
        return block.text.allSatisfy(\.isWhitespace)
    }

    /// One value for `item` (sort and group keys): the first match, or `$null`.
    func value(for item: Value, _ runspace: Runspace) throws -> Value {
        switch source {
        case .name(let name): return runspace.memberValue(item, name, folded: foldedName)
        case .block(let block): return try runspace.invokeBlockForValue(block, dollarUnder: item, span: nil)
        case .pattern: return try evaluate(item, runspace).first?.value ?? .null
        }
    }
}
