// The interactive shell through a pseudo-terminal: editing, Ctrl-C while
// editing and while a command runs, Ctrl-D and `exit` with running jobs,
// continuation lines, the profile and prompt function, and the history
// cmdlets. Completion, history files and notices have their own files.

import Foundation
import Glibc
import Testing

/// Keys as a terminal sends them.
enum Key {
    static let enter = "\r"
    static let tab = "\t"
    static let left = "\u{1B}[D"
    static let up = "\u{1B}[A"
    static let ctrlC = "\u{3}"
    static let ctrlD = "\u{4}"
}

extension PseudoTerminal {
    /// Starts a shell and waits for its first prompt.
    static func shell(_ home: PseudoTerminal.Home, arguments: [String] = ["-NoProfile"], directory: String? = nil) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(home: home, arguments: arguments, directory: directory)
        terminal.expect("> ")
        return terminal
    }

    /// Ctrl-C at the prompt; waits for the fresh prompt before typing on
    /// (keys typed sooner could still reach the abandoned line).
    func cancel(sourceLocation: SourceLocation = #_sourceLocation) {
        send(Key.ctrlC)
        expect("^C", sourceLocation: sourceLocation)
        expect("PS ", sourceLocation: sourceLocation)
    }

    /// Types `typed` and Tab, waits for `completed` on the line, then abandons the line.
    func completes(_ typed: String, to completed: String, sourceLocation: SourceLocation = #_sourceLocation) {
        send(typed + Key.tab)
        expect(completed, sourceLocation: sourceLocation)
        cancel(sourceLocation: sourceLocation)
    }

    /// Types a command, presses Enter and waits for `output`, then for the next prompt.
    func run(_ command: String, expecting output: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        send(command + Key.enter)
        if let output { expect(output, sourceLocation: sourceLocation) }
        expect("PS ", sourceLocation: sourceLocation)
    }
}

@Suite(.serialized) struct InteractiveShellTests {
    @Test func editsTheLineWithCursorKeysAndUTF8() throws {
        let home = PseudoTerminal.Home()
        let shell = try PseudoTerminal.shell(home)
        shell.send("Write-Output 'helo'" + Key.left + Key.left + "l" + Key.enter)
        shell.expect("\nhello\n")
        shell.run("Write-Output 'héllo ✓'", expecting: "\nhéllo ✓\n")
        shell.send(Key.ctrlD)
        #expect(shell.waitForExit() == 0)
    }

    @Test func readHostReadsALineMasksItOnRequestAndStopsOnCtrlC() throws {
        let home = PseudoTerminal.Home()
        let shell = try PseudoTerminal.shell(home)
        shell.send("$n = Read-Host 'Your name'; 'hi ' + $n" + Key.enter)
        shell.expect("Your name: ")
        shell.send("Bob" + Key.enter)
        shell.expect("\nhi Bob\n")
        shell.expect("PS ")
        shell.send("$p = Read-Host -MaskInput 'Password'; 'length ' + $p.Length + ' ' + $p" + Key.enter)
        shell.expect("Password: ")
        shell.send("abcd\u{7f}Z" + Key.enter)
        shell.expect("length 4 abcZ")
        #expect(shell.text.contains("Password: ****"))
        #expect(!shell.text.contains("Password: abc"))
        shell.expect("PS ")
        shell.send("Read-Host 'wait'; 'not ' + 'reached'" + Key.enter)
        shell.expect("wait: ")
        shell.send("partial")
        shell.cancel()
        shell.run("'still ' + 'here'", expecting: "still here")
        #expect(!shell.text.contains("not reached"))
    }

    @Test func ctrlCWhileEditingDiscardsTheLine() throws {
        let home = PseudoTerminal.Home()
        let shell = try PseudoTerminal.shell(home)
        shell.send("Write-Output ('dis' + 'carded')")
        shell.expect("'carded')")
        shell.cancel()
        shell.run("Write-Output ('ke' + 'pt')", expecting: "\nkept\n")
        #expect(!shell.text.contains("\ndiscarded\n"))
    }

    @Test func ctrlCStopsTheForegroundCommandButNotJobs() throws {
        let home = PseudoTerminal.Home()
        let shell = try PseudoTerminal.shell(home)
        shell.run("$j = Start-ThreadJob { Start-Sleep 3; 'job-' + 'survived' }")
        let started = Date()
        shell.send("Write-Output ('sleep' + 'ing'); Start-Sleep 10" + Key.enter)
        shell.expect("\nsleeping\n")
        shell.send(Key.ctrlC)
        shell.expect("PS ")
        #expect(Date().timeIntervalSince(started) < 9.5)
        // An external program is stopped too.
        shell.send("Write-Output ('exter' + 'nal'); sleep 10" + Key.enter)
        shell.expect("\nexternal\n")
        let externalStarted = Date()
        shell.send(Key.ctrlC)
        shell.expect("PS ")
        #expect(Date().timeIntervalSince(externalStarted) < 9)
        shell.run("Receive-Job $j -Wait", expecting: "job-survived")
    }

    @Test func continuesIncompleteInput() throws {
        let home = PseudoTerminal.Home()
        let shell = try PseudoTerminal.shell(home)
        shell.send("if ($true) {" + Key.enter)
        shell.expect(">> ")
        shell.run("Write-Output ('in' + 'side') }", expecting: "\ninside\n")
    }

    @Test func exitWithRunningJobsWarnsOnce() throws {
        let home = PseudoTerminal.Home()
        let shell = try PseudoTerminal.shell(home)
        shell.run("$null = Start-ThreadJob { Start-Sleep 60 }")
        shell.run("exit", expecting: "still running")
        shell.send("exit 4" + Key.enter)
        #expect(shell.waitForExit() == 4)
    }

    @Test func profileDefinesThePrompt() throws {
        let home = PseudoTerminal.Home()
        try "function prompt { 'custom' + '> ' }\n$fromProfile = 'yes'\n".write(toFile: home.profilePath, atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal(home: home)
        shell.expect("custom> ")
        shell.send("Write-Output \"profile=$fromProfile at $PROFILE\"" + Key.enter)
        shell.expect("profile=yes at \(home.profilePath)")
        shell.expect("custom> ")
        let bare = try PseudoTerminal(home: home, arguments: ["-NoProfile"])
        bare.expect("PS ")
        bare.send("Write-Output \"[$fromProfile]\"" + Key.enter)
        bare.expect("\n[]\n")
    }

    @Test func historyCmdletsSeeTheSession() throws {
        let home = PseudoTerminal.Home()
        let shell = try PseudoTerminal.shell(home)
        shell.run("Write-Output ('one' + '-two')", expecting: "\none-two\n")
        shell.run("Get-History", expecting: "1")
        shell.run("r 1", expecting: "one-two\n")
        shell.run("(Get-History).Count", expecting: "\n3\n")
        shell.run("Clear-History; (Get-History).Count", expecting: "\n0\n")
    }
}

/// The scope-qualifier script of ShoalEndToEndTests typed at the prompt line
/// by line: the REPL agrees with every other way of running it.
@Suite struct ReplScopeQualifierTests {
    @Test func qualifiersAgreeWithLookUpByNameAtThePrompt() throws {
        let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ShoalEndToEndTests/Scripts/lib/scope-qualifiers.ps1")
        let lines = try String(contentsOf: scripts, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") }
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        for line in lines { shell.run(line) }
        let expected = ["x: script script", "g: global global", "local: local local script", "sees p: []", "own: private private",
                        "p2: [] [mine]", "l: 2 2", "n: 3", "y: from block w: []", "z: dotted", "total: 10 calls: 4"]
        let printed = shell.text.split(separator: "\n").map { String($0) }.filter { expected.contains($0) }
        #expect(printed == expected, "transcript:\n\(shell.text)")
    }
}
