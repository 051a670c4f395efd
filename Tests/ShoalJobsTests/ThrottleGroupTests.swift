// Throttle groups: at most Limit jobs of a group run at once, the rest
// wait NotStarted in order; groups are independent of each other and of
// the thread-job throttle; a job waiting for jobs lends its slot.

import Foundation
@testable import ShoalJobs
import ShoalRuntime
import ShoalTestSupport
import Synchronization
import Testing

@Suite struct ThrottleGroupTests {
    @Test func aGroupOfTwoStartsTheNextJobOnlyWhenOneEnds() throws {
        let session = FakedSession("""
            Set-JobThrottle -Group db -Limit 2
            $jobs = 1..6 | ForEach-Object { Start-Job { $using:_ } -ThrottleGroup db }
            $other = Start-Job { 'no group' }
            Wait-Job $jobs | Out-Null
            ($jobs | ForEach-Object State) -join ','
            """)
        let processes = session.processes
        // Two of the group and the job without a group start.
        #expect(FakedSession.eventually { processes.started.count == 3 })
        usleep(50_000)
        #expect(processes.started.count == 3)
        for round in 0..<4 {
            let running = processes.started.filter { $0.state == .running && $0.policy.throttleGroup != nil }
            #expect(running.count == 2, "round \(round)")
            running[0].setState(.completed)
            #expect(FakedSession.eventually { processes.started.count == 4 + round })
        }
        for job in processes.started where job.state == .running { job.setState(.completed) }
        let result = session.script.finish()
        #expect(result.lines == ["Completed,Completed,Completed,Completed,Completed,Completed"], "\(result.errors)")
    }

    @Test func neverMoreThanTheLimitOfRealThreadJobsRunAndGroupsAreIndependent() throws {
        // Counted from the job table's own state changes.
        let running = Mutex<(now: [String: Int], most: [String: Int])>(([:], [:]))
        let script = BackgroundScript("""
            Set-JobThrottle a 2
            Set-JobThrottle b 3
            $jobs = 1..8 | ForEach-Object { Start-ThreadJob { Start-Sleep -Milliseconds 50 } -ThrottleGroup a -ThrottleLimit 1 }
            $jobs += 1..8 | ForEach-Object { Start-ThreadJob { Start-Sleep -Milliseconds 50 } -ThrottleGroup b }
            $null = Wait-Job $jobs
            "$(@($jobs | Where-Object State -eq Completed).Count) completed"
            """) { factory in
            let table = JobTable(threads: ThreadExecutor(factory: factory), processes: FakeProcessExecutor(), clock: SystemClock())
            table.subscribe { event in
                guard case .stateChanged(let job, let state) = event, let group = job.policy.throttleGroup else { return }
                running.withLock { counts in
                    if state == .running { counts.now[group, default: 0] += 1 }
                    else if state.isFinished { counts.now[group, default: 0] -= 1 }
                    counts.most[group] = max(counts.most[group] ?? 0, counts.now[group] ?? 0)
                }
            }
            return table
        }
        let result = script.finish()
        #expect(result.lines == ["16 completed"], "\(result.errors)")
        // The thread-job throttle of 1 does not hold the groups back.
        #expect(running.withLock { $0.most } == ["a": 2, "b": 3])
    }

    @Test func aThreadJobWaitingForJobsItStartedLendsItsSlot() throws {
        let result = runShoal("""
            $outer = Start-ThreadJob { $inner = Start-ThreadJob { 'inner ran' }; Receive-Job $inner -Wait } -ThrottleLimit 1
            Receive-Job $outer -Wait
            Set-JobThrottle solo 1
            $outer = Start-ThreadJob { Start-ThreadJob { 'inner of the group ran' } -ThrottleGroup solo | Wait-Job | Receive-Job } -ThrottleGroup solo
            Receive-Job $outer -Wait
            # A waiting iteration lends its slot, so the second may start (and end) first.
            $all = 1..2 | ForEach-Object -Parallel { Start-ThreadJob { "nested $using:_" } | Receive-Job -Wait } -ThrottleLimit 1
            $all | Sort-Object
            """, timeout: 20)
        #expect(result.lines == ["inner ran", "inner of the group ran", "nested 1", "nested 2"], "\(result.errors)")
    }

    @Test func aQueuedJobStopsAndTheGroupsCountsSayWhatRunsAndWaits() throws {
        let result = runShoal("""
            Set-JobThrottle -Group g -Limit 1
            $first = Start-ThreadJob { Start-Sleep 20 } -ThrottleGroup g
            $second = Start-ThreadJob { 'second' } -ThrottleGroup g
            $third = Start-ThreadJob { 'third' } -ThrottleGroup g
            Get-JobThrottle g | ForEach-Object { "$($_.Group) limit $($_.Limit) running $($_.Running) queued $($_.Queued)" }
            Stop-Job $second
            "$($second.State)"
            Stop-Job $first
            Receive-Job $third -Wait
            # A finished job's slot is handed on just after its waiters wake (so the news of its end comes before
            # the next job's start): the counts settle a moment after Receive-Job returns.
            $deadline = (Get-Date).AddSeconds(10)
            while ((Get-JobThrottle g).Running -gt 0 -and (Get-Date) -lt $deadline) { Start-Sleep -Milliseconds 10 }
            Get-JobThrottle | ForEach-Object { "$($_.Group) running $($_.Running) queued $($_.Queued)" }
            Set-JobThrottle -Group g -Limit 0
            Start-ThreadJob { } -ThrottleGroup ''
            Get-JobThrottle nothing
            Set-JobThrottle x 4 -PassThru | ForEach-Object Limit
            """)
        #expect(result.lines == ["g limit 1 running 1 queued 2", "Stopped", "third", "g running 0 queued 0", "4"], "\(result.errors)")
        #expect(result.errors.contains("Cannot validate argument on parameter 'Limit'"))
        #expect(result.errors.contains("Cannot validate argument on parameter 'ThrottleGroup'"))
        #expect(result.errors.contains("No throttle group named 'nothing' was found."))
    }

    @Test func aParallelJobsIterationsQueueInTheirGroup() throws {
        let result = runShoal("""
            Set-JobThrottle web 2
            $j = 1..6 | ForEach-Object -Parallel { Start-Sleep -Milliseconds 100; $_ } -AsJob -ThrottleGroup web -ThrottleLimit 6
            $counts = Get-JobThrottle web
            "running $($counts.Running) queued $($counts.Queued)"
            (Receive-Job $j -Wait | Sort-Object) -join ','
            try { 1 | ForEach-Object -Parallel { $_ } -ThrottleGroup web } catch { $_.Exception.Message }
            """)
        #expect(result.lines == ["running 2 queued 4", "1,2,3,4,5,6",
                                 "The 'ThrottleGroup' parameter can be used only with the 'AsJob' parameter."], "\(result.errors)")
    }
}
