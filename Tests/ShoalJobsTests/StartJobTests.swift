// Start-Job: worker-process jobs (pester-cases A1-A11, plus ids, parameters,
// bad input and crash isolation from issue 4).

import Foundation
import Glibc
import ShoalTestSupport
import Testing

@Suite struct StartJobTests {
    @Test func startJobReturnsAJobWithTheRequestedName() {
        let result = runShoal("$j = Start-Job { 7 } -Name 'calc job'; $j -is [System.Management.Automation.Job]; $j.Name; $j.PSJobTypeName; $j.Location")
        #expect(result.lines == ["True", "calc job", "BackgroundJob", "localhost"], "\(result.errors)")
    }

    @Test func startWaitReceiveThenCompletedWithUntrimmedCommand() {
        let result = runShoal("$j = Start-Job { 20 + 22 }; ($j | Wait-Job | Receive-Job); $j.State; $j.HasMoreData; \"[$($j.Command)]\"")
        #expect(result.lines == ["42", "Completed", "False", "[ 20 + 22 ]"], "\(result.errors)")
        #expect(result.errors.isEmpty)
    }

    @Test func startJobReturnsARunningJobAndJobsCanStartJobs() {
        let result = runShoal("""
            $outer = Start-Job { Start-Job { 'inner' } | Wait-Job | Receive-Job }
            $outer.State; $outer.HasMoreData
            $outer | Wait-Job | Receive-Job
            """)
        #expect(result.lines == ["Running", "True", "inner"], "\(result.errors)")
    }

    @Test func aJobSeesTheEnvironmentOfTheMomentItStarts() {
        // The first job leaves idle workers started (forked) before the change.
        let result = runShoal("""
            $null = Start-Job { 1 } | Wait-Job
            Start-Sleep -Milliseconds 300
            $env:SHOAL_TEST_LATE = 'set later'
            $env:HOME = $null
            Start-Job { "[$env:SHOAL_TEST_LATE] [$env:HOME]" } | Receive-Job -Wait -AutoRemoveJob
            """)
        #expect(result.lines == ["[set later] []"], "\(result.errors)")
    }

    @Test func receiveJobPassesAProcessJobsProgressToItsReceiver() {
        let result = runShoal("""
            $outer = Start-ThreadJob { Start-Job { Write-Progress -Activity inner -Status deep -PercentComplete 40; 'x' } | Receive-Job -Wait -AutoRemoveJob }
            $null = Wait-Job $outer
            Receive-Job $outer -Keep
            $outer.Progress.Count; $outer.Progress[0].Activity; $outer.Progress[0].PercentComplete
            """)
        #expect(result.lines == ["x", "1", "inner", "40"], "\(result.errors)")
    }

    @Test func aJobsMyInvocationHoldsItsScriptBlockEvenLookedUpByName() {
        let result = runShoal("""
            $j = (Get-Variable -Value ExecutionContext).SessionState.PSVariable.Get("MyInvocation").Value.MyCommand.ScriptBlock &
            (Receive-Job -Wait $j).ToString()
            Start-ThreadJob { $MyInvocation.MyCommand.ScriptBlock.ToString().Trim() } | Receive-Job -Wait -AutoRemoveJob
            """)
        #expect(result.lines == ["(Get-Variable -Value ExecutionContext).SessionState.PSVariable.Get(\"MyInvocation\").Value.MyCommand.ScriptBlock",
                                 "$MyInvocation.MyCommand.ScriptBlock.ToString().Trim()"], "\(result.errors)")
    }

    @Test func startJobUsesTwoIdsParentThenChild() {
        let result = runShoal("""
            $a = Start-Job { 1 }; $b = Start-Job { 2 }
            $a.Id; $a.ChildJobs[0].Id; $b.Id; $b.ChildJobs[0].Id; $a.Name; $a.ChildJobs[0].Name
            "[$($a.ChildJobs[0].PSJobTypeName)]"; $a.ChildJobs.Count
            """)
        #expect(result.lines == ["1", "2", "3", "4", "Job1", "Job2", "[]", "1"], "\(result.errors)")
    }

    @Test func emptyNameIsIgnoredAndDefaultNameIsJobId() {
        let result = runShoal("$j = Start-Job { 1 } -Name ''; $j.Name -eq \"Job$($j.Id)\"")
        #expect(result.lines == ["True"], "\(result.errors)")
    }

    @Test func throwFailsTheJobAndReceiveReplaysErrorAndWarning() {
        let result = runShoal("""
            $j = Start-Job { Write-Warning 'careful'; throw 'kaboom' } | Wait-Job
            $j.State; $j.ChildJobs[0].State
            $j.ChildJobs[0].JobStateInfo.Reason.Message
            $j.JobStateInfo.Reason.Message
            Receive-Job $j -ErrorVariable ev -ErrorAction SilentlyContinue -WarningVariable wv -WarningAction SilentlyContinue
            $ev[0].Exception.Message; "$wv"
            """)
        #expect(result.lines == ["Failed", "Failed", "kaboom", "kaboom", "kaboom", "careful"], "\(result.errors)")
    }

    @Test func nonTerminatingErrorsLeaveTheJobCompleted() {
        let result = runShoal("""
            $j = Start-Job { Write-Error 'soft'; 'after' } | Wait-Job
            $j.State
            Receive-Job $j -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev.Count; "$($ev[0])"
            """)
        #expect(result.lines == ["Completed", "after", "1", "soft"], "\(result.errors)")
    }

    @Test func verboseAndProgressAreKeptOnTheChildJob() {
        let result = runShoal("""
            $j = Start-Job { Write-Verbose 'v-msg' -Verbose; Write-Progress -Activity act -Status st } | Wait-Job
            $j.ChildJobs[0].Verbose.ReadAll().Message
            $p = $j.ChildJobs[0].Progress.ReadAll(); $p[0].Activity; $p[0].StatusDescription
            """)
        #expect(result.lines == ["v-msg", "act", "st"], "\(result.errors)")
    }

    @Test func workingDirectoryDefaultsToCallerLocationAndAcceptsSpaces() {
        let dir = JobTestEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spaced = dir.appendingPathComponent("two words")
        try? FileManager.default.createDirectory(at: spaced, withIntermediateDirectories: true)
        let result = runShoal("""
            Set-Location '\(dir.path)'
            (Start-Job { (Get-Location).Path } | Receive-Job -Wait) -eq $PWD.Path
            Start-Job { $PWD.Path } -WorkingDirectory '\(spaced.path)' | Receive-Job -Wait
            """)
        #expect(result.lines == ["True", spaced.path], "\(result.errors)")
    }

    @Test func badWorkingDirectoriesFailWithoutCreatingAJob() {
        let result = runShoal("""
            try { Start-Job { 1 } -WorkingDirectory 'no such dir' } catch { $_.FullyQualifiedErrorId }
            try { Start-Job { 1 } -WorkingDirectory ' ' } catch { $_.FullyQualifiedErrorId }
            @(Get-Job).Count
            """)
        #expect(result.lines == ["DirectoryNotFoundException,Microsoft.PowerShell.Commands.StartJobCommand",
                                 "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.StartJobCommand", "0"],
                "\(result.errors)")
    }

    @Test func missingWorkingDirectoryMessage() {
        let result = runShoal("Start-Job { 1 } -WorkingDirectory '/no/such/dir'; 'next'")
        #expect(result.errors.contains("Cannot find the WorkingDirectory path /no/such/dir."))
        #expect(result.lines == ["next"] || result.lines.isEmpty)
    }

    @Test func nativeCommandRunsInsideAJobAndRemovedJobIsGone() {
        let result = runShoal("""
            $j = Start-Job { /bin/sh -c 'echo 42' }; $null = $j | Wait-Job
            $j.HasMoreData; Receive-Job $j
            Remove-Job $j
            try { Get-Job -Id $j.Id -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(result.lines == ["True", "42", "JobWithSpecifiedSessionNotFound,Microsoft.PowerShell.Commands.GetJobCommand"],
                "\(result.errors)")
    }

    @Test func argumentListBindsArgsAndParam() {
        let result = runShoal("""
            Start-Job { "$($args[1])-$($args[0])" } -ArgumentList 'x', 9 | Receive-Job -Wait
            Start-Job { param($a, $b) $a * $b } -ArgumentList 6, 7 | Receive-Job -Wait
            """)
        #expect(result.lines == ["9-x", "42"], "\(result.errors)")
    }

    @Test func unsupportedProcessOptionsFailBeforeAnyJobExists() {
        let result = runShoal("""
            try { Start-Job { 1 } -PSVersion 3.0 } catch { $_.FullyQualifiedErrorId }
            try { Start-Job {} -RunAs32 } catch { $_.FullyQualifiedErrorId }
            @(Get-Job).Count
            """)
        #expect(result.lines == ["ParameterBindingFailed,Microsoft.PowerShell.Commands.StartJobCommand",
                                 "RunAs32NotSupported,Microsoft.PowerShell.Commands.StartJobCommand", "0"], "\(result.errors)")
    }

    @Test func initializationScriptRunsFirstAndIsNotOutput() {
        let result = runShoal("""
            Start-Job -ScriptBlock { "$pre-main" } -InitializationScript { $global:pre = 'init'; 'init output' } | Receive-Job -Wait
            Start-Job { "$pre2!" } { $global:pre2 = 'positional' } | Receive-Job -Wait
            """)
        #expect(result.lines == ["init-main", "positional!"], "\(result.errors)")
    }

    @Test func inputObjectAndPipedInputBecomeDollarInput() {
        let result = runShoal("""
            Start-Job { @($input).Count } -InputObject @(1, 2) | Receive-Job -Wait
            1, 2, 3 | Start-Job { $input | ForEach-Object { $_ * 10 } } | Receive-Job -Wait
            @(1..3 | Start-Job { $input }).Count
            """)
        #expect(result.lines == ["1", "10", "20", "30", "1"], "\(result.errors)")
    }

    @Test func filePathRunsTheFileAndCommandIsItsText() {
        let dir = JobTestEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try? "param($p) \"file $p\"\n".write(to: dir.appendingPathComponent("job.ps1"), atomically: true, encoding: .utf8)
        let result = runShoal("""
            Set-Location '\(dir.path)'
            $j = Start-Job -FilePath ./job.ps1 -ArgumentList 5
            $j | Receive-Job -Wait
            $j.Command.Trim()
            """)
        #expect(result.lines == ["file 5", "param($p) \"file $p\""], "\(result.errors)")
    }

    @Test func filePathThatDoesNotParseNamesLineAndColumnAndCreatesNoJob() {
        let dir = JobTestEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try? "'ok'\n1 +\n".write(to: dir.appendingPathComponent("bad.ps1"), atomically: true, encoding: .utf8)
        let result = runShoal("""
            Set-Location '\(dir.path)'
            Start-Job -FilePath ./bad.ps1
            "jobs: $(@(Get-Job).Count)"
            (Start-Job { 1 }).Id
            """)
        #expect(result.lines == ["jobs: 0", "1"], "\(result.errors)")
        #expect(result.errors.contains("bad.ps1:2:3"))
        #expect(result.errors.contains("You must provide a value expression following the '+' operator."))
    }

    @Test func filePathMustBeAPs1File() {
        let dir = JobTestEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try? "1".write(to: dir.appendingPathComponent("job.txt"), atomically: true, encoding: .utf8)
        let result = runShoal("Set-Location '\(dir.path)'; Start-Job -FilePath ./job.txt; Start-Job -FilePath ./j*.ps1; \"jobs: $(@(Get-Job).Count)\"")
        #expect(result.errors.contains("The value of the FilePath parameter must be a PowerShell script file."))
        #expect(result.errors.contains("Wildcard characters are not supported for the FilePath parameter."))
        #expect(result.lines.last == "jobs: 0")
    }

    @Test func undefinedUsingVariableIsAnErrorAndCreatesNoJob() {
        let result = runShoal("""
            try { Start-Job { $using:nothere } } catch { $_.Exception.Message }
            @(Get-Job).Count
            """)
        #expect(result.lines == ["The value of the using variable '$using:nothere' cannot be retrieved because it has not been set in the local session.", "0"],
                "\(result.errors)")
    }

    @Test func usingValuesAreCopiedAtStart() {
        let result = runShoal("""
            $n = 5; $arr = 1, 2, 3; $h = @{ k = 'v' }
            $j = Start-Job { $using:n * 2; ($using:arr)[2]; $using:arr[0]; $using:h.k; ($using:h).k }
            $n = 99
            $j | Receive-Job -Wait
            """)
        #expect(result.lines == ["10", "3", "1", "v", "v"], "\(result.errors)")
    }

    @Test func outputCrossesAsDeserializedData() {
        let result = runShoal("""
            $r = Start-Job { [pscustomobject]@{ A = 1; B = 'two' }; 'text'; 3.5; $true; @{ k = 1 } } | Receive-Job -Wait
            $r[0].pstypenames[0]; $r[0].A; $r[0].B; $r[0].PSComputerName
            $r[1].GetType().FullName; $r[2].GetType().FullName; $r[3].GetType().FullName; $r[4].GetType().FullName
            """)
        #expect(result.lines == ["Deserialized.System.Management.Automation.PSCustomObject", "1", "two", "localhost",
                                 "System.String", "System.Double", "System.Boolean", "System.Collections.Hashtable"],
                "\(result.errors)")
    }

    @Test func jobRunsInItsOwnProcess() {
        let result = runShoal("$r = Start-Job { $PID } | Receive-Job -Wait; $r -ne $PID; $r -gt 0")
        #expect(result.lines == ["True", "True"], "\(result.errors)")
    }

    @Test func stateTransitionsRunningToCompletedWithTimes() {
        let result = runShoal("""
            $j = Start-Job { 'x' }
            $j.State; $null -ne $j.PSBeginTime
            $null = Wait-Job $j
            $j.State; $j.PSEndTime -ge $j.PSBeginTime; $j.ChildJobs[0].State
            """)
        #expect(result.lines == ["Running", "True", "Completed", "True", "Completed"], "\(result.errors)")
    }

    @Test func completedJobWithNoOutputHasNoMoreData() {
        let result = runShoal("$j = Start-Job { $null = 1 } | Wait-Job; $j.HasMoreData; $j.ChildJobs[0].HasMoreData")
        #expect(result.lines == ["False", "False"], "\(result.errors)")
    }

    /// The test harness runs a session in the test process; Start-Job there
    /// must still run its job (the worker binary must be shoal, not whatever
    /// /proc/self/exe is).
    @Test func startJobWorksInAnEmbeddedSession() {
        let result = runScript("$j = Start-Job { 20 + 22 } | Wait-Job; $j.State; $j | Receive-Job")
        #expect(result.lines == ["Completed", "42"], "\(result.errors)")
    }

    // MARK: crash isolation

    @Test func killedWorkerBecomesFailedWithReasonAndKeepsEarlierOutput() {
        let result = runShoal("""
            $j = Start-Job { 'before'; Write-Warning 'warned'; kill -9 $PID; 'after' } | Wait-Job
            $j.State; $j.ChildJobs[0].State
            $j.JobStateInfo.Reason.Message -match 'SIGKILL|signal 9|killed'
            $j.ChildJobs[0].JobStateInfo.Reason.Message -match 'SIGKILL|signal 9|killed'
            Receive-Job $j -ErrorVariable ev -ErrorAction SilentlyContinue -WarningVariable wv -WarningAction SilentlyContinue
            "$wv"; $ev.Count -ge 1
            'shell still alive'
            """)
        #expect(result.lines == ["Failed", "Failed", "True", "True", "before", "warned", "True", "shell still alive"],
                "\(result.errors)")
    }

    @Test func segfaultingWorkerBecomesFailed() {
        let result = runShoal("""
            $j = Start-Job { 'start'; kill -SEGV $PID; 'after' } | Wait-Job
            $j.State; $j.JobStateInfo.Reason.Message -match 'SIGSEGV|signal 11'
            $j | Receive-Job -ErrorAction SilentlyContinue
            'alive'
            """)
        #expect(result.lines == ["Failed", "True", "start", "alive"], "\(result.errors)")
    }

    @Test func workerThatExitsEarlyBecomesFailed() {
        let result = runShoal("""
            $j = Start-Job { 'one'; [Environment]::Exit(3) } | Wait-Job
            $j.State; $j | Receive-Job -ErrorAction SilentlyContinue; 'alive'
            """)
        // `exit` inside a job ends the job script; Environment.Exit ends the process.
        #expect(result.lines.first == "Failed" || result.lines.first == "Completed", "\(result.errors)")
        #expect(result.lines.contains("one"))
        #expect(result.lines.last == "alive")
    }

    // MARK: no process left behind

    private func workerPid(_ live: LiveShoal) -> Int32? {
        live.readLine(where: { $0.hasPrefix("PID=") }).flatMap { Int32($0.dropFirst(4)) }
    }

    private func pidScript(_ action: String) -> String {
        """
        $j = Start-Job { "PID=$PID"; Start-Sleep 30 }
        $p = $null
        for ($i = 0; $i -lt 500 -and -not $p; $i++) { $p = Receive-Job $j -Keep; if (-not $p) { Start-Sleep -Milliseconds 10 } }
        $p
        \(action)
        'ACTED'
        \(waitForTest)
        'END'
        """
    }

    @Test func stopJobLeavesNoProcess() throws {
        let live = LiveShoal(pidScript("Stop-Job $j; $j.State"))
        let pid = try #require(workerPid(live))
        #expect(live.readLine() == "Stopped")
        #expect(live.readLine() == "ACTED")
        #expect(ProcessProbe.isGoneAndReaped(pid), "\(ProcessProbe.describe(pid))")
        #expect(ProcessProbe.members(ofGroup: pid).isEmpty, "group \(pid) still has \(ProcessProbe.members(ofGroup: pid))")
        live.go()
        let rest = live.finish()
        #expect(rest.lines.last == "END")
    }

    @Test func removeJobForceLeavesNoProcess() throws {
        let live = LiveShoal(pidScript("Remove-Job $j -Force; @(Get-Job).Count"))
        let pid = try #require(workerPid(live))
        #expect(live.readLine() == "0")
        #expect(live.readLine() == "ACTED")
        #expect(ProcessProbe.isGoneAndReaped(pid), "\(ProcessProbe.describe(pid))")
        live.go()
        _ = live.finish()
    }

    @Test func processJobChildrenInItsGroupAreKilledToo() throws {
        let live = LiveShoal("""
            $j = Start-Job { "PID=$PID"; /bin/sh -c 'sleep 30' }
            $p = $null
            for ($i = 0; $i -lt 500 -and -not $p; $i++) { $p = Receive-Job $j -Keep; if (-not $p) { Start-Sleep -Milliseconds 10 } }
            $p
            Start-Sleep -Milliseconds 200
            Stop-Job $j
            'ACTED'
            \(waitForTest)
            """)
        let pid = try #require(workerPid(live))
        #expect(live.readLine() == "ACTED")
        #expect(ProcessProbe.isGoneAndReaped(pid), "\(ProcessProbe.describe(pid))")
        let deadline = Date().addingTimeInterval(3)
        while !ProcessProbe.members(ofGroup: pid).isEmpty && Date() < deadline { usleep(20_000) }
        #expect(ProcessProbe.members(ofGroup: pid).isEmpty, "group \(pid) still has \(ProcessProbe.members(ofGroup: pid))")
        live.go()
        _ = live.finish()
    }

    @Test func sessionEndLeavesNoProcess() throws {
        let live = LiveShoal("""
            $j = Start-Job { "PID=$PID"; Start-Sleep 30 }
            $p = $null
            for ($i = 0; $i -lt 500 -and -not $p; $i++) { $p = Receive-Job $j -Keep; if (-not $p) { Start-Sleep -Milliseconds 10 } }
            $p
            'END'
            """)
        let pid = try #require(workerPid(live))
        let result = live.finish(timeout: 10)
        #expect(result.lines.last == "END")
        #expect(result.status == 0)
        #expect(ProcessProbe.isGoneAndReaped(pid), "\(ProcessProbe.describe(pid))")
        #expect(ProcessProbe.members(ofGroup: pid).isEmpty)
    }

    @Test func sessionKilledBySigtermLeavesNoProcess() throws {
        let live = LiveShoal("""
            $j = Start-Job { "PID=$PID"; Start-Sleep 30 }
            $p = $null
            for ($i = 0; $i -lt 500 -and -not $p; $i++) { $p = Receive-Job $j -Keep; if (-not $p) { Start-Sleep -Milliseconds 10 } }
            $p
            \(waitForTest)
            """)
        let pid = try #require(workerPid(live))
        kill(live.pid, SIGTERM)
        _ = live.finish(timeout: 10)
        #expect(ProcessProbe.isGoneAndReaped(pid), "\(ProcessProbe.describe(pid))")
    }

    @Test func completedJobProcessExits() throws {
        let live = LiveShoal("""
            $j = Start-Job { "PID=$PID" } | Wait-Job
            $j | Receive-Job
            'DONE'
            \(waitForTest)
            """)
        let pid = try #require(workerPid(live))
        #expect(live.readLine() == "DONE")
        #expect(ProcessProbe.isGoneAndReaped(pid), "\(ProcessProbe.describe(pid))")
        live.go()
        _ = live.finish()
    }
}
