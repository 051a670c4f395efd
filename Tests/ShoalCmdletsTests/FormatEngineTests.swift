// Unit tests of the formatting engine's parts: table widths, cell text,
// the renderer's blank lines, list layout and progress lines.

import Testing
@testable import ShoalRuntime

@Suite struct FormatEngineTests {
    @Test func columnsWithoutWidthShareTheRestOfTheScreen() {
        #expect(TableLayout.fit([30, 0], into: 120) == [30, 89])
        #expect(TableLayout.fit([0, 0], into: 120) == [60, 59])
    }

    @Test func tooWideTablesShrinkThenHideTheLastColumn() {
        #expect(TableLayout.fit([10, 10, 10], into: 25) == [10, 10, 3])
        #expect(TableLayout.fit([10, 10, 10], into: 21) == [10, 10, -1])
    }

    @Test func longValuesAreCutWithAnEllipsis() {
        #expect(TableLayout.field("abcdef", width: 4, alignment: .left, pad: true) == "abc…")
        #expect(TableLayout.field("abcdef", width: 4, alignment: .right, pad: true) == "…def")
        #expect(TableLayout.field("7", width: 3, alignment: .right, pad: false) == "  7")
        #expect(TableLayout.field("ab", width: 4, alignment: .left, pad: false) == "ab")
        #expect(TableLayout.firstLine("one\ntwo") == "one…")
    }

    @Test func headersAreStyledOnlyWhenAsked() {
        let layout = TableLayout(requested: [4, 5], alignments: [.left, .right], screenWidth: 120)
        #expect(layout.headerLines(["Name", "Size"], style: .plain) == ["Name  Size", "----  ----"])
        #expect(layout.headerLines(["Name", "Size"], style: PSStyle(rendering: .ansi).textStyle(decorated: true))[0] == "\u{1B}[32;1mName\u{1B}[0m \u{1B}[32;1m Size\u{1B}[0m")
    }

    @Test func rendererFramesTablesAndListsWithBlankLines() {
        let table = FormatRenderer(options: FormatOptions(width: 120))
        var text = table.render(.formatStart(.table(columns: [TableColumnHeader(label: "A")], hideHeaders: false, autoSize: false, wrap: false)))
        text += table.render(.groupStart(header: nil)) + table.render(.entry(.row([TableCell("xyz")]))) + table.render(.groupEnd)
        text += table.render(.formatEnd)
        #expect(text == "\nA\n-\nxyz\n\n")
        let list = FormatRenderer(options: FormatOptions(width: 120))
        text = list.render(.formatStart(.list)) + list.render(.entry(.list([ListField("a", "1"), ListField("bb", "2")])))
        text += list.render(.entry(.list([ListField("c", "3")]))) + list.render(.formatEnd)
        #expect(text == "\na  : 1\nbb : 2\n\nc : 3\n\n")
    }

    @Test func outOfBandTextKeepsItsPlaceAmongHeldRows() {
        let formatter = StreamingFormatter()
        let object = PSObject()
        object.set("N", .int(5))
        var text = formatter.add(.object(object)) + formatter.add(.string("between"))
        text += formatter.add(.object(object)) + formatter.finish()
        #expect(text == "\nN\n-\n5\nbetween\n5\n\n")
    }

    @Test func listValuesWrapUnderTheirFirstLine() {
        let text = ListLayout.text([ListField("Key", "one two three")], width: 14, style: .plain)
        #expect(text == "Key : one two\n      three\n")
    }

    @Test func cellTextShowsFourItemsOfACollection() {
        #expect(OutputFormatter.cellText(.list([1, 2, 3, 4, 5].map(Value.int))) == "{1, 2, 3, 4…}")
        #expect(OutputFormatter.cellText(.list([.string("a")])) == "{a}")
    }

    @Test func registeredViewsAreUsedForTheirTypeName() {
        let registry = CommandRegistry()
        registry.registerTable(typeName: "Test.Widget", columns: [
            FormatViewColumn("Id", width: 4, alignment: .right), FormatViewColumn("Shout") { object in
                .string(Conversion.toString(OutputFormatter.propertyValue(of: object, named: "Name") ?? .null).uppercased())
            },
        ])
        let widget = PSObject(typeName: "Test.Widget")
        widget.set("Id", .int(7))
        widget.set("Name", .string("gear"))
        let runspace = Runspace(registry: registry, host: CapturingHost())
        #expect(OutputFormatter.format([.object(widget)], runspace: runspace) == "\n  Id Shout\n  -- -----\n   7 GEAR\n\n")
        // Another session's registry has no such view: its properties make the table.
        let other = Runspace(registry: CommandRegistry(), host: CapturingHost())
        #expect(OutputFormatter.format([.object(widget)], runspace: other) == "\nId Name\n-- ----\n 7 gear\n\n")
    }

    @Test func progressLineShowsBarPercentAndStatus() {
        var renderer = ProgressRenderer()
        renderer.update(ProgressRecord(activityId: 1, activity: "Copy", statusDescription: "file.txt", percentComplete: 50))
        #expect(renderer.line(width: 80, style: nil) == "Copy [==========          ] 50% file.txt")
        renderer.update(ProgressRecord(activityId: 1, activity: "Copy", statusDescription: "", isCompleted: true))
        #expect(renderer.line(width: 80, style: nil) == nil)
    }
}
