// The history file: kept across sessions, shared by two shells open at
// once, owner-only, and free of lines that look like secrets.

import Foundation
import Glibc
import Testing

@Suite(.serialized) struct HistoryFileTests {
    @Test func historySurvivesTheSession() throws {
        let home = PseudoTerminal.Home()
        let first = try PseudoTerminal.shell(home)
        first.run("Write-Output ('first' + '-session')", expecting: "\nfirst-session\n")
        first.run("$token = 'hunter2'")
        first.run("Write-Output \"multi`nline\"; if ($true) {\n'line two' }", expecting: "line two")
        first.send("exit" + Key.enter)
        #expect(first.waitForExit() == 0)

        var info = stat()
        #expect(stat(home.historyPath, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        let file = try String(contentsOfFile: home.historyPath, encoding: .utf8)
        #expect(file.contains("Write-Output ('first' + '-session')"))
        #expect(!file.contains("hunter2"))

        let second = try PseudoTerminal.shell(home)
        second.send(Key.up + Key.up + Key.up + Key.enter)
        second.expect("\nfirst-session\n")
    }

    @Test func twoShellsAtOnceLoseNothing() throws {
        let home = PseudoTerminal.Home()
        let a = try PseudoTerminal.shell(home)
        let b = try PseudoTerminal.shell(home)
        for round in 1...3 {
            a.run("Write-Output 'a\(round)'", expecting: "\na\(round)\n")
            b.run("Write-Output 'b\(round)'", expecting: "\nb\(round)\n")
        }
        // b sees a's newest line after its next prompt.
        a.run("Write-Output ('from' + '-a')", expecting: "\nfrom-a\n")
        b.run("")
        b.send(Key.up + Key.enter)
        b.expect("\nfrom-a\n")
        a.send("exit" + Key.enter)
        b.send("exit" + Key.enter)
        #expect(a.waitForExit() == 0)
        #expect(b.waitForExit() == 0)
        let lines = try String(contentsOfFile: home.historyPath, encoding: .utf8).split(separator: "\n").map(String.init)
        for round in 1...3 {
            #expect(lines.contains("Write-Output 'a\(round)'"))
            #expect(lines.contains("Write-Output 'b\(round)'"))
        }
        #expect(lines.contains("Write-Output ('from' + '-a')"))
    }

    @Test func aDamagedFileGivesAWarningNotAFailure() throws {
        let home = PseudoTerminal.Home()
        try FileManager.default.createDirectory(atPath: home.path + "/state/shoal", withIntermediateDirectories: true)
        try Data([0x00, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: home.historyPath))
        let shell = try PseudoTerminal.shell(home)
        #expect(shell.text.contains("damaged"))
        shell.run("Write-Output ('still' + '-works')", expecting: "\nstill-works\n")
    }
}
