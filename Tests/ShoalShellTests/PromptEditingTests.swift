// The prompt as bash and PSReadLine users expect it: continuation lines
// (a trailing backtick, a pasted line that starts with `|`), the editing
// keys terminals send, Ctrl-Z, completion that keeps a name's case and the
// question before a long completion list.

import Foundation
import Glibc
import Testing

/// Escape sequences of editing keys, as xterm and its kin send them.
extension Key {
    static let ctrlLeft = "\u{1B}[1;5D"
    static let ctrlRight = "\u{1B}[1;5C"
    static let altLeft = "\u{1B}[1;3D"
    static let homes = ["\u{1B}[1~", "\u{1B}[H", "\u{1B}OH", "\u{1B}[7~"]
    static let ends = ["\u{1B}[4~", "\u{1B}[F", "\u{1B}OF", "\u{1B}[8~"]
    static let insert = "\u{1B}[2~"
    static let pageUp = "\u{1B}[5~"
    static let ctrlDelete = "\u{1B}[3;5~"
    static let f5 = "\u{1B}[15~"
    static let ctrlZ = "\u{1A}"
}

@Suite(.serialized) struct PromptEditingTests {
    @Test func aTrailingBacktickContinuesTheLine() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.send("Write-Output `" + Key.enter)
        shell.expect(">> ")
        shell.send("'after the backtick'" + Key.enter)
        shell.expect("\nafter the backtick\n")
        shell.expect("PS ")
    }

    @Test func aPastedLineStartingWithAPipeContinuesThePipeline() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.send("1..5" + Key.enter + "  | Where-Object { $_ -gt 3 }" + Key.enter + "'next command'" + Key.enter)
        shell.expect("\n4\n5\n")
        shell.expect("next command\n")
        // Comment lines may come between; a blank line ends the pipeline.
        shell.send("'alpha', 'omega'" + Key.enter + "  # keep the last" + Key.enter + "  | Select-Object -Last 1" + Key.enter)
        shell.expect("\nomega\n")
        #expect(!shell.text.contains("\nalpha\n"))
        #expect(!shell.text.contains("empty pipe element"))
    }

    @Test func homeAndEndInEveryVariant() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        for (home, end) in zip(Key.homes, Key.ends) {
            shell.send("middle" + home + "Write-Output start-" + end + "-end" + Key.enter)
            shell.expect("\nstart-middle-end\n")
            shell.expect("PS ")
        }
    }

    @Test func wordMotionAndWordDeletion() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.send("Write-Output one three" + Key.ctrlLeft + "two " + Key.enter)
        shell.expect("\none\ntwo\nthree\n")
        shell.send("Write-Output alpha gamma" + Key.altLeft + "beta " + Key.enter)
        shell.expect("\nalpha\nbeta\ngamma\n")
        shell.send("Write-Output keep drop" + Key.ctrlLeft + Key.ctrlDelete + Key.enter)
        shell.expect("\nkeep\n")
        shell.send("Write-Output aa bb" + Key.ctrlLeft + Key.ctrlLeft + Key.ctrlRight + "Z" + Key.enter)
        shell.expect("\naaZ\nbb\n")
        shell.expect("PS ")
    }

    @Test func keysWithoutAUseInsertNothing() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        // Typed as soon as the first prompt shows: the terminal is already
        // raw then, so it does not echo the keys itself (^[[2~).
        shell.send("Write-Output clean" + Key.insert + Key.f5 + Key.enter)
        shell.expect("\nclean\n")
        shell.expect("PS ")
        // PageUp recalls the previous line.
        shell.send(Key.pageUp + Key.enter)
        shell.expect("\nclean\n")
        #expect(!shell.text.contains("~"))
        #expect(!shell.text.contains(";5"))
    }

    @Test func ctrlZAtThePromptExplainsAndKeepsTheLine() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.send("Write-Output kept")
        shell.expect("kept")
        shell.send(Key.ctrlZ)
        shell.expect("No job control in shoal")
        shell.send(Key.enter)
        shell.expect("\nkept\n")
    }

    @Test func completionKeepsTheCaseANameWasDefinedWith() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("$myLongVariable = 'value'; $Global:OtherName = 2")
        shell.send("$myL" + Key.tab)
        shell.expect("$myLongVariable")
        shell.cancel()
        // The editor redraws only from the first changed character: read
        // the completed line back from the history.
        shell.send("$othern" + Key.tab + Key.enter)
        shell.expect("\n2\n")
        shell.run("(Get-History -Count 1).CommandLine.Trim()", expecting: "\n$OtherName\n")
    }

    @Test func tabTabAsksBeforeListingMoreThanAScreen() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.send(Key.tab + Key.tab)
        shell.expect("possibilities? (y or n)")
        shell.send("n")
        shell.expect("PS ")
        shell.send("Write-Output after" + Key.enter)
        shell.expect("\nafter\n")
        #expect(!shell.text.contains("Get-ChildItem"))
    }

    @Test func ctrlCOfANativeProgramSetsItsExitCode() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.send("sleep 30" + Key.enter)
        usleep(500_000)
        shell.send(Key.ctrlC)
        shell.expect("PS ")
        shell.run("\"code $LASTEXITCODE succeeded $?\"", expecting: "code 130 succeeded False")
    }
}
