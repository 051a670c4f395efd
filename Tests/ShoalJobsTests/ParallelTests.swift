// ForEach-Object -Parallel, synchronous and -AsJob (pester-cases I1-I12,
// J1-J10).

import Foundation
import ShoalTestSupport
import Testing

@Suite struct ParallelTests {
    @Test func eachInputRunsOnceAndAllOutputArrives() {
        let result = runScript("$r = 1..8 | ForEach-Object -Parallel { $_ * 10 }; $r.Count; $r -contains 80; ($r | Sort-Object) -join ','")
        #expect(result.lines == ["8", "True", "10,20,30,40,50,60,70,80"], "\(result.errors)")
    }

    @Test func usingValuesIncludingIndexedAndNestedScriptBlock() {
        let result = runScript("""
            $w = 'hey'; $list = 'a', 'b'
            1 | ForEach-Object -Parallel { $using:w; $using:list[1] }
            $sb = [scriptblock]::Create('& { $using:w }'); 1..2 | ForEach-Object -Parallel $sb
            """)
        #expect(result.lines == ["hey", "b", "hey", "hey"], "\(result.errors)")
    }

    @Test func nestedParallelSeesItsOwnCallersUsingValues() {
        let result = runScript("""
            $v = 'L1'
            $r = 1..2 | ForEach-Object -Parallel { $using:v; $v = 'L2'; 1..2 | ForEach-Object -Parallel { $using:v } }
            @($r | Where-Object { $_ -eq 'L1' }).Count; @($r | Where-Object { $_ -eq 'L2' }).Count
            """)
        #expect(result.lines == ["2", "4"], "\(result.errors)")
    }

    @Test func undefinedUsingInInnerCallerIsAnError() {
        let result = runScript("""
            $q = 'outer only'
            1 | ForEach-Object -Parallel { 1 | ForEach-Object -Parallel { $using:q } } -ErrorVariable ue 2>$null
            $ue[0].FullyQualifiedErrorId
            """)
        #expect(result.lines == ["UsingVariableIsUndefined,Microsoft.PowerShell.Commands.ForEachObjectCommand"], "\(result.errors)")
    }

    @Test func terminatingErrorInOneIterationBecomesPSTaskException() {
        let result = runScript("""
            $r = 1..2 | ForEach-Object -Parallel { if ($_ -eq 1) { throw 'bad'; 'never' } else { 'ok' } } 2>&1
            ($r | ForEach-Object { "$_" } | Sort-Object) -join ','
            ($r | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).FullyQualifiedErrorId
            """)
        #expect(result.lines == ["bad,ok", "PSTaskException"], "\(result.errors)")
    }

    @Test func otherStreamsAreForwarded() {
        let result = runScript("""
            (1 | ForEach-Object -Parallel { Write-Warning ww } 3>&1).Message
            (1 | ForEach-Object -Parallel { Write-Verbose vv -Verbose } -Verbose 4>&1).Message
            (1 | ForEach-Object -Parallel { Write-Information ii } 6>&1).MessageData
            (1 | ForEach-Object -Parallel { Write-Error ee } 2>&1).FullyQualifiedErrorId
            """)
        #expect(result.lines == ["ww", "vv", "ii", "Microsoft.PowerShell.Commands.WriteErrorException"], "\(result.errors)")
    }

    @Test func scriptBlockUsingOrPipedInputIsRejected() {
        let result = runScript("""
            $blk = { 1 }
            try { 1 | ForEach-Object -Parallel { $using:blk } } catch { $_.FullyQualifiedErrorId }
            ($blk | ForEach-Object -Parallel { 'x' } 2>&1).FullyQualifiedErrorId
            """)
        #expect(result.lines == ["ParallelUsingVariableCannotBeScriptBlock,Microsoft.PowerShell.Commands.ForEachObjectCommand",
                                 "ParallelPipedInputObjectCannotBeScriptBlock,Microsoft.PowerShell.Commands.ForEachObjectCommand"],
                "\(result.errors)")
    }

    @Test func keepsCurrentDirectoryEvenWithBracketInName() throws {
        let dir = JobTestEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let odd = dir.appendingPathComponent("[")
        try FileManager.default.createDirectory(at: odd, withIntermediateDirectories: true)
        let result = runScript("Set-Location -LiteralPath '\(odd.path)'; (1 | ForEach-Object -Parallel { $PWD }).Path -eq $PWD.Path")
        #expect(result.lines == ["True"], "\(result.errors)")
    }

    @Test func unsupportedCommonParametersAreRejectedButVariablesWork() {
        let result = runScript("""
            try { 1 | ForEach-Object -Parallel { 1 } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            1 | ForEach-Object -Parallel { Write-Warning "w$_" } -WarningVariable wv 3>$null; "$($wv[0])"
            $null = 1 | ForEach-Object -Parallel { 'o' } -OutVariable ov; "$ov"
            """)
        #expect(result.lines == ["ParallelCommonParametersNotSupported,Microsoft.PowerShell.Commands.ForEachObjectCommand", "w1", "o"],
                "\(result.errors)")
    }

    @Test func throttleLimitBoundsConcurrency() {
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{ now = 0; peak = 0 })
            $null = 1..8 | ForEach-Object -ThrottleLimit 3 -Parallel {
                $s = $using:h
                $s["in$_"] = 1
                $n = @($s.Keys | Where-Object { $_ -like 'in*' }).Count - @($s.Keys | Where-Object { $_ -like 'out*' }).Count
                if ($n -gt $s['peak']) { $s['peak'] = $n }
                Start-Sleep -Milliseconds 50
                $s["out$_"] = 1
            }
            $h['peak'] -le 3; $h['peak'] -ge 2
            """)
        #expect(result.lines == ["True", "True"], "\(result.errors)")
    }

    @Test func firstResultsComeFromFirstInputs() {
        let result = runScript("$r = 10..1 | ForEach-Object -Parallel { Start-Sleep -Milliseconds (50 + 30 * $_); $_ } -ThrottleLimit 5; @($r[0..4] | Where-Object { $_ -le 5 }).Count; $r.Count")
        #expect(result.lines == ["0", "10"], "\(result.errors)")
    }

    @Test func throttleLimitZeroIsRejected() {
        let result = runScript("try { 1 | ForEach-Object -Parallel { 1 } -ThrottleLimit 0 } catch { $_.FullyQualifiedErrorId }; 'after'")
        #expect(result.lines == ["ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ForEachObjectCommand", "after"],
                "\(result.errors)")
    }

    @Test func timeoutStopsRunningWorkAndSkipsTheRest() {
        let start = Date()
        let result = runScript("""
            $r = 1..2 | ForEach-Object -Parallel { "go $_"; Start-Sleep 8 } -TimeoutSeconds 1 -ThrottleLimit 1 2>&1
            $r.Count; "$($r[0])"; $r[1].Exception.GetType().Name; $r[1].FullyQualifiedErrorId
            """)
        #expect(result.lines == ["2", "go 1", "PipelineStoppedException", "PSTaskException"],
                "\(result.errors)")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func outputStreamsAsItArrives() {
        // Synchronous -Parallel writes results while later iterations run.
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{ seen = $false })
            1..2 | ForEach-Object -ThrottleLimit 2 -Parallel {
                if ($_ -eq 1) { 'fast' } else { $s = $using:h; for ($i = 0; $i -lt 300 -and -not $s['seen']; $i++) { Start-Sleep -Milliseconds 10 }; "slow saw=$($s['seen'])" }
            } | ForEach-Object { if ($_ -eq 'fast') { $h['seen'] = $true }; $_ }
            """)
        #expect(result.lines == ["fast", "slow saw=True"], "\(result.errors)")
    }

    // MARK: -AsJob

    @Test func asJobWithTimeoutIsRejected() {
        let result = runScript("try { 1 | ForEach-Object -Parallel { 1 } -AsJob -TimeoutSeconds 5 } catch { $_.FullyQualifiedErrorId }; @(Get-Job).Count")
        #expect(result.lines == ["ParallelCannotUseTimeoutWithJob,Microsoft.PowerShell.Commands.ForEachObjectCommand", "0"], "\(result.errors)")
    }

    @Test func asJobReturnsOneTaskJobInTheTable() {
        let result = runScript("""
            $j = 1..6 | ForEach-Object -Parallel { $_ } -AsJob
            (Get-Job) -contains $j; $j.PSJobTypeName; $j.ChildJobs.Count; $j.ChildJobs[0].PSJobTypeName; $j.Location
            (($j | Wait-Job | Receive-Job) | Sort-Object) -join ','
            $j.State
            """)
        #expect(result.lines == ["True", "PSTaskJob", "6", "PSTaskChildJob", "PowerShell", "1,2,3,4,5,6", "Completed"], "\(result.errors)")
    }

    @Test func asJobIdsParentThenOnePerInput() {
        let result = runShoal("$j = 1..3 | ForEach-Object -Parallel { $_ } -AsJob; $j.Id; ($j.ChildJobs | ForEach-Object Id) -join ','; (Start-ThreadJob { 1 }).Id")
        #expect(result.lines == ["1", "2,3,4", "5"], "\(result.errors)")
    }

    @Test func asJobUsingValues() {
        let result = runScript("$k = 'K'; $l = 'x', 'y', 'z'; 1 | ForEach-Object -AsJob -Parallel { $using:k; $using:l[2] } | Wait-Job | Receive-Job")
        #expect(result.lines == ["K", "z"], "\(result.errors)")
    }

    @Test func asJobOnlyIterationThrowsSoParentAndChildFail() {
        let result = runScript("""
            $j = 1 | ForEach-Object -AsJob -Parallel { throw 'jf'; 'after' } | Wait-Job
            @($j | Receive-Job 2>$null).Count; $j.State; $j.ChildJobs[0].State; $j.ChildJobs[0].JobStateInfo.Reason.Message
            """)
        #expect(result.lines == ["0", "Failed", "Failed", "jf"], "\(result.errors)")
    }

    @Test func asJobOneOfTwoFails() {
        let result = runScript("""
            $j = 1..2 | ForEach-Object -AsJob -Parallel { if ($_ -eq 1) { throw 'no' } else { 'yes' } } | Wait-Job
            $j | Receive-Job 2>$null; $j.State; $j.ChildJobs[0].State; $j.ChildJobs[1].State
            """)
        #expect(result.lines == ["yes", "Failed", "Failed", "Completed"], "\(result.errors)")
    }

    @Test func asJobReplaysVerboseWhenReceiverAllows() {
        let result = runScript("""
            $j = 1 | ForEach-Object -AsJob -Parallel { Write-Verbose "vb$_" -Verbose; Write-Warning "wn$_" } | Wait-Job
            ($j | Receive-Job -Verbose -Keep 4>&1 3>$null).Message
            ($j | Receive-Job -Keep 3>&1).Message
            @($j | Receive-Job 4>&1 3>$null).Count
            """)
        #expect(result.lines == ["vb1", "wn1", "0"], "\(result.errors)")
    }

    @Test func asJobCommandIsTheBlockText() {
        let result = runScript("$j = 1 | ForEach-Object -AsJob -Parallel {'Hi'}; $j.Command; $j.ChildJobs[0].Command")
        #expect(result.lines == ["'Hi'", "'Hi'"], "\(result.errors)")
    }

    @Test func asJobKeepsWorkingDirectory() {
        let result = runScript("Set-Location /tmp; (1 | ForEach-Object -AsJob -Parallel { $PWD } | Wait-Job | Receive-Job).Path -eq $PWD.Path")
        #expect(result.lines == ["True"], "\(result.errors)")
    }

    @Test func asJobChildrenPastTheLimitWaitNotStarted() {
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{ go = $false })
            $j = 1..4 | ForEach-Object -Parallel { $s = $using:h; for ($w = 0; $w -lt 300 -and -not $s['go']; $w++) { Start-Sleep -Milliseconds 10 } } -AsJob -ThrottleLimit 2
            for ($i = 0; $i -lt 200 -and @($j.ChildJobs | Where-Object State -eq Running).Count -lt 2; $i++) { Start-Sleep -Milliseconds 10 }
            Start-Sleep -Milliseconds 100
            $j.ChildJobs.State -join ','
            $j.State
            $h['go'] = $true; $null = $j | Wait-Job; $j.State
            """)
        #expect(result.lines == ["Running,Running,NotStarted,NotStarted", "Running", "Completed"], "\(result.errors)")
    }

    @Test func asJobAutoRemove() {
        let result = runScript("$j = 1..3 | ForEach-Object -AsJob -Parallel { \"v$_\" }; ($j | Receive-Job -Wait -AutoRemoveJob | Sort-Object) -join ','; (Get-Job) -contains $j; @(Get-Job).Count")
        #expect(result.lines == ["v1,v2,v3", "False", "0"], "\(result.errors)")
    }

    @Test func asJobStopGoesToStopped() {
        let result = runScript("""
            $j = 1..3 | ForEach-Object -AsJob -Parallel { Start-Sleep 30 }
            Start-Sleep -Milliseconds 100
            Stop-Job $j; $j.State; @($j.ChildJobs | Where-Object State -eq Stopped).Count
            """)
        #expect(result.lines == ["Stopped", "3"], "\(result.errors)")
    }

    @Test func asJobHasMoreDataFollowsChildren() {
        let result = runScript("""
            $j = 1..2 | ForEach-Object -AsJob -Parallel { $_ } | Wait-Job
            $j.HasMoreData; $j.ChildJobs[0].HasMoreData
            $null = $j | Receive-Job
            $j.HasMoreData; $j.ChildJobs[0].HasMoreData
            """)
        #expect(result.lines == ["True", "True", "False", "False"], "\(result.errors)")
    }

    @Test func parallelIterationsStartInFreshRunspaces() {
        let result = runScript("$x = 'caller'; 1 | ForEach-Object -Parallel { \"[$x]\" }")
        #expect(result.lines == ["[]"], "\(result.errors)")
    }

    @Test func progressOfParallelIterationsReachesTheCallersJob() {
        let result = runScript("""
            $j = Start-ThreadJob { 1..2 | ForEach-Object -Parallel { Write-Progress -Activity "item $_" -Status S } }
            $null = Wait-Job $j
            ($j.Progress | ForEach-Object Activity | Sort-Object) -join ','
            """)
        #expect(result.lines == ["item 1,item 2"], "\(result.errors)")
    }

    @Test func powershellStreamsAreLiveCollectionsAndReadAllTakesTheRecords() {
        let result = runScript("""
            $ps = [powershell]::Create()
            $null = $ps.AddScript({ 1..2 | ForEach-Object -Parallel { Write-Progress -Activity Progress -Status Running }; Write-Error oops; 'out' })
            $ps.Invoke()
            $ps.Streams.Error.Count; "$($ps.Streams.Error[0])"; $ps.Streams.Error | ForEach-Object { "each $_" }
            $pr = $ps.Streams.Progress.ReadAll()
            $pr.Count; $pr[0].Activity; $pr[0].StatusDescription; $pr[0].GetType().FullName
            $ps.Streams.Progress.Count
            """)
        #expect(result.lines == ["out", "1", "oops", "each oops", "2", "Progress", "Running",
                                 "System.Management.Automation.ProgressRecord", "0"], "\(result.errors)")
    }

    @Test func aPowershellObjectKeepsItsRunspaceFromOneInvokeToTheNext() {
        let result = runScript("""
            $ps = [powershell]::Create()
            $null = $ps.AddScript('function Answer { 42 }; $kept = "kept"').Invoke()
            $ps.Commands.Clear()
            $ps.AddScript('Answer; $kept').Invoke()
            $ps.Commands.Clear()
            $null = $ps.AddScript('Write-Error one').Invoke()
            $ps.Streams.Error.Count
            $ps.Streams.ClearStreams()
            $ps.Streams.Error.Count
            try { $ps.AddScript('throw "failed"').Invoke() } catch { $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }
            $ps.Dispose()
            $other = [powershell]::Create()
            $other.AddScript('Get-Command Answer -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object Count').Invoke()
            """)
        #expect(result.lines == ["42", "kept", "1", "0", "failed", "0"], "\(result.errors)")
    }

    @Test func powershellCreateTakesARunspaceModeAndCommandsAddsToIt() {
        let result = runScript("""
            $ps = [powershell]::Create([System.Management.Automation.RunspaceMode]::NewRunspace)
            $ps.Commands.AddScript({ 1..2 | ForEach-Object -Parallel { Write-Progress -Activity Progress -Status Running }; 'done' }) | Out-Null
            $ps.Invoke()
            $ps.Streams.Progress.ReadAll().Count
            $ps.InvocationStateInfo.State -eq [System.Management.Automation.PSInvocationState]::Completed
            try { [powershell]::Create('CurrentRunspace') } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(result.lines == ["done", "2", "True", "NotSupported"], "\(result.errors)")
    }

    @Test func aTaskJobCountsTheRunspacesItsIterationsRanIn() {
        let result = runScript("""
            $job = 1..4 | ForEach-Object -Parallel { $_ } -AsJob -ThrottleLimit 2 | Wait-Job
            $job.AllocatedRunspaceCount
            $job = 1..10 | ForEach-Object -Parallel { $_ } -AsJob -ThrottleLimit 2 -UseNewRunspace | Wait-Job
            $job.AllocatedRunspaceCount
            """)
        #expect(result.lines == ["4", "10"], "\(result.errors)")
    }

    @Test func selectObjectFirstStopsTheIterationsStillRunning() {
        let directory = JobTestEnvironment.scratchDirectory().path
        let result = runScript("""
            $marker = '\(directory)/late'
            $watch = [Diagnostics.Stopwatch]::StartNew()
            1..3 | ForEach-Object -Parallel {
                if ($_ -eq 1) { 'first' } else { Start-Sleep -Milliseconds 1500; New-Item -ItemType File $using:marker | Out-Null; 'late' }
            } | Select-Object -First 1
            $watch.ElapsedMilliseconds -lt 1400
            Start-Sleep -Milliseconds 2500
            Test-Path $marker
            """)
        #expect(result.lines == ["first", "True", "False"], "\(result.errors)")
    }
}

