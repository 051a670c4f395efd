// Get-Job, Wait-Job, Receive-Job, Stop-Job, Remove-Job (pester-cases C, D,
// E, F, G, K1, and the coverage gaps listed there).

import Foundation
import ShoalTestSupport
import Testing

@Suite struct GetJobTests {
    @Test func listsEveryJobAndFindsByIdNameInstanceIdState() {
        let result = runShoal("""
            $a = Start-ThreadJob { 1 } -Name findme | Wait-Job; $b = Start-ThreadJob { 2 } | Wait-Job
            (Get-Job).Count
            (Get-Job -Id $a.Id) -eq $a; (Get-Job -Name findme) -eq $a; (Get-Job -InstanceId $a.InstanceId) -eq $a
            (Get-Job -State Completed).Count; (Get-Job $b.Id).Name
            """)
        #expect(result.lines == ["2", "True", "True", "True", "2", "Job2"], "\(result.errors)")
    }

    @Test func listIsSortedByIdAndExcludesChildren() {
        let result = runShoal("$null = Start-Job { 1 }; $null = Start-ThreadJob { 2 }; $null = Start-Job { 3 }; (Get-Job | ForEach-Object Id) -join ','")
        #expect(result.lines == ["1,3,4"], "\(result.errors)")
    }

    @Test func beforeAfterAndHasMoreDataSelectByEndTime() {
        let result = runShoal("""
            $t0 = Get-Date; $j = Start-Job { 0 } | Wait-Job; Start-Sleep -Milliseconds 20; $t1 = Get-Date
            (Get-Job -After $t0).Id -eq $j.Id; (Get-Job -Before $t1).Id -eq $j.Id; (Get-Job -HasMoreData $true).Id -eq $j.Id
            @(Get-Job -After $t1).Count; @(Get-Job -HasMoreData $false).Count
            """)
        #expect(result.lines == ["True", "True", "True", "0", "0"], "\(result.errors)")
    }

    @Test func includeChildJobAndChildJobState() {
        let result = runShoal("""
            $j = Start-Job { 0 } | Wait-Job
            (Get-Job -IncludeChildJob).Count; (Get-Job -ChildJobState Completed)[1].Id -eq $j.ChildJobs[0].Id
            (Get-Job -ChildJobState Completed)[0].Id -eq $j.Id; @(Get-Job -ChildJobState Failed).Count
            """)
        #expect(result.lines == ["2", "True", "True", "1"], "\(result.errors)")
    }

    @Test func commandMatchesTrimmedCaseInsensitiveAndWildcards() {
        let result = runScript("""
            $t = Start-ThreadJob { "Ping" } | Wait-Job
            (Get-Job -Command ' "ping" ').Id -eq $t.Id; (Get-Job -Command '*PIN*').Id -eq $t.Id; @(Get-Job -Command 'pong').Count
            """)
        #expect(result.lines == ["True", "True", "0"], "\(result.errors)")
    }

    @Test func nameWildcardsMatchEveryKindOfJob() {
        // Documented difference: PowerShell's thread jobs match names exactly only.
        let result = runShoal("""
            $null = Start-Job { 1 } -Name 'bg-one'; $null = Start-ThreadJob { 2 } -Name 'tj-one'; $null = 1 | ForEach-Object -Parallel { 3 } -AsJob
            (Get-Job -Name '*-one' | ForEach-Object Name) -join ','
            (Get-Job -Name 'TJ-*').Name
            """)
        #expect(result.lines == ["bg-one,tj-one", "tj-one"], "\(result.errors)")
    }

    @Test func nameAndIdLookupsReachChildJobs() {
        let result = runShoal("$j = Start-Job { 1 }; (Get-Job -Id $j.ChildJobs[0].Id).Id -eq $j.ChildJobs[0].Id; (Get-Job -Name \"Job$($j.ChildJobs[0].Id)\").Id")
        #expect(result.lines == ["True", "2"], "\(result.errors)")
    }

    @Test func newestKeepsTheMostRecentlyEnded() {
        let result = runShoal("""
            $a = Start-ThreadJob { 1 } | Wait-Job; $b = Start-ThreadJob { 2 } | Wait-Job; $c = Start-ThreadJob { 3 } | Wait-Job
            (Get-Job -Newest 2 | ForEach-Object Id) -join ','
            """)
        #expect(result.lines == ["2,3"], "\(result.errors)")
    }

    @Test func unknownIdNameInstanceIdAreNonTerminating() {
        let result = runScript("""
            Get-Job -Id 42; Get-Job -Name nosuch; Get-Job -InstanceId ([guid]'11111111-2222-3333-4444-555555555555'); 'after'
            @(Get-Job -Name 'nomatch*').Count
            try { Get-Job -Id 42 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            try { Get-Job -Name nosuch -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(result.lines == ["after", "0", "JobWithSpecifiedSessionNotFound,Microsoft.PowerShell.Commands.GetJobCommand",
                                 "JobWithSpecifiedNameNotFound,Microsoft.PowerShell.Commands.GetJobCommand"], "\(result.errors)")
        #expect(result.errors.contains("The command cannot find a job with the job ID 42. Verify the value of the Id parameter and then try the command again."))
        #expect(result.errors.contains("The command cannot find the job because the job name nosuch was not found. Verify the value of the Name parameter, and then try the command again."))
        #expect(result.errors.contains("The command cannot find a job with the instance identifier 11111111-2222-3333-4444-555555555555. Verify the value of the InstanceId parameter, and then try the command again."))
    }

    @Test func aliasesExist() {
        let result = runScript("'gjb','rcjb','rjb','sajb','spjb','wjb' | ForEach-Object { (Get-Alias $_).Definition }; [bool](Get-Command Suspend-Job -ErrorAction Ignore)")
        #expect(result.lines == ["Get-Job", "Receive-Job", "Remove-Job", "Start-Job", "Stop-Job", "Wait-Job", "False"], "\(result.errors)")
    }

    @Test func jobObjectProperties() {
        let result = runScript("""
            $t = Start-ThreadJob { 1 } | Wait-Job
            $t.InstanceId -match '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
            "[$($t.StatusMessage)]"; "$($t.JobStateInfo)"; $t.PSEndTime -ge $t.PSBeginTime
            """)
        #expect(result.lines == ["True", "[]", "Completed", "True"], "\(result.errors)")
    }
}

@Suite struct WaitJobTests {
    @Test func waitBySelectorsReturnsTheCompletedJobWithDataUnread() {
        let result = runShoal("""
            $j = Start-Job { 5 } -Name w1; $w = Wait-Job -InstanceId $j.InstanceId; $w.State; $w.HasMoreData
            (Wait-Job -Name w1).Id -eq $j.Id; (Wait-Job -Id $j.Id).Id -eq $j.Id; (Wait-Job -Job $j) -eq $j; (Wait-Job -State Completed).Id -eq $j.Id
            [bool](Wait-Job -Timeout 60 -Id $j.Id)
            """)
        #expect(result.lines == ["Completed", "True", "True", "True", "True", "True", "True"], "\(result.errors)")
    }

    @Test func waitReturnsAllJobsInInputOrder() {
        let result = runShoal("$a = Start-ThreadJob { Start-Sleep -Milliseconds 150 }; $b = Start-ThreadJob { 1 }; (Wait-Job $a, $b | ForEach-Object Id) -join ','")
        #expect(result.lines == ["1,2"], "\(result.errors)")
    }

    @Test func anyReturnsExactlyOneFinishedJob() {
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{ go = $false })
            $slow = Start-ThreadJob { $s = $using:h; for ($w = 0; $w -lt 300 -and -not $s['go']; $w++) { Start-Sleep -Milliseconds 10 } }
            $fast = Start-ThreadJob { 'fast' }
            $first = Wait-Job $slow, $fast -Any
            @($first).Count; $first.Id -eq $fast.Id; $slow.State
            $h['go'] = $true; $null = Wait-Job $slow
            """)
        #expect(result.lines == ["1", "True", "Running"], "\(result.errors)")
    }

    @Test func timeoutReturnsNothingAndLeavesTheJobRunning() {
        let start = Date()
        let result = runShoal("""
            $j = Start-Job { Start-Sleep 20 }
            $r = Wait-Job $j -TimeoutSec 1; $null -eq $r; $j.State; $j.HasMoreData
            Remove-Job $j -Force
            """)
        #expect(result.lines == ["True", "Running", "True"], "\(result.errors)")
        #expect(Date().timeIntervalSince(start) < 8)
    }

    @Test func timeoutZeroReturnsTheJobsAlreadyFinished() {
        // Documented difference (PowerShell issue 14675): -Timeout 0 polls.
        let result = runShoal("""
            $h = [hashtable]::Synchronized(@{ go = $false })
            $done = Start-ThreadJob { 1 } | Wait-Job
            $busy = Start-ThreadJob { $s = $using:h; for ($w = 0; $w -lt 300 -and -not $s['go']; $w++) { Start-Sleep -Milliseconds 10 } }
            (Wait-Job $done, $busy -Timeout 0 | ForEach-Object Id) -join ','
            $h['go'] = $true; $null = Wait-Job $busy
            """)
        #expect(result.lines == ["1"], "\(result.errors)")
    }

    @Test func negativeTimeoutBelowMinusOneIsRejected() {
        let result = runShoal("""
            $j = Start-ThreadJob { 1 }
            try { Wait-Job $j -Timeout -2 } catch { $_.FullyQualifiedErrorId }
            (Wait-Job $j -Timeout -1).Id
            """)
        #expect(result.lines == ["ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WaitJobCommand", "1"], "\(result.errors)")
    }

    @Test func waitDoesNotReadData() {
        let result = runScript("$j = Start-ThreadJob { 'd' }; $null = Wait-Job $j; $null = Wait-Job $j; $j.HasMoreData; Receive-Job $j")
        #expect(result.lines == ["True", "d"], "\(result.errors)")
    }

    @Test func waitOnUnknownIdIsNonTerminatingAndReturns() {
        let result = runScript("Wait-Job -Id 77; 'after'")
        #expect(result.lines == ["after"])
        #expect(result.errors.contains("The command cannot find a job with the job ID 77."))
    }
}

@Suite struct ReceiveJobTests {
    @Test func writeJobInResultsPutsTheJobFirst() {
        let result = runShoal("$r = Start-Job { 'out' } | Receive-Job -Wait -WriteJobInResults; $r.Count; $r[0].State; $r[0].HasMoreData; $r[1]")
        #expect(result.lines == ["2", "Completed", "False", "out"], "\(result.errors)")
    }

    @Test func writeEventsAddsOneEventPerJob() {
        let result = runShoal("$r = Start-Job { 'out' } | Receive-Job -Wait -WriteEvents; $r.Count; $r[0]; $r[1].GetType().FullName")
        #expect(result.lines == ["3", "out", "System.Management.Automation.JobStateEventArgs"], "\(result.errors)")
    }

    @Test func autoRemoveJobReturnsDataAndDeletesTheJob() {
        let result = runShoal("""
            Start-Job { 'out' } -Name gone | Receive-Job -Wait -AutoRemoveJob
            try { Get-Job -Name gone -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(result.lines == ["out", "JobWithSpecifiedNameNotFound,Microsoft.PowerShell.Commands.GetJobCommand"], "\(result.errors)")
    }

    @Test func keepLeavesTheData() {
        let result = runShoal("$j = Start-Job { 'k' } | Wait-Job; Receive-Job $j -Keep; $j.HasMoreData; Receive-Job $j; $j.HasMoreData; @(Receive-Job $j).Count")
        #expect(result.lines == ["k", "True", "k", "False", "0"], "\(result.errors)")
    }

    @Test func noRecurseOnTheParentReturnsNothing() {
        let result = runShoal("$j = Start-Job { 'c' }; @(Receive-Job -Job $j -Wait -NoRecurse).Count; Receive-Job $j")
        #expect(result.lines == ["0", "c"], "\(result.errors)")
    }

    @Test func locationAndComputerNameSelectTheChild() {
        let result = runShoal("""
            $j = Start-Job { 'c' } | Wait-Job; Receive-Job $j -Location localhost
            $k = Start-Job { 'd' } | Wait-Job; Receive-Job $k -ComputerName localhost
            $m = Start-Job { 'e' } | Wait-Job; @(Receive-Job $m -Location elsewhere).Count
            """)
        #expect(result.lines == ["c", "d", "0"], "\(result.errors)")
    }

    @Test func waitBlocksToTheEndAndIdWorks() {
        let result = runShoal("$j = Start-Job { 'w' }; $j | Receive-Job -Wait; $j.State; $j.HasMoreData; $k = Start-Job { 3 * 3 }; $null = Wait-Job -Id $k.Id; Receive-Job -Id $k.Id; Receive-Job $k.Name")
        #expect(result.lines == ["w", "Completed", "False", "9"], "\(result.errors)")
    }

    @Test func repeatedReceivesOfARunningJobAreGapFreeChunks() {
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{ stop = $false })
            $j = Start-ThreadJob { $s = $using:h; $n = 0; while (-not $s.stop -and $n -lt 100000) { $n; $n++; if ($n % 50 -eq 0) { Start-Sleep -Milliseconds 1 } } }
            Start-Sleep -Milliseconds 100; $a = @(Receive-Job $j)
            Start-Sleep -Milliseconds 100; $b = @(Receive-Job $j)
            $h.stop = $true; $null = Wait-Job $j; $c = @(Receive-Job $j)
            $all = $a + $b + $c
            $a.Count -gt 0; $all[0]; @(0..($all.Count - 2) | Where-Object { $all[$_ + 1] -ne $all[$_] + 1 }).Count
            """)
        #expect(result.lines == ["True", "0", "0"], "\(result.errors)")
    }

    @Test func receiveGetsPartialResultsOfARunningJob() {
        let result = runShoal("""
            $j = Start-Job { 'early'; Start-Sleep 30 }
            $got = $null; for ($i = 0; $i -lt 300 -and -not $got; $i++) { $got = Receive-Job $j; if (-not $got) { Start-Sleep -Milliseconds 10 } }
            $got; $j.State; $j.HasMoreData
            Remove-Job $j -Force
            """)
        #expect(result.lines == ["early", "Running", "True"], "\(result.errors)")
    }

    @Test func jobErrorsLandInErrorVariable() {
        let result = runShoal("""
            Start-Job { Get-Item /no/such/thing } | Wait-Job | Receive-Job -ErrorVariable e -ErrorAction SilentlyContinue
            $e.Count -ge 1; $e[0].FullyQualifiedErrorId
            """)
        #expect(result.lines == ["True", "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand"], "\(result.errors)")
    }

    @Test func startJobOutputIsInterleavedInArrivalOrder() {
        let result = runShoal("""
            Start-Job { 'o1'; Write-Warning 'w1'; 'o2'; Write-Error 'e1'; 'o3' } | Wait-Job | Receive-Job *>&1 | ForEach-Object { "$_" }
            """)
        #expect(result.lines == ["o1", "w1", "o2", "e1", "o3"], "\(result.errors)")
    }

    @Test func threadJobReceiveIsStreamByStream() {
        let result = runScript("""
            Start-ThreadJob { 'o1'; Write-Warning 'w1'; 'o2'; Write-Error 'e1'; 'o3' } | Wait-Job | Receive-Job *>&1 | ForEach-Object { "$_" }
            """)
        #expect(result.lines == ["o1", "o2", "o3", "e1", "w1"], "\(result.errors)")
    }

    @Test func verboseIsReplayedOnlyWhenReceiverAllows() {
        let result = runScript("""
            $t = Start-ThreadJob { Write-Verbose 'vv' -Verbose } | Wait-Job
            @(Receive-Job $t -Keep 4>&1).Count
            (Receive-Job $t -Verbose 4>&1).Message
            """)
        #expect(result.lines == ["0", "vv"], "\(result.errors)")
    }

    @Test func parameterCombinationErrors() {
        let result = runScript("""
            $t = Start-ThreadJob { 1 } | Wait-Job
            try { Receive-Job $t -Wait -Keep } catch { $_.Exception.Message }
            try { Receive-Job $t -AutoRemoveJob } catch { $_.Exception.Message }
            try { Receive-Job $t -WriteJobInResults } catch { $_.Exception.Message }
            try { Receive-Job $t -WriteEvents } catch { $_.Exception.Message }
            $t.HasMoreData
            """)
        #expect(result.lines == [
            "The Wait and Keep parameters cannot be used together in the same command.",
            "The -AutoRemoveJob parameter cannot be used without the -Wait parameter",
            "The -WriteJobInResults parameter cannot be used without the -Wait parameter",
            "The WriteEvents parameter cannot be used without the Wait parameter.",
            "True",
        ], "\(result.errors)")
    }

    @Test func receiveOfARemovedJobFails() {
        let result = runShoal("$t = Start-ThreadJob { 1 } | Wait-Job; Remove-Job $t; Receive-Job -Id $t.Id; 'after'")
        #expect(result.lines == ["after"])
        #expect(result.errors.contains("The command cannot find a job with the job ID 1."), "\(result.errors)")
    }

    @Test func stoppedJobReceivesNoError() {
        let result = runShoal("$j = Start-Job { Start-Sleep 30 }; Stop-Job -Id $j.Id; $o = Receive-Job $j -ErrorVariable er; $null -eq $o; $er.Count; $j.State")
        #expect(result.lines == ["True", "0", "Stopped"], "\(result.errors)")
    }
}

@Suite struct StopJobTests {
    @Test func stopBySelectorsEndsAProducingJob() {
        let result = runShoal("""
            $a = Start-Job { 1..200 | ForEach-Object { $_; Start-Sleep -Milliseconds 20 } } -Name feed
            do { $got = Receive-Job $a } while (-not $got -and $a.State -eq 'Running')
            Stop-Job -Name feed; $a.State; $a.HasMoreData
            $b = Start-ThreadJob { Start-Sleep 30 }; Stop-Job -Id $b.Id; $b.State
            $c = Start-ThreadJob { Start-Sleep 30 }; Stop-Job -InstanceId $c.InstanceId; $c.State
            $d = Start-ThreadJob { Start-Sleep 30 }; Start-Sleep -Milliseconds 50; Stop-Job -State Running; $d.State
            """)
        #expect(result.lines == ["Stopped", "False", "Stopped", "Stopped", "Stopped"], "\(result.errors)")
    }

    @Test func outputBeforeTheStopStaysReceivable() {
        let result = runScript("""
            $t = Start-ThreadJob { 'before'; Start-Sleep 30; 'after' }
            for ($i = 0; $i -lt 300 -and -not $t.HasMoreData; $i++) { Start-Sleep -Milliseconds 10 }
            Stop-Job $t; $t.State; Receive-Job $t
            """)
        #expect(result.lines == ["Stopped", "before"], "\(result.errors)")
    }

    @Test func passThruWritesAllMatchedJobsAndFinishedOnesAreSkipped() {
        let result = runShoal("""
            $done = Start-ThreadJob { 1 } | Wait-Job; $run = Start-ThreadJob { Start-Sleep 30 }
            (Stop-Job $done, $run -PassThru | ForEach-Object { "$($_.Id):$($_.State)" }) -join ','
            @(Stop-Job $done).Count
            """)
        #expect(result.lines == ["1:Completed,2:Stopped", "0"], "\(result.errors)")
    }

    @Test func stopIsPromptAndCooperativeInLoops() {
        let start = Date()
        let result = runScript("$t = Start-ThreadJob { while ($true) { $x = 1 } }; Start-Sleep -Milliseconds 50; Stop-Job $t; $t.State")
        #expect(result.lines == ["Stopped"], "\(result.errors)")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func stopUnknownIdIsNonTerminating() {
        let result = runScript("Stop-Job -Id 99; Stop-Job -Name nope; 'after'")
        #expect(result.lines == ["after"])
        #expect(result.errors.contains("The command cannot find a job with the job ID 99."))
        #expect(result.errors.contains("The command cannot find the job because the job name nope was not found."))
    }
}

@Suite struct RemoveJobTests {
    @Test func removeBySelectors() {
        let result = runScript("""
            $a = Start-ThreadJob { 0 } -Name bye | Wait-Job; Remove-Job -InstanceId $a.InstanceId
            $b = Start-ThreadJob { 0 } -Name bye2 | Wait-Job; Remove-Job -Name bye2
            $c = Start-ThreadJob { 0 } | Wait-Job; Remove-Job -Id $c.Id
            $d = Start-ThreadJob { 0 } | Wait-Job; $d | Remove-Job
            $e = Start-ThreadJob { 0 } | Wait-Job; Remove-Job -State Completed
            @(Get-Job).Count
            Get-Job -Id $a.Id -ErrorAction SilentlyContinue
            """)
        #expect(result.lines == ["0"], "\(result.errors)")
        #expect(result.errors.isEmpty)
    }

    @Test func runningJobIsKeptWithoutForce() {
        let result = runShoal("""
            $j = Start-Job { Start-Sleep 30 }
            Remove-Job $j -ErrorAction SilentlyContinue -ErrorVariable re
            (Get-Job -Id $j.Id).Id -eq $j.Id; $j.State
            $re[0].FullyQualifiedErrorId; "$($re[0].CategoryInfo.Category)"
            Remove-Job $j -Force; @(Get-Job -Id $j.Id -ErrorAction SilentlyContinue).Count; $j.State
            """)
        #expect(result.lines == ["True", "Running", "JobObjectNotFinishedCannotBeRemoved,Microsoft.PowerShell.Commands.RemoveJobCommand",
                                 "InvalidOperation", "0", "Stopped"], "\(result.errors)")
    }

    @Test func notFinishedMessage() {
        let result = runShoal("$t = Start-ThreadJob { Start-Sleep 30 }; Remove-Job $t; Remove-Job -Id $t.Id; Remove-Job -Name $t.Name; 'after'; Remove-Job $t -Force")
        #expect(result.lines == ["after"])
        #expect(result.errors.contains("The command cannot remove the job with the job ID 1 because the job is not finished. To remove the job, first stop the job, or use the Force parameter."))
        #expect(result.errors.contains("The command cannot remove the job with the job ID 1 and the name Job1 because the job is not finished."))
    }

    @Test func removeStateRunningStopsWithoutForce() {
        let result = runScript("$t = Start-ThreadJob { Start-Sleep 30 }; Start-Sleep -Milliseconds 50; Remove-Job -State Running; @(Get-Job).Count; $t.State")
        #expect(result.lines == ["0", "Stopped"], "\(result.errors)")
    }

    @Test func removingAChildJobFails() {
        let result = runShoal("$j = Start-Job { 1 } | Wait-Job; Remove-Job -Id $j.ChildJobs[0].Id; @(Get-Job).Count")
        #expect(result.lines == ["1"], "\(result.errors)")
        #expect(result.errors.contains("The command cannot remove the job because it does not exist or because it is a child job. Child jobs can be removed only by removing the parent job."))
    }

    @Test func idsAreNeverReused() {
        let result = runShoal("$a = Start-ThreadJob { 1 } | Wait-Job; Remove-Job $a; (Start-ThreadJob { 2 }).Id")
        #expect(result.lines == ["2"], "\(result.errors)")
    }

    @Test func removeUnknownIdIsNonTerminating() {
        let result = runScript("Remove-Job -Id 5; 'after'")
        #expect(result.lines == ["after"])
        #expect(result.errors.contains("The command cannot find a job with the job ID 5."))
    }
}
