// Tab completion in the running shell, one test per kind of candidate.

import Foundation
import Testing

@Suite(.serialized) struct CompletionTests {
    @Test func commandNamesAndParameters() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.send("Write-Outp" + Key.tab + "('com' + 'mand')" + Key.enter)
        shell.expect("\ncommand\n")
        shell.completes("Start-ThreadJob -ThrottleL", to: "-ThrottleLimit ")
        // A program on PATH.
        shell.send("setsi" + Key.tab + "--version" + Key.enter)
        shell.expect("setsid from util-linux")
    }

    @Test func jobIdsNamesAndStates() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("$null = Start-ThreadJob -Name nightly { 1 }; $null = Start-ThreadJob -Name weekly { 2 }; $null = Get-Job | Wait-Job")
        shell.completes("Get-Job -Name nigh", to: "nightly ")
        shell.completes("Get-Job -State Comp", to: "Completed ")
        shell.send("Get-Job -Id " + Key.tab + Key.tab)
        shell.expect("1  nightly  Completed")
        shell.expect("2  weekly  Completed")
        shell.send("2" + Key.enter)
        shell.expect("weekly")
    }

    @Test func validateSetsAndErrorAction() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.completes("Write-Host -ForegroundColor Gree", to: "Green ")
        shell.completes("Get-Item /nonexistent -ErrorAction Silently", to: "SilentlyContinue ")
        shell.run("function Set-Mode { param([ValidateSet('alpha', 'beta')]$Mode) \"mode=$Mode\" }")
        shell.send("Set-Mode -Mo" + Key.tab + "al" + Key.tab + Key.enter)
        shell.expect("mode=alpha")
    }

    @Test func variablesMembersAndTypes() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("$job = Start-ThreadJob { 1 }; $longVariableName = 7")
        shell.send("$longVar" + Key.tab + Key.enter)
        shell.expect("\n7\n")
        shell.send("$job.Sta" + Key.tab)
        shell.expect("$job.State")
        shell.send(Key.enter)
        shell.expect("PS ")
        shell.run("$text = 'abc'")
        shell.completes("$text.Ins", to: "$text.Insert(")
        shell.completes("[math]::Sq", to: "[math]::Sqrt(")
        shell.completes("[datet", to: "[datetime")
        shell.completes("$env:HO", to: "$env:HOME")
        // Members a type declares in its member table: nested properties, methods, statics.
        shell.completes("$PSStyle.Formatting.Tab", to: "$PSStyle.Formatting.TableHeader")
        shell.completes("$PSStyle.Foreground.FromR", to: "$PSStyle.Foreground.FromRgb(")
        shell.completes("[cultureinfo]::Inv", to: "[cultureinfo]::InvariantCulture")
        shell.completes("[string]::IsNullOrW", to: "[string]::IsNullOrWhiteSpace(")
        shell.run("$table = @{ alpha = 1 }")
        shell.completes("$table.ContainsV", to: "$table.ContainsValue(")
        shell.completes("$table.alp", to: "$table.alpha")
        shell.run("$numbers = 1, 2")
        shell.completes("$numbers.IndexO", to: "$numbers.IndexOf(")
        // A Tab that inserts a common prefix is the first: the next lists.
        shell.send("$table.Cont" + Key.tab + Key.tab)
        shell.expect("ContainsValue(")
        shell.cancel()
        shell.completes("[datetime]::UtcN", to: "[datetime]::UtcNow")
        shell.completes("[System.IO.Path]::GetFileNameW", to: "[System.IO.Path]::GetFileNameWithoutExtension(")
    }

    @Test func filesAreQuotedWhenTheyHoldSpaces() throws {
        let home = PseudoTerminal.Home()
        try FileManager.default.createDirectory(atPath: home.path + "/work dir", withIntermediateDirectories: true)
        try "file-content\n".write(toFile: home.path + "/work dir/my notes.txt", atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal.shell(home, directory: home.path)
        shell.send("Get-Content wo" + Key.tab)
        shell.expect("'work dir/")
        shell.send("my" + Key.tab)
        shell.expect("notes.txt' ")
        shell.send(Key.enter)
        shell.expect("\nfile-content\n")
    }
}
