// -JobLog and -Resume: GNU parallel's joblog columns plus the input, one
// line per finished job or iteration; a resumed run skips what the log
// says has run; several shells can append to one log.

import Foundation
import ShoalTestSupport
import Testing

@Suite struct JobLogTests {
    @Test func everyIterationGetsALineInParallelsColumns() throws {
        let result = runShoal("""
            1..4 | ForEach-Object -Parallel { if ($_ -eq 3) { throw 'bad' }; "a$_"; "b$_" } -JobLog ./run.log 2>$null | Out-Null
            $lines = Get-Content ./run.log
            $lines[0]
            $lines | Select-Object -Skip 1 | ForEach-Object { $f = $_ -split "`t"; "$($f[0]) $($f[1]) $($f[5]) $($f[6]) $($f[7]) [$($f[8])] $($f[9]) $($f[2] -match '^\\d{10}\\.\\d{3}$') $($f[3] -match '^ +\\d+\\.\\d{3}$')" } | Sort-Object
            """)
        #expect(result.lines == [
            "Seq\tHost\tStarttime\tJobRuntime\tSend\tReceive\tExitval\tSignal\tCommand\tInput",
            "1 : 2 0 0 [if ($_ -eq 3) { throw 'bad' }; \"a$_\"; \"b$_\"] 1 True True",
            "2 : 2 0 0 [if ($_ -eq 3) { throw 'bad' }; \"a$_\"; \"b$_\"] 2 True True",
            "3 : 0 1 0 [if ($_ -eq 3) { throw 'bad' }; \"a$_\"; \"b$_\"] 3 True True",
            "4 : 2 0 0 [if ($_ -eq 3) { throw 'bad' }; \"a$_\"; \"b$_\"] 4 True True",
        ], "\(result.errors)")
    }

    @Test func aResumedRunRunsOnlyWhatTheLogLacks() throws {
        // Each iteration leaves a file; the second run must leave only those
        // of the inputs the first run did not finish (or, -ResumeFailed, failed).
        let result = runShoal("""
            New-Item -ItemType Directory ran | Out-Null
            1..5 | ForEach-Object -Parallel { if ($_ -eq 2) { throw 'flaky' }; New-Item "ran/first-$_" | Out-Null } -JobLog ./r.log 2>$null
            1..8 | ForEach-Object -Parallel { New-Item "ran/second-$_" | Out-Null } -JobLog ./r.log -Resume
            1..8 | ForEach-Object -Parallel { New-Item "ran/third-$_" | Out-Null } -JobLog ./r.log -ResumeFailed
            (Get-ChildItem ran -Name | Sort-Object) -join ' '
            (Get-Content ./r.log | Select-Object -Skip 1 | ForEach-Object { ($_ -split "`t")[9] } | Sort-Object) -join ' '
            """)
        #expect(result.lines == ["first-1 first-3 first-4 first-5 second-6 second-7 second-8 third-2",
                                 "1 2 2 3 4 5 6 7 8"], "\(result.errors)")
    }

    @Test func startJobAndThreadJobLinesAreOnTheFileWhenWaitJobReturns() throws {
        let result = runShoal("""
            $t = Start-ThreadJob { param($who) "hello $who" } -ArgumentList 'world' -JobLog ./jobs.log
            $p = Start-Job { throw 'nope' } -JobLog ./jobs.log
            $s = Start-ThreadJob { Start-Sleep 20 } -JobLog ./jobs.log
            $null = Wait-Job $t, $p
            Stop-Job $s
            Get-Content ./jobs.log | Select-Object -Skip 1 | ForEach-Object { $f = $_ -split "`t"; "$($f[0] -eq $f[0]) $($f[5]) $($f[6]) $($f[7]) $($f[8]) | $($f[9])" }
            """)
        #expect(result.lines == ["True 1 0 0 param($who) \"hello $who\" | world", "True 0 1 0 throw 'nope' | ",
                                 "True 0 -1 15 Start-Sleep 20 | "], "\(result.errors)")
    }

    @Test func twoShellsAppendToOneLogWithoutLosingOrTearingLines() throws {
        let scratch = JobTestEnvironment.scratchDirectory()
        let log = scratch.appendingPathComponent("shared.log").path
        let script = "1..2000 | ForEach-Object -Parallel { $_ } -JobLog '\(log)' | Out-Null"
        let first = LiveShoal(script)
        let second = LiveShoal(script)
        #expect(first.finish(timeout: 60).status == 0)
        #expect(second.finish(timeout: 60).status == 0)
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4001)
        #expect(lines.filter { $0.hasPrefix("Seq\t") }.count == 1, "one header, written by whichever shell came first")
        #expect(lines.first?.hasPrefix("Seq\t") == true)
        let inputs = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(inputs.allSatisfy { $0.count == 10 })
        let counted = Dictionary(grouping: inputs.map { String($0[9]) }, by: { $0 }).mapValues(\.count)
        #expect(counted.count == 2000 && counted.values.allSatisfy { $0 == 2 })
    }

    @Test func badJobLogUseIsRefusedBeforeAnythingRuns() throws {
        let result = runShoal("""
            try { 1 | ForEach-Object -Parallel { 'ran' } -JobLog /nonexistent/dir/x.log } catch { $_.Exception.Message }
            try { 1 | ForEach-Object -Parallel { 'ran' } -Resume } catch { $_.Exception.Message }
            try { Start-ThreadJob { 'ran' } -JobLog /nonexistent/dir/x.log } catch { $_.Exception.Message }
            @(Get-Job).Count
            """)
        #expect(result.lines == ["Cannot open the job log '/nonexistent/dir/x.log': No such file or directory.",
                                 "The 'Resume' and 'ResumeFailed' parameters need the 'JobLog' parameter: the log says what has run.",
                                 "Cannot open the job log '/nonexistent/dir/x.log': No such file or directory.", "0"], "\(result.errors)")
    }
}
