// Where an error says it happened: the command line that called a script,
// a window of a long `-c` line, and the caller of a script in a file.

import Foundation
import Testing

@Suite("Error positions")
struct ErrorDisplayTests {
    @Test func aBindingErrorFromTheCommandLineNamesTheScriptOnly() throws {
        let result = try runShoal(["lib/typed-parameter.ps1", "-Count", "abc"])
        #expect(result.stdout == "")
        #expect(result.stderr == "typed-parameter.ps1: Cannot process argument transformation on parameter 'Count'. Cannot convert value \"abc\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\"\n")
        #expect(result.status == 1)
    }

    @Test func aBindingErrorFromAScriptPointsAtTheCall() throws {
        let result = try runShoal(["-c", "'before'\n./lib/typed-parameter.ps1 -Count abc"])
        #expect(result.stdout == "before\n")
        #expect(result.stderr.hasPrefix("typed-parameter.ps1: <command>:2:27\n2 | ./lib/typed-parameter.ps1 -Count abc\n"))
    }

    @Test func aLongCommandLineShowsAWindowAroundTheError() throws {
        let filler = (1...30).map { "$v\($0) = \($0)" }.joined(separator: "; ")
        let result = try runShoal(["-c", filler + "; 1/0; " + filler])
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 4)
        guard lines.count >= 4 else { return }
        #expect(lines[0] == "RuntimeException: <command>:1:\(filler.count + 3)")
        #expect(lines[1].hasPrefix("1 | ...") && lines[1].hasSuffix("..."))
        #expect(lines[1].count < 120)
        // The caret sits under `1/0` in the window.
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) } ?? -1
        let code = lines[1].range(of: "1/0").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) } ?? -2
        #expect(caret == code)
        #expect(lines[3] == "Attempted to divide by zero.")
    }
}
