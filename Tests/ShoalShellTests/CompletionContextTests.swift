// What tab completion takes the word before the cursor for, read by the
// parser: one row per shape of line, finished or not.

import Foundation
@testable import ShoalShell
import Testing

@Suite struct CompletionContextTests {
    typealias Context = CompletionContext

    @Test(arguments: [
        // Commands: at the start, after separators, in blocks and brackets.
        ("Get-Jo", Context(word: "Get-Jo", kind: .command)),
        ("", Context(word: "", kind: .command)),
        ("Get-Job | Sort", Context(word: "Sort", kind: .command)),
        ("Get-Job |", Context(word: "", kind: .command)),
        ("Get-Job; ", Context(word: "", kind: .command)),
        ("$x = Get-Da", Context(word: "Get-Da", kind: .command)),
        ("if ($ok) { Get-Ch", Context(word: "Get-Ch", kind: .command)),
        ("foreach ($f in Get-Ch", Context(word: "Get-Ch", kind: .command)),
        ("Write-Output (Get-Loc", Context(word: "Get-Loc", kind: .command)),
        ("a && ", Context(word: "", kind: .command)),
        ("& ./scr", Context(word: "./scr", kind: .command)),
        // Parameters and arguments, with the command they belong to.
        ("Get-Job -Na", Context(word: "-Na", kind: .parameter, commandName: "Get-Job")),
        ("Get-Job -Name nigh", Context(word: "nigh", kind: .argument, previousWord: "-Name", commandName: "Get-Job")),
        ("Get-Job -Name:nigh", Context(word: "nigh", kind: .argument, previousWord: "-Name", commandName: "Get-Job")),
        ("Get-Job -Id ", Context(word: "", kind: .argument, previousWord: "-Id", commandName: "Get-Job")),
        ("Get-Job -State Running | Stop-Job -Pass", Context(word: "-Pass", kind: .parameter, commandName: "Stop-Job")),
        ("Get-Content 'work di", Context(word: "'work di", kind: .argument, commandName: "Get-Content")),
        ("Write-Host \"a; b\" -Fore", Context(word: "-Fore", kind: .parameter, previousWord: "\"a; b\"", commandName: "Write-Host")),
        // An escaped separator does not end the command; a comment is not a word.
        ("Write-Output a`;b -No", Context(word: "-No", kind: .parameter, previousWord: "a`;b", commandName: "Write-Output")),
        ("Get-Job <# note #> -Na", Context(word: "-Na", kind: .parameter, commandName: "Get-Job")),
        // A parenthesised argument is one element of its command.
        ("Get-Job -Id (1 + 1) -St", Context(word: "-St", kind: .parameter, previousWord: "(1 + 1)", commandName: "Get-Job")),
        // Variables, members, types.
        ("$longVa", Context(word: "$longVa", kind: .variable)),
        ("Get-Item -Path $HO", Context(word: "$HO", kind: .variable)),
        ("$env:HO", Context(word: "$env:HO", kind: .variable)),
        ("$env:", Context(word: "$env:", kind: .variable)),
        ("\"hello $na", Context(word: "$na", kind: .variable)),
        ("$job.Sta", Context(word: "Sta", kind: .member(target: "$job", isStatic: false))),
        ("$job.", Context(word: "", kind: .member(target: "$job", isStatic: false))),
        ("$PSStyle.Formatting.Tab", Context(word: "Tab", kind: .member(target: "$PSStyle.Formatting", isStatic: false))),
        ("Write-Output $text.Len", Context(word: "Len", kind: .member(target: "$text", isStatic: false))),
        ("[math]::Sq", Context(word: "Sq", kind: .member(target: "[math]", isStatic: true))),
        ("[datet", Context(word: "datet", kind: .typeName)),
        ("$x = [System.IO.Pa", Context(word: "System.IO.Pa", kind: .typeName)),
        ("[System.Collections.Generic.List[str", Context(word: "str", kind: .typeName)),
        ("[System.Collections.Generic.Dictionary[string, in", Context(word: "in", kind: .typeName)),
    ])
    func context(_ text: String, _ expected: Context) {
        #expect(CompletionContext(textBeforeCursor: text) == expected)
    }

    /// Tab may be pressed anywhere: every prefix of the end-to-end scripts
    /// (the cursor at each of their characters) gives a context, and the
    /// word is always the end of the text before the cursor.
    @Test func everyPrefixOfTheTestScriptsGivesAContext() throws {
        let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ShoalEndToEndTests/Scripts")
        let names = try FileManager.default.contentsOfDirectory(atPath: scripts.path).filter { $0.hasSuffix(".ps1") }.sorted()
        #expect(names.count > 100)
        var checked = 0
        for name in names {
            let text = try String(contentsOf: scripts.appendingPathComponent(name), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            // Every character of the first lines (where Tab is usually pressed), then every 41st.
            for end in stride(from: 0, through: scalars.count, by: 1) where end < 120 || end % 41 == 0 {
                var before = String.UnicodeScalarView()
                before.append(contentsOf: scalars[..<end])
                let typed = String(before)
                let context = CompletionContext(textBeforeCursor: typed)
                #expect(typed.hasSuffix(context.word), "\(name) at \(end): \(context.word.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test func aLineBrokenBeforeTheCursorCompletesItsLastWordAsAPath() {
        #expect(CompletionContext(textBeforeCursor: "Get-Job ) ./fi") == Context(word: "./fi", kind: .argument))
    }
}
