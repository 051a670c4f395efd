// Sort-Object: sorts by properties, script blocks or hashtables
// (`@{Expression='Size'; Descending=$true}`), stably, with -Descending,
// -Unique (case-insensitive unless -CaseSensitive), -Top and -Bottom.
// Hashtable keys count as properties. Each object's keys are read once, as
// it arrives; the comparisons run on precomputed SortKeys.

import ShoalRuntime

public final class SortObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Sort-Object", synopsis: "Sorts objects by property values.",
        parameters: [
            ParameterDescriptor("Property", type: "object[]", position: 0, help: "The properties (or script blocks, or @{Expression=...; Descending=...}) to sort by, in order."),
            ParameterDescriptor("Descending", type: "switch", help: "Sorts from largest to smallest."),
            ParameterDescriptor("Unique", type: "switch", help: "Drops objects equal to one already written."),
            ParameterDescriptor("CaseSensitive", type: "switch", help: "Sorts uppercase and lowercase apart."),
            ParameterDescriptor("Stable", type: "switch", help: "Keeps equal objects in their input order."),
            ParameterDescriptor("Top", type: "int", help: "Writes only the first N objects of the sorted order."),
            ParameterDescriptor("Bottom", type: "int", help: "Writes only the last N objects of the sorted order."),
            ParameterDescriptor("Culture", type: "string", help: "The culture whose rules compare strings."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to sort (piped)."),
        ],
        description: "Sorts objects by their value or by properties, ascending unless -Descending; -Unique drops duplicates, -Top and -Bottom keep the first or last few.",
        examples: [
            HelpExample("Sort numbers in descending order",
                        code: "3, 1, 2 | Sort-Object -Descending",
                        output: "3\n2\n1\n"),
            HelpExample("Sort by a property, then another",
                        code: "@(\n    [pscustomobject]@{ Host = 'web2'; Load = 0.5 }\n    [pscustomobject]@{ Host = 'web1'; Load = 0.5 }\n    [pscustomobject]@{ Host = 'db1'; Load = 0.9 }\n) | Sort-Object Load, Host | ForEach-Object Host",
                        output: "web1\nweb2\ndb1\n"),
        ])
    public init() {}

    var properties: [PropertyExpression] = []
    var items: [KeyedItem] = []

    public func begin(_ context: CmdletContext) throws {
        properties = try PropertyExpression.parseList(context.value("Property"), keys: PropertyExpression.Keys.sort, context: context)
        if context.has("Top"), context.has("Bottom") {
            throw context.ambiguousParameterSet()
        }
    }

    public func process(_ context: CmdletContext) throws {
        guard let item = context.currentItem else { return }
        items.append(KeyedItem(item: item, keys: try SortKeys.of(item, properties, context.runspace), index: items.count))
    }

    public func end(_ context: CmdletContext) throws {
        let descending = context.flag("Descending")
        let comparer = KeyListComparer(descending: SortKeys.directions(properties, descending: descending),
                                       caseSensitive: context.flag("CaseSensitive"))
        if !Self.sortByIntegerKey(&items, descending: comparer.descending.first ?? false) {
            items.sort(by: comparer.areInIncreasingOrder)
        }
        var sorted = items
        if context.flag("Unique") {
            sorted.removeAll(keepingCapacity: true)
            for entry in items where sorted.last.map({ comparer.compare($0.keys, entry.keys) != 0 }) ?? true {
                sorted.append(entry)
            }
        }
        if let top = context.value("Top") { sorted = Array(sorted.prefix(max(0, Int(SortKey.number(top))))) }
        if let bottom = context.value("Bottom") { sorted = Array(sorted.suffix(max(0, Int(SortKey.number(bottom))))) }
        for entry in sorted { try context.write(entry.item) }
    }
}

extension SortObjectCommand {
    /// The common sort by one integer key (a count, a size, an id): the
    /// keys and positions are sorted as plain pairs, with no reference
    /// counting per comparison, then the items are put in that order. Same
    /// order as the general comparer (stable, ties keep arrival order);
    /// false, having changed nothing, when the keys are not all integers.
    static func sortByIntegerKey(_ items: inout [KeyedItem], descending: Bool) -> Bool {
        var pairs: [(key: Int, index: Int)] = []
        pairs.reserveCapacity(items.count)
        for (index, entry) in items.enumerated() {
            guard entry.keys.count == 1, case .int(let key) = entry.keys[0] else { return false }
            pairs.append((descending ? ~key : key, index))
        }
        // ~key reverses the order of every Int without overflow (unlike -key).
        pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        items = pairs.map { items[$0.index] }
        return true
    }
}

/// Reading the sort keys of objects, shared by Sort-Object, Group-Object
/// and Compare-Object.
enum SortKeys {
    /// An object's keys; with no properties, the object itself.
    static func of(_ item: Value, _ properties: [PropertyExpression], _ runspace: Runspace) throws -> [SortKey] {
        if properties.isEmpty { return [SortKey(item)] }
        return try properties.map { SortKey(try $0.value(for: item, runspace)) }
    }

    /// Per-property directions: a hashtable's Ascending/Descending wins over -Descending.
    static func directions(_ properties: [PropertyExpression], descending: Bool) -> [Bool] {
        properties.isEmpty ? [descending] : properties.map { $0.descending ?? descending }
    }
}
