// Text as a terminal shows it: pwsh's three kinds of decoration are
// stripped (and nothing else), wide characters take two cells.

import ShoalRuntime
import Testing

@Suite struct TerminalTextTests {
    @Test func stripsGraphicsModeSwitchesAndHyperlinks() {
        #expect(TerminalText.plain("\u{1B}[1;32mgreen\u{1B}[0m plain") == "green plain")
        #expect(TerminalText.plain("\u{1B}[?25lhidden cursor\u{1B}[?25h") == "hidden cursor")
        #expect(TerminalText.plain("see \u{1B}]8;;https://x.org/a\u{1B}\\docs\u{1B}]8;;\u{1B}\\ now") == "see docs now")
        #expect(TerminalText.plain("\u{1B}[m") == "")
    }

    @Test func leavesWhatIsNotDecorationAlone() {
        // An escape that starts no sequence pwsh knows, a cursor move, an unterminated link.
        #expect(TerminalText.plain("a\u{1B}b") == "a\u{1B}b")
        #expect(TerminalText.plain("\u{1B}[2Jx") == "\u{1B}[2Jx")
        #expect(TerminalText.plain("\u{1B}]8;;never ends") == "\u{1B}]8;;never ends")
        #expect(TerminalText.plain("\u{1B}[31") == "\u{1B}[31")
    }

    @Test func widthCountsCellsNotCharactersOrSequences() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("\u{1B}[31mabc\u{1B}[0m") == 3)
        #expect(TerminalText.width("哇消息") == 6)
        #expect(TerminalText.width("ｆｕｌｌ") == 8)
        #expect(TerminalText.width("é") == 1)
        #expect(TerminalText.width("e\u{301}") == 1)
    }
}
