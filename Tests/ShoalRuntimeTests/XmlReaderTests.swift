// The XML reader under format files: the tree it builds (entities, CDATA,
// comments, attributes, self-closing tags) and the line and column of
// what it refuses.

import Testing
@testable import ShoalRuntime

@Suite struct XmlReaderTests {
    @Test func readsElementsAttributesAndText() throws {
        let root = try XmlReader.parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE c [ <!ELEMENT c ANY> ]>
            <!-- a comment before the root -->
            <c version='2' kind="a&amp;b">
              <Item id="1">x &lt; y &#65;&#x42;</Item>
              <Empty/>
              <Code><![CDATA[$a -lt <b> & c]]></Code>
              <!-- <Item id="ignored"/> -->
              <Item id="2"><Sub>t</Sub>tail</Item>
            </c>
            """)
        #expect(root.name == "c")
        #expect(root.attribute("version") == "2")
        #expect(root.attribute("kind") == "a&b")
        #expect(root.elements(named: "item").map { $0.attribute("id") } == ["1", "2"])
        #expect(root.childText("Item") == "x < y AB")
        #expect(root.element(named: "Empty")?.children.isEmpty == true)
        #expect(root.childText("Code") == "$a -lt <b> & c")
        #expect(root.elements(named: "Item")[1].text == "ttail")
        #expect(root.elements(named: "Item")[1].line == 9)
    }

    @Test(arguments: [
        ("<a><b></a>", "The 'b' start tag on line 1 position 4 does not match the end tag of 'a'.", 1, 10),
        ("<a>\n  <b>&nope;</b>\n</a>", "Reference to undeclared entity 'nope'.", 2, 6),
        ("<a x=1/>", "'x' is missing its quoted value.", 1, 6),
        ("<a x='1' x='2'/>", "'x' is a duplicate attribute name.", 1, 15),
        ("<a></a><b/>", "There are multiple root elements.", 1, 8),
        ("text", "Data at the root level is invalid.", 1, 1),
        ("<a>\n<b>", "Unexpected end of file has occurred. The following elements are not closed: b.", 2, 1),
    ])
    func refusesMalformedInputWithItsPlace(text: String, message: String, line: Int, column: Int) {
        do {
            _ = try XmlReader.parse(text)
            Issue.record("parsed: \(text)")
        } catch {
            #expect(error.message == message)
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }
}
