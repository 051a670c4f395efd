// States, HasMoreData, look-ups and helper functions as PowerShell users
// expect them from its job system.

import ShoalTestSupport
import Testing

@Suite struct JobBookkeepingTests {
    @Test func aJobsStateIsAJobStateValue() {
        let result = runScript("""
            $j = Start-ThreadJob { 1 }; $null = Wait-Job $j
            $j.State -eq [System.Management.Automation.JobState]::Completed
            $j.State.GetType().FullName
            $j.JobStateInfo.State -eq 'completed'
            $j | Select-Object State | ConvertTo-Json -Compress
            (Get-Job -State ([System.Management.Automation.JobState]::Completed)).Count
            """)
        #expect(result.lines == ["True", "System.Management.Automation.JobState", "True", "{\"State\":2}", "1"], "\(result.errors)")
    }

    @Test func aThreadJobWithinItsThrottleIsRunningWhenStartReturns() {
        let result = runScript("""
            $j = Start-ThreadJob { Start-Sleep -Milliseconds 300 } -ThrottleLimit 5
            $j.State
            $queued = 1..6 | ForEach-Object { Start-ThreadJob { Start-Sleep -Milliseconds 300 } }
            $queued[-1].State
            $null = Get-Job | Wait-Job
            """)
        #expect(result.lines == ["Running", "NotStarted"], "\(result.errors)")
    }

    @Test func aFailedProcessJobHasMoreDataUntilItsErrorIsReceived() {
        let result = runShoal("""
            $j = Start-Job { throw 'boom' }
            $null = Wait-Job $j
            $j.State; $j.HasMoreData
            Receive-Job $j 2>&1 | ForEach-Object { "got: $_" }
            $j.HasMoreData
            """)
        #expect(result.lines == ["Failed", "True", "got: boom", "False"], "\(result.errors)")
    }

    @Test func aRemovedJobIsNotFoundByGetJob() {
        let result = runScript("""
            $j = Start-ThreadJob { 1 }
            $null = Wait-Job $j; Remove-Job $j
            try { Get-Job $j -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            @(Get-Job).Count
            """)
        #expect(result.lines == ["JobWithSpecifiedNameNotFound,Microsoft.PowerShell.Commands.GetJobCommand", "0"], "\(result.errors)")
    }

    @Test func everyKindOfJobPrintsInOneTable() {
        let result = runShoal("""
            $null = Start-ThreadJob { 1 }; $null = Start-Job { 2 }; $null = 1 | ForEach-Object -Parallel { 3 } -AsJob
            $null = Get-Job | Wait-Job
            Get-Job | Out-String
            """)
        #expect(result.output.components(separatedBy: "PSJobTypeName").count == 2, "\(result.output)")
        #expect(result.lines.filter { $0.contains("Completed") }.count == 3, "\(result.output)")
    }

    @Test func memberEnumerationOverJobs() {
        let result = runScript("""
            $jobs = 1..2 | ForEach-Object { Start-ThreadJob { Write-Error "e$using:_" } }
            $null = $jobs | Wait-Job
            $jobs.Error | ForEach-Object { "$_" }
            """)
        #expect(result.lines == ["e1", "e2"], "\(result.errors)")
    }

    @Test func memberEnumerationFlattensEmptyCollections() {
        let result = runScript("""
            $jobs = 1..3 | ForEach-Object { Start-ThreadJob { 1 } }
            $null = $jobs | Wait-Job
            @($jobs.Error).Count
            $e = 1 | ForEach-Object -Parallel { throw 'T' } 2>&1
            $e.Count
            """)
        #expect(result.lines == ["0", "1"], "\(result.errors)")
    }

    @Test func parallelFillsScopedCommonVariables() {
        let result = runScript("""
            1 | ForEach-Object -Parallel { Write-Error "Error:$_" } -ErrorVariable global:ev 2>$null
            1 | ForEach-Object -Parallel { Write-Warning "Warning:$_" } -WarningVariable global:wv 3>$null
            1 | ForEach-Object -Parallel { Write-Information "Info:$_" } -InformationVariable global:iv
            1 | ForEach-Object -Parallel { "Out:$_" } -OutVariable global:ov | Out-Null
            "$($global:ev[0])"; "$($global:wv[0])"; "$($global:iv[0])"; "$($global:ov[0])"
            """)
        #expect(result.lines == ["Error:1", "Warning:1", "Info:1", "Out:1"], "\(result.errors)")
    }

    @Test func nestedUsingInsideParallel() {
        let result = runScript("""
            $x = 5
            1 | ForEach-Object -Parallel { $y = $using:x; 1..2 | ForEach-Object -Parallel { $using:y * $_ } } | Sort-Object
            """)
        #expect(result.lines == ["5", "10"], "\(result.errors)")
    }

    @Test func receivedRecordsAreReleasedUnlessKept() {
        let result = runScript("""
            $j = Start-ThreadJob { 1..3 } | Wait-Job
            $j.Output.Count
            $null = Receive-Job $j -Keep; $j.Output.Count
            $null = Receive-Job $j; $j.Output.Count; $j.HasMoreData
            """)
        #expect(result.lines == ["3", "3", "0", "False"], "\(result.errors)")
    }
}

@Suite struct JobWaitRaceTests {
    @Test func receiveWaitNeverMissesAJobThatEndsWhileItReceives() {
        // A job that finished between Receive-Job's last look and its wait
        // used to leave it waiting for ever.
        let result = runShoal("""
            $n = 0
            foreach ($i in 1..2000) { $n += Start-ThreadJob { 1 } | Receive-Job -Wait -AutoRemoveJob }
            foreach ($i in 1..600) { $n += Start-Job { 1 } | Receive-Job -Wait -AutoRemoveJob }
            $n
            """, timeout: 90)
        #expect(result.lines == ["2600"], "\(result.errors)")
    }
}

@Suite struct JobStreamingTests {
    @Test func aJobDrainedByALoopDeliversEveryRecordInOrder() {
        let result = runScript("""
            $j = Start-ThreadJob { 1..200000 }
            $n = 0; $ordered = $true
            while ($true) {
                $finished = $j.State -eq 'Completed'
                foreach ($i in Receive-Job $j) { $n++; if ($i -ne $n) { $ordered = $false } }
                if ($finished -and -not $j.HasMoreData) { break }
            }
            $n; $ordered
            """)
        #expect(result.lines == ["200000", "True"], "\(result.errors)")
    }

    @Test func aJobNobodyReceivesKeepsEverythingAndFinishes() {
        let result = runScript("""
            $j = Start-ThreadJob { 1..150000 }
            $first = @(Receive-Job $j).Count
            # The receiver walks away: the job goes on without it.
            $null = Wait-Job $j -Timeout 30
            $j.State
            $first + @(Receive-Job $j).Count
            """)
        #expect(result.lines == ["Completed", "150000"], "\(result.errors)")
    }
}

@Suite struct JobFunctionTests {
    @Test func initializationScriptFunctionsAreVisibleToTheJob() {
        let result = runShoal("""
            Start-Job -InitializationScript { function Log($m) { "log: $m" } } { Log process } | Receive-Job -Wait
            Start-ThreadJob -InitializationScript { function Log($m) { "log: $m" } } { Log thread } | Receive-Job -Wait
            """)
        #expect(result.lines == ["log: process", "log: thread"], "\(result.errors)")
    }

    @Test func usingFunctionCopiesAFunctionIntoAJob() {
        let result = runShoal("""
            function Log($m) { "log: $m" }
            Start-Job { $function:Log = "$using:function:Log"; Log process } | Receive-Job -Wait
            Start-Job { ${function:Log} = ${using:function:Log}; Log braces } | Receive-Job -Wait
            Start-ThreadJob { $function:Log = $using:function:Log; Log thread } | Receive-Job -Wait
            """)
        #expect(result.lines == ["log: process", "log: braces", "log: thread"], "\(result.errors)")
    }

    @Test func functionDriveAssignmentsAndText() {
        let result = runScript("""
            function Log($m) { "log: $m" }
            function Plain { 'p' }
            "[${function:Log}]"; "[${function:Plain}]"
            $function:FromText = "'from text'"; FromText
            $function:FromBlock = { 'from block' }; FromBlock
            """)
        #expect(result.lines == ["[param($m)", " \"log: $m\" ]", "[ 'p' ]", "from text", "from block"], "\(result.errors)")
    }
}
