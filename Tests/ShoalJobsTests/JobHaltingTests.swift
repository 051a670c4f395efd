// -HaltOnFailure: the first failed iteration (or waited job) stops the
// rest, and no new iteration starts after it.

import Foundation
import ShoalTestSupport
import Testing

@Suite struct JobHaltingTests {
    @Test func parallelHaltsAtTheFirstFailureAndNamesItsInput() throws {
        // Iterations leave a file when they start and when they finish; the
        // failing one waits until three others run, so there are some to stop.
        let result = runShoal("""
            $dir = $PWD.Path
            try {
                1..30 | ForEach-Object -Parallel {
                    New-Item "$using:dir/started-$_" | Out-Null
                    if ($_ -eq 2) {
                        while (@(Get-ChildItem $using:dir -Filter 'started-*').Count -lt 4) { Start-Sleep -Milliseconds 10 }
                        throw "disk full on $_"
                    }
                    Start-Sleep 20
                    New-Item "$using:dir/finished-$_" | Out-Null
                } -ThrottleLimit 4 -HaltOnFailure
            } catch { "caught: $($_.Exception.Message) | $($_.FullyQualifiedErrorId.Split(',')[0])" }
            "started $(@(Get-ChildItem $dir -Filter 'started-*').Count), finished $(@(Get-ChildItem $dir -Filter 'finished-*').Count)"
            """, timeout: 15)
        #expect(result.lines == ["caught: ForEach-Object -Parallel stopped after the iteration for input '2' failed: disk full on 2 | ParallelHaltedOnFailure",
                                 "started 4, finished 0"], "\(result.errors)")
    }

    @Test func aHaltedParallelJobFailsWithTheInputAndStopsItsOtherIterations() throws {
        let result = runShoal("""
            $j = 1..4 | ForEach-Object -Parallel { if ($_ -eq 4) { Start-Sleep -Milliseconds 300; throw "no $_" }; Start-Sleep 20 } -HaltOnFailure -AsJob
            $null = Wait-Job $j -Timeout 15
            "$($j.State): $($j.JobStateInfo.Reason.Message)"
            ($j.ChildJobs | ForEach-Object State) -join ','
            """)
        #expect(result.lines == ["Failed: ForEach-Object -Parallel stopped after the iteration for input '4' failed: no 4",
                                 "Stopped,Stopped,Stopped,Failed"], "\(result.errors)")
    }

    @Test func waitJobHaltOnFailureStopsTheOthersAndReturnsThemAll() throws {
        let result = runShoal("""
            $slow = Start-ThreadJob { Start-Sleep 20 }
            $process = Start-Job { sleep 20 }
            $bad = Start-ThreadJob { Start-Sleep -Milliseconds 200; throw 'broken' }
            $started = [datetime]::Now
            $r = Wait-Job $slow, $process, $bad -HaltOnFailure
            "$(($r | ForEach-Object State) -join ',') quick: $((([datetime]::Now - $started).TotalSeconds) -lt 10)"
            (Start-ThreadJob { 1 }), (Start-ThreadJob { 2 }) | Wait-Job -HaltOnFailure | ForEach-Object State
            """)
        #expect(result.lines == ["Stopped,Stopped,Failed quick: True", "Completed", "Completed"], "\(result.errors)")
    }
}
