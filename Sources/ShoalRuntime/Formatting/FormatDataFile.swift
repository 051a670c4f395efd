// A *.format.ps1xml file, as Update-FormatData loads it: the table and
// list views of its <ViewDefinitions>, each for the type names of its
// <ViewSelectedBy> (directly or through a <SelectionSets> entry), with
// pwsh's column headers (Label, Width, Alignment), row items (PropertyName
// or ScriptBlock, FormatString), <Wrap/>, <AutoSize/>, <HideTableHeaders/>
// and <GroupBy>. Wide and custom controls are reported, not loaded.

import ShoalSyntax

/// A view a format file declares.
public struct LoadedFormatView: Sendable {
    public let name: String
    public let typeNames: [String]
    /// A table or a list.
    public let view: FormatView
    public let autoSize: Bool
    public let hideTableHeaders: Bool

    /// Whether the view applies to `typeName` (case-insensitive).
    public func applies(to typeName: String) -> Bool {
        typeNames.contains { $0.lowercased() == typeName.lowercased() }
    }

    public var isTable: Bool { if case .table = view { true } else { false } }
}

/// The views of one format file, and what in it could not be loaded.
public struct FormatDataFile: Sendable {
    public let path: String
    public private(set) var views: [LoadedFormatView] = []
    /// Views skipped because shoal has no such control (`View 'x': ...`).
    public private(set) var skipped: [String] = []

    /// A file's problem, with its line: pwsh refuses the whole file.
    public struct LoadError: Error, Sendable {
        public let message: String
    }

    /// Reads and checks `text`, the contents of `path`.
    public init(path: String, text: String) throws(LoadError) {
        self.path = path
        let root: XmlElement
        do {
            root = try XmlReader.parse(text)
        } catch {
            throw LoadError(message: error.description)
        }
        guard root.name.lowercased() == "configuration" else {
            throw LoadError(message: "line \(root.line): the root element is <\(root.name)>; a format file's is <Configuration>.")
        }
        var selectionSets: [String: [String]] = [:]
        for set in root.element(named: "SelectionSets")?.elements(named: "SelectionSet") ?? [] {
            guard let name = set.childText("Name") else { throw problem(set, "a <SelectionSet> needs a <Name>") }
            selectionSets[name.lowercased()] = set.element(named: "Types")?.elements(named: "TypeName").map { $0.text.trimmingCharacters() } ?? []
        }
        for element in root.element(named: "ViewDefinitions")?.elements(named: "View") ?? [] {
            try load(element, selectionSets: selectionSets)
        }
    }

    private mutating func load(_ element: XmlElement, selectionSets: [String: [String]]) throws(LoadError) {
        guard let name = element.childText("Name"), !name.isEmpty else { throw problem(element, "a <View> needs a <Name>") }
        guard let selectedBy = element.element(named: "ViewSelectedBy") else {
            throw problem(element, "view '\(name)' has no <ViewSelectedBy>")
        }
        var typeNames = selectedBy.elements(named: "TypeName").map { $0.text.trimmingCharacters() }
        for set in selectedBy.elements(named: "SelectionSetName") {
            let setName = set.text.trimmingCharacters()
            guard let members = selectionSets[setName.lowercased()] else {
                throw problem(set, "view '\(name)' names the unknown selection set '\(setName)'")
            }
            typeNames += members
        }
        let groupBy = try element.element(named: "GroupBy").map { group throws(LoadError) in
            try FormatDataFile.item(group, label: group.childText("Label"), width: nil, alignment: .left, view: name)
        }
        if let table = element.element(named: "TableControl") {
            let (columns, wrap) = try FormatDataFile.tableColumns(table, view: name)
            views.append(LoadedFormatView(name: name, typeNames: typeNames, view: .table(columns, groupBy: groupBy, wrap: wrap),
                                          autoSize: table.element(named: "AutoSize") != nil,
                                          hideTableHeaders: table.element(named: "HideTableHeaders") != nil))
        } else if let list = element.element(named: "ListControl") {
            guard let entry = FormatDataFile.defaultEntry(list.element(named: "ListEntries")?.elements(named: "ListEntry") ?? []) else {
                throw problem(list, "view '\(name)' has no <ListEntry>")
            }
            let fields = try (entry.element(named: "ListItems")?.elements(named: "ListItem") ?? []).map { item throws(LoadError) in
                try FormatDataFile.item(item, label: item.childText("Label"), width: nil, alignment: .left, view: name)
            }
            views.append(LoadedFormatView(name: name, typeNames: typeNames, view: .list(fields), autoSize: false, hideTableHeaders: false))
        } else if let other = element.elements.first(where: { ["widecontrol", "customcontrol"].contains($0.name.lowercased()) }) {
            skipped.append("View '\(name)': shoal does not show a <\(other.name)> view; the view is not loaded.")
        } else {
            throw problem(element, "view '\(name)' has no <TableControl>, <ListControl>, <WideControl> or <CustomControl>")
        }
    }

    private static func tableColumns(_ table: XmlElement, view: String) throws(LoadError) -> ([FormatViewColumn], wrap: Bool) {
        let headers = table.element(named: "TableHeaders")?.elements(named: "TableColumnHeader") ?? []
        guard let row = defaultEntry(table.element(named: "TableRowEntries")?.elements(named: "TableRowEntry") ?? []) else {
            throw problem(table, "view '\(view)' has no <TableRowEntry>")
        }
        let items = row.element(named: "TableColumnItems")?.elements(named: "TableColumnItem") ?? []
        if !headers.isEmpty, headers.count != items.count {
            throw problem(row, "view '\(view)' has \(headers.count) column headers but \(items.count) column items; the counts must match")
        }
        var columns: [FormatViewColumn] = []
        for (index, item) in items.enumerated() {
            let header = headers.isEmpty ? nil : headers[index]
            var width: Int?
            if let text = header?.childText("Width") {
                guard let value = Int(text), value > 0 else { throw problem(header!, "view '\(view)': <Width> must be a positive number, not '\(text)'") }
                width = value
            }
            let alignment = try alignment(header?.element(named: "Alignment") ?? item.element(named: "Alignment"), view: view)
            columns.append(try self.item(item, label: header?.childText("Label"), width: width, alignment: alignment, view: view))
        }
        return (columns, row.element(named: "Wrap") != nil)
    }

    /// A column or list item: its property or script block and format string.
    private static func item(_ element: XmlElement, label: String?, width: Int?, alignment: TextAlignment,
                             view: String) throws(LoadError) -> FormatViewColumn {
        let property = element.childText("PropertyName")
        var script: ScriptBlockNode?
        if let text = element.element(named: "ScriptBlock")?.text {
            do {
                script = ScriptBlockNode.compiling(try Parser.parseScript(SourceFile(name: "<ScriptBlock> in view '\(view)'", text: text)))
            } catch {
                throw problem(element, "view '\(view)': its <ScriptBlock> does not parse: \(error)")
            }
        }
        guard property != nil || script != nil else {
            throw problem(element, "view '\(view)': <\(element.name)> needs a <PropertyName> or a <ScriptBlock>")
        }
        return FormatViewColumn(label ?? property ?? "", property: property, script: script, width: width, alignment: alignment,
                                formatString: element.childText("FormatString"))
    }

    private static func alignment(_ element: XmlElement?, view: String) throws(LoadError) -> TextAlignment {
        guard let element else { return .undefined }
        switch element.text.trimmingCharacters().lowercased() {
        case "left": return .left
        case "right": return .right
        case "center": return .center
        case let other: throw problem(element, "view '\(view)': <Alignment> is Left, Right or Center, not '\(other)'")
        }
    }

    /// The entry used for every object: the one without <EntrySelectedBy>.
    private static func defaultEntry(_ entries: [XmlElement]) -> XmlElement? {
        entries.first { $0.element(named: "EntrySelectedBy") == nil } ?? entries.first
    }

}

/// A problem with the element at its line.
private func problem(_ element: XmlElement, _ message: String) -> FormatDataFile.LoadError {
    FormatDataFile.LoadError(message: "line \(element.line): \(message).")
}
