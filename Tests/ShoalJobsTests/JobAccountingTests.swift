// Resource accounting: CPUTime (user + system), PeakWorkingSet (process
// jobs: the worker or a program it ran, from the kernel's accounting) and
// Duration, on every kind of job; readable while a job runs and sortable.

import Foundation
import ShoalTestSupport
import Testing

@Suite struct JobAccountingTests {
    @Test func aBusyThreadJobsCPUTimeIsItsWorkAndASleepingOnesNearZero() throws {
        let result = runShoal("""
            $busy = Start-ThreadJob { $i = 0; while ($i -lt 200000) { $i++ } }
            $idle = Start-ThreadJob { Start-Sleep -Milliseconds 600 }
            $null = Wait-Job $busy, $idle
            # A fixed amount of work, not a fixed time: other tests share the two cores, so the busy
            # thread's share of its running time says nothing; its CPU time is the work's, and a
            # thread can never use more than all of its running time.
            $cpu = $busy.CPUTime.TotalSeconds
            "busy: $($cpu -gt 0.03 -and $cpu -le $busy.Duration.TotalSeconds * 1.05) ($cpu of $($busy.Duration.TotalSeconds))"
            "idle: $($idle.CPUTime.TotalSeconds -lt 0.1) ($($idle.CPUTime))"
            "types: $($busy.CPUTime.GetType().Name) $($busy.Duration.GetType().Name) peak is null: $($null -eq $busy.PeakWorkingSet)"
            """)
        let lines = result.lines
        #expect(lines.count == 3, "\(result.errors)")
        #expect(lines.first?.hasPrefix("busy: True") == true, "\(lines)")
        #expect(lines.dropFirst().first?.hasPrefix("idle: True") == true, "\(lines)")
        #expect(lines.last == "types: TimeSpan TimeSpan peak is null: True")
    }

    @Test func aProcessJobCountsTheCPUAndMemoryOfTheProgramsItRan() throws {
        let result = runShoal("""
            $j = Start-Job { /usr/bin/python3 -c 'import time
            x = bytearray(100 * 1024 * 1024)
            s = time.process_time()
            while time.process_time() - s < 0.5: pass' }
            $null = Wait-Job $j
            "cpu: $($j.CPUTime.TotalSeconds -ge 0.5) ($($j.CPUTime)); child: $($j.ChildJobs[0].CPUTime -eq $j.CPUTime)"
            "peak: $($j.PeakWorkingSet -ge 100mb) ($($j.PeakWorkingSet))"
            """)
        #expect(result.lines.first?.hasPrefix("cpu: True") == true, "\(result.lines) \(result.errors)")
        #expect(result.lines.first?.hasSuffix("child: True") == true, "\(result.lines)")
        #expect(result.lines.last?.hasPrefix("peak: True") == true, "\(result.lines)")
    }

    @Test func aRunningProcessJobsUsageIsReadLive() throws {
        let result = runShoal("""
            $j = Start-Job { /usr/bin/python3 -c 'import time
            s = time.process_time()
            while time.process_time() - s < 3: pass' }
            while ($j.CPUTime.TotalSeconds -lt 0.3 -and $j.State -eq 'Running') { Start-Sleep -Milliseconds 50 }
            "$($j.State) $($j.CPUTime.TotalSeconds -ge 0.3) $($j.PeakWorkingSet -gt 0)"
            $j | Stop-Job
            """)
        #expect(result.lines == ["Running True True"], "\(result.errors)")
    }

    @Test func jobsSortByCPUTime() throws {
        let result = runShoal("""
            $a = Start-ThreadJob -Name light { 1 }
            $b = Start-ThreadJob -Name heavy { $end = [datetime]::Now.AddMilliseconds(300); while ([datetime]::Now -lt $end) { } }
            $null = Get-Job | Wait-Job
            (Get-Job | Sort-Object CPUTime -Descending | Select-Object -First 1).Name
            $running = Start-ThreadJob { Start-Sleep 5 } -ThrottleLimit 1
            $queued = Start-ThreadJob { 1 }
            "$($queued.State): duration $($null -eq $queued.Duration), cpu $($queued.CPUTime.Ticks)"
            Get-Job | Stop-Job
            """)
        #expect(result.lines == ["heavy", "NotStarted: duration True, cpu 0"], "\(result.errors)")
    }
}
