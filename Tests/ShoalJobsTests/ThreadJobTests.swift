// Start-ThreadJob: jobs on threads of the shell (pester-cases H1-H13, plus
// throttling, ids, states and bad input from issue 4).

import Foundation
import ShoalTestSupport
import Testing

@Suite struct ThreadJobTests {
    @Test func outputComesBackThroughReceiveJob() {
        let result = runScript("$t = Start-ThreadJob { 'hi there' }; $t | Receive-Job -Wait; $t.PSJobTypeName; $t.Location; $t.ChildJobs.Count")
        #expect(result.lines == ["hi there", "ThreadJob", "PowerShell", "0"], "\(result.errors)")
    }

    @Test func threadJobUsesOneIdAndDefaultName() {
        let result = runShoal("$a = Start-ThreadJob { 1 }; $b = Start-ThreadJob { 2 }; $a.Id; $b.Id; $b.Name; \"[$($a.Command)]\"")
        #expect(result.lines == ["1", "2", "Job2", "[ 1 ]"], "\(result.errors)")
    }

    @Test func emptyNameIsAValidationError() {
        let result = runScript("try { Start-ThreadJob { 1 } -Name '' } catch { $_.FullyQualifiedErrorId }; @(Get-Job).Count")
        #expect(result.lines == ["ParameterArgumentValidationError,Microsoft.PowerShell.ThreadJob.StartThreadJobCommand", "0"],
                "\(result.errors)")
    }

    @Test func initializationOutputPrecedesMainOutput() {
        let result = runScript("$r = Start-ThreadJob { 'main' } -InitializationScript { 'init' } | Receive-Job -Wait; $r -join ','")
        #expect(result.lines == ["init,main"], "\(result.errors)")
    }

    @Test func argumentListBindsParamAndCombinesWithUsing() {
        let result = runScript("""
            Start-ThreadJob { param($x, $y) "$y$x" } -ArgumentList 'a', 'b' | Receive-Job -Wait
            $who = 'Ann'
            Start-ThreadJob { param([string]$greet) "$greet $using:who" } -ArgumentList 'Hi' | Receive-Job -Wait
            """)
        #expect(result.lines == ["ba", "Hi Ann"], "\(result.errors)")
    }

    @Test func pipedObjectsReachOneJobAsInput() {
        let result = runScript("""
            'p', 'q' | Start-ThreadJob { $input | ForEach-Object { "<$_>" } } | Receive-Job -Wait
            @('p', 'q' | Start-ThreadJob { $input }).Count
            Start-ThreadJob { @($input).Count } -InputObject @(1, 2) | Receive-Job -Wait
            """)
        #expect(result.lines == ["<p>", "<q>", "1", "1"], "\(result.errors)")
    }

    @Test func usingReadsLocalsAndGlobalsAndArraysArriveWhole() {
        let result = runScript("""
            $s = 'str'; $arr = 10, 20, 30; $global:gv = 'glob'
            $r = Start-ThreadJob { $using:s; ($using:arr)[2]; Write-Output @(,$using:arr); $using:gv } | Receive-Job -Wait
            $r.Count; $r[0]; $r[1]; $r[2].Count; $r[3]
            """)
        #expect(result.lines == ["4", "str", "30", "3", "glob"], "\(result.errors)")
    }

    @Test func undefinedUsingIsNullWithoutError() {
        let result = runScript("Start-ThreadJob { \"[$using:nothing]\" } | Receive-Job -Wait; @(Get-Job)[0].State")
        #expect(result.lines == ["[]", "Completed"], "\(result.errors)")
        #expect(result.errors.isEmpty)
    }

    /// PowerShell's Start-ThreadJob rejects `$using:a[0]`; shoal deliberately
    /// allows it, as Start-Job and -Parallel do (the README lists this).
    @Test func usingWithIndexWorksUnlikePowerShell() {
        let result = runScript("$a = 1, 2; Start-ThreadJob { $using:a[1] } | Receive-Job -Wait; @(Get-Job).Count")
        #expect(result.lines == ["2", "1"], "\(result.errors)")
    }

    @Test func filePathWithInitArgumentsAndUsing() {
        let dir = JobTestEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.ps1")
        try? "param($p) \"file $p $using:tag\"\n".write(to: file, atomically: true, encoding: .utf8)
        let result = runScript("""
            $tag = 'T'
            $j = Start-ThreadJob -FilePath '\(file.path)' -ArgumentList 1 -InitializationScript { 'pre' }
            $j | Receive-Job -Wait
            $j.Command
            """)
        #expect(result.lines == ["pre", "file 1 T", file.path], "\(result.errors)")
    }

    @Test func filePathThatDoesNotParseNamesLineAndColumnAndCreatesNoJob() {
        let dir = JobTestEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.ps1")
        try? "'ok'\n\n  1 +\n".write(to: file, atomically: true, encoding: .utf8)
        let result = runShoal("Start-ThreadJob -FilePath '\(file.path)'; \"jobs: $(@(Get-Job).Count)\"; (Start-ThreadJob { 1 }).Id")
        #expect(result.lines == ["jobs: 0", "1"], "\(result.errors)")
        #expect(result.errors.contains("bad.ps1:3:5"), "\(result.errors)")
    }

    @Test func filePathMustBePs1() {
        let result = runScript("Start-ThreadJob -FilePath /etc/hostname; \"jobs: $(@(Get-Job).Count)\"")
        #expect(result.errors.contains("Invalid file path extension.  Extension should be .ps1."), "\(result.errors)")
        #expect(result.lines == ["jobs: 0"])
    }

    @Test func throwFailsTheJobWithReasonAndReceiveReplaysIt() {
        let result = runScript("""
            $t = Start-ThreadJob { 'first'; throw 'tj boom' } | Wait-Job
            $t.State; $t.JobStateInfo.Reason.Message; $t.JobStateInfo.State
            $r = $t | Receive-Job 2>&1
            "$($r[0])"; "$($r[1])"; $r.Count
            """)
        #expect(result.lines == ["Failed", "tj boom", "Failed", "first", "tj boom", "2"], "\(result.errors)")
    }

    @Test func receiveReplaysFailureAsJobStateFailedError() {
        let result = runScript("""
            $t = Start-ThreadJob { throw 'bad' } | Wait-Job
            Receive-Job $t -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId; "$($ev[0].CategoryInfo.Category)"
            """)
        #expect(result.lines == ["JobStateFailed", "InvalidResult"], "\(result.errors)")
    }

    @Test func eachStreamLandsInItsCollection() {
        let result = runScript("""
            $t = Start-ThreadJob { Write-Error e1; Write-Warning w1; $VerbosePreference='Continue'; Write-Verbose v1
              $DebugPreference='Continue'; Write-Debug d1; Write-Information i1; Write-Host h1 } | Wait-Job
            "$($t.Error)"; "$($t.Warning)"; "$($t.Verbose)"; "$($t.Debug)"; ($t.Information | ForEach-Object MessageData) -join ','
            $t.State
            """)
        #expect(result.lines == ["e1", "w1", "v1", "d1", "i1,h1", "Completed"], "\(result.errors)")
    }

    @Test func writeHostInAThreadJobDoesNotPrintUntilReceived() {
        let result = runScript("$t = Start-ThreadJob { Write-Host 'from host' } | Wait-Job; 'waited'; $t | Receive-Job")
        #expect(result.lines == ["waited", "from host"], "\(result.errors)")
    }

    @Test func hasMoreDataIgnoresInformationAndDrains() {
        let result = runScript("""
            $a = Start-ThreadJob { Write-Information 'i' } | Wait-Job; $a.HasMoreData
            $b = Start-ThreadJob { 'o' } | Wait-Job; $b.HasMoreData; $null = Receive-Job $b -Keep; $b.HasMoreData
            $null = Receive-Job $b; $b.HasMoreData
            """)
        #expect(result.lines == ["False", "True", "True", "False"], "\(result.errors)")
    }

    @Test func throttleLimitQueuesJobsAsNotStartedAndIsSticky() {
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{ go = $false })
            $t = 1..4 | ForEach-Object {
                if ($_ -eq 1) { Start-ThreadJob { $s = $using:h; for ($w = 0; $w -lt 300 -and -not $s['go']; $w++) { Start-Sleep -Milliseconds 10 } } -ThrottleLimit 2 }
                else { Start-ThreadJob { $s = $using:h; for ($w = 0; $w -lt 300 -and -not $s['go']; $w++) { Start-Sleep -Milliseconds 10 } } }
            }
            for ($i = 0; $i -lt 200 -and @($t | Where-Object State -eq Running).Count -lt 2; $i++) { Start-Sleep -Milliseconds 10 }
            Start-Sleep -Milliseconds 100
            @($t | Where-Object State -eq Running).Count; @($t | Where-Object State -eq NotStarted).Count
            $t[3].HasMoreData; $null -eq $t[3].PSBeginTime
            $h['go'] = $true
            $null = $t | Wait-Job
            ($t | ForEach-Object State) -join ','
            """)
        #expect(result.lines == ["2", "2", "False", "True", "Completed,Completed,Completed,Completed"], "\(result.errors)")
    }

    @Test func queuedJobStartsWhenARunningOneFinishes() {
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{ go = $false })
            $a = Start-ThreadJob { $s = $using:h; for ($w = 0; $w -lt 300 -and -not $s['go']; $w++) { Start-Sleep -Milliseconds 10 }; 'a' } -ThrottleLimit 1
            $b = Start-ThreadJob { 'b' }
            Start-Sleep -Milliseconds 150
            $b.State
            $h['go'] = $true
            $b | Receive-Job -Wait; $a | Receive-Job -Wait
            """)
        #expect(result.lines == ["NotStarted", "b", "a"], "\(result.errors)")
    }

    @Test func throttleLimitZeroOrNegativeIsRejected() {
        let result = runScript("""
            try { Start-ThreadJob { 1 } -ThrottleLimit 0 } catch { $_.FullyQualifiedErrorId }
            try { Start-ThreadJob { 1 } -ThrottleLimit -3 } catch { $_.FullyQualifiedErrorId }
            @(Get-Job).Count
            """)
        #expect(result.lines == ["ParameterArgumentValidationError,Microsoft.PowerShell.ThreadJob.StartThreadJobCommand",
                                 "ParameterArgumentValidationError,Microsoft.PowerShell.ThreadJob.StartThreadJobCommand", "0"],
                "\(result.errors)")
    }

    @Test func runsInCallersDirectoryAndFullLanguage() {
        let result = runScript("""
            Set-Location /tmp
            (Start-ThreadJob { $PWD } | Receive-Job -Wait).Path -eq $PWD.Path
            Start-ThreadJob { $ExecutionContext.SessionState.LanguageMode } | Receive-Job -Wait
            """)
        #expect(result.lines == ["True", "FullLanguage"], "\(result.errors)")
    }

    @Test func threadJobStartsInAFreshRunspace() {
        let result = runScript("""
            function Get-Secret { 's' }; $callerVar = 'c'
            Start-ThreadJob { "[$callerVar]"; [bool](Get-Command Get-Secret -ErrorAction Ignore) } | Receive-Job -Wait
            """)
        #expect(result.lines == ["[]", "False"], "\(result.errors)")
    }

    @Test func stopJobMethodStopsSynchronously() {
        let result = runScript("$t = Start-ThreadJob { Start-Sleep 60 }; Start-Sleep -Milliseconds 100; $t.StopJob($true, 'test'); $t.JobStateInfo.State")
        #expect(result.lines == ["Stopped"], "\(result.errors)")
    }

    @Test func stoppingANotStartedJobNeverRunsIt() {
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{ go = $false; ran = $false })
            $a = Start-ThreadJob { $s = $using:h; for ($w = 0; $w -lt 300 -and -not $s['go']; $w++) { Start-Sleep -Milliseconds 10 } } -ThrottleLimit 1
            $b = Start-ThreadJob { ($using:h)['ran'] = $true }
            $b.State; Stop-Job $b; $b.State
            $h['go'] = $true; $null = $a | Wait-Job; Start-Sleep -Milliseconds 50
            $h['ran']
            """)
        #expect(result.lines == ["NotStarted", "Stopped", "False"], "\(result.errors)")
    }

    @Test func endlessRecursionGetsCallDepthErrorNotACrash() {
        let result = runScript("""
            $t = Start-ThreadJob { function f { f }; f } | Wait-Job
            $t.State; $t.JobStateInfo.Reason.Message -match 'call depth'
            'alive'
            """)
        #expect(result.lines == ["Failed", "True", "alive"], "\(result.errors)")
    }

    @Test func autoRemoveOverSeveralThreadJobsRemovesThemAll() {
        let result = runScript("""
            $null = 1..3 | ForEach-Object { Start-ThreadJob { 'x' } } | Receive-Job -Wait -AutoRemoveJob
            @(Get-Job | Where-Object PSJobTypeName -eq ThreadJob).Count
            """)
        #expect(result.lines == ["0"], "\(result.errors)")
    }

    @Test func threadJobCanStartAndWaitForJobs() {
        let result = runScript("Start-ThreadJob { Start-ThreadJob { 'nested' } | Receive-Job -Wait } | Receive-Job -Wait; @(Get-Job).Count")
        #expect(result.lines == ["nested", "2"], "\(result.errors)")
    }

    @Test func synchronizedHashtableSharesStateBetweenThreads() {
        // Documented difference: values crossing into thread jobs are copies,
        // except a synchronized hashtable, which is how threads share state.
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{})
            $jobs = 1..5 | ForEach-Object { Start-ThreadJob { param($i) ($using:h)["k$i"] = $i * 2 } -ArgumentList $_ }
            $null = $jobs | Wait-Job
            $h.Count; $h.k5
            """)
        #expect(result.lines == ["5", "10"], "\(result.errors)")
    }
}
