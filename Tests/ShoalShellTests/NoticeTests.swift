// Background-job notices and the progress line, drawn above the prompt
// while a half-typed line stays intact.

import Foundation
import Testing

@Suite(.serialized) struct NoticeTests {
    @Test func aNoticeArrivesWhileTypingAndTheLineStaysIntact() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("$null = Start-ThreadJob { Start-Sleep 2; 'x' }")
        shell.send("Write-Output 'half'")
        shell.expect("[1] Completed  Job1  ThreadJob  Start-Sleep 2; 'x'")
        // The prompt and the half-typed line are drawn again below the notice.
        shell.expect("> Write-Output 'half'")
        shell.send(Key.left + Key.left + Key.left + "-" + Key.enter)
        shell.expect("\nha-lf\n")
    }

    @Test func childJobsDoNotAnnounceThemselvesAndFailuresShowTheReason() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        // The job may fail before the next prompt is drawn or after it:
        // the notice is awaited from the command on.
        shell.send("$null = Start-Job { throw 'boom' }" + Key.enter)
        shell.expect("Failed  Job1  BackgroundJob  throw 'boom'  (boom)")
        shell.send("# waiting")
        shell.cancel()
        #expect(!shell.text.contains("[2]"))
    }

    @Test func progressLineThenCompletion() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("$null = Start-ThreadJob { foreach ($i in 1..40) { Write-Progress -Activity Copying -Status \"$i of 40\" -PercentComplete ($i * 2.5); Start-Sleep -Milliseconds 100 } }")
        shell.expect("[1] Job1 [")
        shell.expect("%  Copying: ")
        shell.expect("[1] Completed  Job1  ThreadJob")
    }

    @Test func severalJobsGetALineEachUpToFiveThenACount() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("1..7 | ForEach-Object { $null = Start-ThreadJob -ThrottleLimit 10 { foreach ($i in 1..60) { Write-Progress -Activity \"Copy $using:_\" -Status \"$i of 60\" -PercentComplete ($i * 100 / 60); Start-Sleep -Milliseconds 100 } } }")
        shell.send("# typing")
        // Five lines, in job order, then the others counted.
        shell.expect("%  Copy 5: ")
        shell.expect("+2 more")
        // Earlier frames may show job 6 while jobs 3 or 7 have not reported
        // yet; the frame that counts two more shows jobs 1 to 5 alone.
        let text = shell.text
        let count = try #require(text.range(of: "+2 more"))
        let frameStart = text[..<count.lowerBound].range(of: "PS /tmp> ", options: .backwards)?.upperBound ?? text.startIndex
        let frame = text[frameStart..<count.lowerBound]
        for job in 1...5 { #expect(frame.contains("[\(job)] Job\(job) ["), "line of job \(job)") }
        #expect(!frame.contains("%  Copy 6: "))
        shell.cancel()
    }

    @Test func aParallelJobShowsItsIterationsAsOneLine() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("$j = 1..40 | ForEach-Object -Parallel { Start-Sleep -Milliseconds 300 } -ThrottleLimit 4 -AsJob")
        shell.send("# typing")
        shell.expect("ForEach-Object -Parallel: ")
        shell.expect("/40 done, 0 failed, ")
        shell.expect("/s, ETA 0:0")
        shell.expect("[1] Completed  Job1  PSTaskJob")
        shell.cancel()
    }

    @Test func foregroundParallelAndWaitJobDrawACountingBar() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.send("1..30 | ForEach-Object -Parallel { Start-Sleep -Milliseconds 200 } -ThrottleLimit 3; 'parallel done'" + Key.enter)
        shell.expect("ForEach-Object -Parallel [")
        shell.expect("/30 done, 0 failed, ")
        shell.expect("parallel done")
        shell.send("$js = 1..4 | ForEach-Object { Start-ThreadJob { Start-Sleep ($using:_ * 0.5) } }; $null = Wait-Job $js; 'wait done'" + Key.enter)
        shell.expect("Wait-Job [")
        shell.expect("/4 done, 0 failed, ")
        shell.expect("wait done")
    }

    @Test func beforePromptModeWaitsForTheNextPrompt() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("$ShoalJobNotify = 'BeforePrompt'")
        shell.run("$null = Start-ThreadJob { Start-Sleep 1 }")
        shell.send("# typing")
        // A negative check: under load the job may end later, which still passes.
        usleep(2_500_000)
        #expect(!shell.text.contains("Completed  Job1"))
        shell.send(Key.enter)
        shell.expect("[1] Completed  Job1  ThreadJob")
    }

    @Test func aJobReceivedAndRemovedInTheForegroundIsNotAnnounced() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("Start-ThreadJob { 'result' } | Receive-Job -Wait -AutoRemoveJob")
        shell.run("$null = Start-ThreadJob { 'second' }; Get-Job | Receive-Job -Wait; Get-Job | Remove-Job")
        shell.run("'marker'", expecting: "\nmarker\n")
        #expect(!shell.text.contains("Completed  Job"))
    }

    @Test func aJobWaitedForOrStoppedInTheForegroundIsNotAnnounced() throws {
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("$a = Start-ThreadJob { Start-Sleep -Milliseconds 300; 'a' }; $null = Wait-Job $a")
        shell.run("$b = Start-ThreadJob { Start-Sleep -Milliseconds 300; 'b' }; Receive-Job $b -Wait")
        shell.run("$c = Start-Job { Start-Sleep 30 }; Stop-Job $c")
        usleep(500_000)
        shell.run("'marker'", expecting: "\nmarker\n")
        #expect(!shell.text.contains("Completed  Job"))
        #expect(!shell.text.contains("Stopped  Job"))
        // A job nobody waits for is still news.
        // The notice may come before the next prompt or after it.
        shell.send("$null = Start-ThreadJob { 'd' }" + Key.enter)
        shell.expect("] Completed  Job5  ThreadJob  'd'")
    }
}
