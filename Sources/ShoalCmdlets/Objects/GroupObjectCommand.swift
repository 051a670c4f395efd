// Group-Object: groups objects whose property values are equal
// (case-insensitively unless -CaseSensitive) into GroupInfo objects with
// Count, Name, Group and Values; -NoElement drops the Group, -AsHashTable
// returns a hashtable of key to group (-AsString keys it by Name).
// As PowerShell 7 does, the groups come out sorted by key when all keys
// are of one type, and in order of first appearance otherwise.

import ShoalRuntime

public final class GroupObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Group-Object", synopsis: "Groups objects that contain the same value for specified properties.",
        parameters: [
            ParameterDescriptor("Property", type: "object[]", position: 0, help: "The properties (or script blocks) whose values form the groups."),
            ParameterDescriptor("NoElement", type: "switch", help: "Leaves the members out of each group (only Count and Name)."),
            ParameterDescriptor("AsHashTable", type: "switch", aliases: ["AHT"], help: "Returns a hashtable of the groups by value."),
            ParameterDescriptor("AsString", type: "switch", help: "With -AsHashTable, makes the keys strings."),
            ParameterDescriptor("CaseSensitive", type: "switch", help: "Keeps values that differ only in case apart."),
            ParameterDescriptor("Culture", type: "string", help: "The culture whose rules compare strings."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to group (piped)."),
        ],
        description: "Groups objects that have the same value of a property (or of a script block), as objects with Count, Name and the Group of members; -NoElement leaves the members out, -AsHashTable returns a table of groups.",
        examples: [
            HelpExample("Count words by length",
                        code: "'one', 'two', 'three', 'four' | Group-Object Length -NoElement",
                        output: "\nCount Name\n----- ----\n    2 3\n    1 4\n    1 5\n\n"),
            HelpExample("Build a lookup table",
                        code: "$byLength = 'one', 'two', 'three' | Group-Object Length -AsHashTable\n$byLength[3]",
                        output: "one\ntwo\n"),
        ])
    public init() {}

    final class Group {
        let keys: [SortKey]
        var items: [Value] = []
        init(keys: [SortKey]) { self.keys = keys }
    }

    var properties: [PropertyExpression] = []
    var groups: [Group] = []
    var groupByText: [String: Group] = [:]
    var keyKinds: [Int?] = []
    var mixedKinds = false
    var caseSensitive = false

    public func begin(_ context: CmdletContext) throws {
        properties = try PropertyExpression.parseList(context.value("Property"), keys: PropertyExpression.Keys.expressionOnly,
                                                      context: context)
        caseSensitive = context.flag("CaseSensitive")
        if context.flag("AsString"), !context.flag("AsHashTable") {
            throw context.terminatingError("The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.",
                                           id: "ArgumentException", category: .invalidArgument, exceptionType: "System.ArgumentException")
        }
        if context.flag("AsHashTable"), !context.flag("AsString"), properties.count > 1 {
            throw context.terminatingError("The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter.",
                                           id: "ArgumentException", category: .invalidArgument, exceptionType: "System.ArgumentException")
        }
    }

    public func process(_ context: CmdletContext) throws {
        guard let item = context.currentItem, !item.isNull else { return }
        let keys = try SortKeys.of(item, properties, context.runspace)
        noteKinds(keys)
        let text = keys.count == 1 ? keys[0].groupingText(caseSensitive: caseSensitive)
            : keys.map { $0.groupingText(caseSensitive: caseSensitive) }.joined(separator: "\u{1F}")
        if let group = groupByText[text] {
            group.items.append(item)
            return
        }
        let group = Group(keys: keys)
        group.items.append(item)
        groups.append(group)
        groupByText[text] = group
    }

    /// Tracks whether every key position holds one type (nulls aside).
    func noteKinds(_ keys: [SortKey]) {
        guard !mixedKinds else { return }
        if keyKinds.isEmpty { keyKinds = Array(repeating: nil, count: keys.count) }
        for (position, key) in keys.enumerated() where key.kind != 0 {
            if let known = keyKinds[position], known != key.kind { mixedKinds = true; return }
            keyKinds[position] = key.kind
        }
    }

    public func end(_ context: CmdletContext) throws {
        if !mixedKinds {
            let comparer = KeyListComparer(descending: [], caseSensitive: caseSensitive)
            let indexed = groups.enumerated().map { KeyedItem(item: .int($0.offset), keys: $0.element.keys, index: $0.offset) }
            groups = indexed.sorted(by: comparer.areInIncreasingOrder).map { groups[$0.index] }
        }
        guard !groups.isEmpty else { return }
        if context.flag("AsHashTable") {
            try context.write(try hashtable(asString: context.flag("AsString"), context))
            return
        }
        let noElement = context.flag("NoElement")
        for group in groups {
            try context.write(.native(GroupInfo(values: group.keys.map(\.value), items: group.items, noElement: noElement)))
        }
    }

    func hashtable(asString: Bool, _ context: CmdletContext) throws -> Value {
        let table = HashtableValue(caseSensitive: context.flag("CaseSensitive"))
        for group in groups {
            let key: Value = asString ? .string(GroupInfo.name(of: group.keys.map(\.value))) : group.keys.first?.value ?? .null
            guard table[key] == nil else {
                try context.writeError(ErrorRecord("The objects grouped by this property cannot be expanded because there is a key duplication. Provide a valid value for the property, and then try again.",
                                                   exceptionType: "System.Exception", errorId: "The objects grouped by this property cannot be expanded because there is a key duplication. Provide a valid value for the property, and then try again.",
                                                   category: .invalidArgument))
                return .null
            }
            table[key] = .list(group.items)
        }
        return .hashtable(table)
    }
}

/// `Microsoft.PowerShell.Commands.GroupInfo`: formats as Count, Name, Group.
final class GroupInfo: TabularObject {
    let values: [Value]
    let items: [Value]
    let noElement: Bool

    init(values: [Value], items: [Value], noElement: Bool) {
        self.values = values
        self.items = items
        self.noElement = noElement
    }

    static func name(of values: [Value]) -> String {
        values.map { value in value.enumeratedItems.map(Conversion.toString).joined(separator: ", ") }.joined(separator: ", ")
    }

    var typeName: String { noElement ? "Microsoft.PowerShell.Commands.GroupInfoNoElement" : "Microsoft.PowerShell.Commands.GroupInfo" }
    var stringValue: String { typeName }
    var propertyNames: [String] { noElement ? ["Count", "Name"] : ["Count", "Name", "Group"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "count": return .int(items.count)
        case "name": return .string(GroupInfo.name(of: values))
        case "group": return noElement ? .list([]) : .list(items)
        case "values": return .native(ListObject(values, isArrayList: true))
        default: return nil
        }
    }
}
