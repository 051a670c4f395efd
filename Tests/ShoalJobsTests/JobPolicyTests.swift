// Timeouts and retries: -TimeoutSeconds stops an attempt (and what it
// started) and fails it with a TimeoutException; -RetryCount runs a failed
// attempt again and keeps only the last attempt's output. The attempt
// runner is tested on a clock the test moves; the cmdlets on real jobs.

import Foundation
@testable import ShoalJobs
import ShoalRuntime
import ShoalTestSupport
import Synchronization
import Testing

@Suite struct AttemptRunnerTests {
    /// A table whose timers run on `clock`.
    static func table(_ clock: ManualClock) -> JobTable {
        JobTable(threads: FakeThreadExecutor(factory: RunspaceFactory { host in Runspace(registry: CommandRegistry(), host: host) }), processes: FakeProcessExecutor(),
                 clock: clock)
    }

    /// Runs `runner` for `job` on a thread of its own; its outcome once done.
    static func runInBackground(_ runner: AttemptRunner, _ job: Job, isStopped: @escaping @Sendable () -> Bool,
                                attempt: @escaping @Sendable (AttemptWatch?) -> JobOutcome) -> OutcomeBox {
        let outcome = OutcomeBox()
        startNativeThread(stackSize: 256 << 10) {
            let result = runner.run(recorder: job, isStopped: isStopped, stopSources: { [job.wakers] }, attempt: attempt)
            outcome.value.withLock { $0 = result }
        }
        return outcome
    }

    final class OutcomeBox: Sendable {
        let value = Mutex<JobOutcome?>(nil)
        var current: JobOutcome? { value.withLock { $0 } }
    }

    /// A job on a table with a manual clock, and the runner of its attempts.
    static func job(_ configure: (inout JobPolicy) -> Void) -> (clock: ManualClock, table: JobTable, job: Job, runner: AttemptRunner) {
        let clock = ManualClock()
        let table = Self.table(clock)
        let job = table.makeJob(name: nil, kind: .thread, location: "", command: "")
        var policy = JobPolicy()
        configure(&policy)
        return (clock, table, job, AttemptRunner(policy: policy, table: table))
    }

    @Test func anAttemptIsStoppedExactlyWhenItsTimeoutPassesAndFailsWithATimeoutException() throws {
        let (clock, table, job, runner) = Self.job { policy in
            policy.timeoutSeconds = 30
        }
        let stop = StopSignal()
        let outcome = Self.runInBackground(runner, job, isStopped: { false }) { watch in
            watch?.started { stop.request() }
            _ = Waiting.wait(on: { [] }, stop: stop, clock: SystemClock()) { false }
            return JobOutcome(state: .stopped)
        }
        #expect(FakedSession.eventually { table.timers.pending == 1 })
        clock.advance(by: 29.9)
        usleep(50_000)
        #expect(outcome.current == nil, "29.9 of 30 seconds have passed")
        clock.advance(by: 0.1)
        #expect(FakedSession.eventually { outcome.current != nil })
        let result = try #require(outcome.current)
        #expect(result.state == .failed)
        #expect(result.reason?.exceptionType == "System.TimeoutException")
        #expect(result.reason?.message == "The job timed out after 30 seconds.")
        #expect(job.attempts == 1)
    }

    @Test func aFailedAttemptIsRetriedAfterItsDelayAndOnlyTheLastAttemptsRecordsStay() throws {
        let (clock, _, job, runner) = Self.job { policy in
            policy.retryCount = 2
            policy.retryDelaySeconds = 5
        }
        let attemptsRun = Atomic<Int>(0)
        let outcome = Self.runInBackground(runner, job, isStopped: { job.stopRequested }) { _ in
            let number = attemptsRun.add(1, ordering: .relaxed).newValue
            job.append(JobRecord(.output, .string("attempt \(number)")))
            if number < 3 {
                return JobOutcome(state: .failed, reason: TransferredError(ErrorRecord("boom \(number)", errorId: "x")))
            }
            return JobOutcome(state: .completed)
        }
        #expect(FakedSession.eventually { attemptsRun.load(ordering: .relaxed) == 1 && clock.sleepersWithDeadline == 1 })
        clock.advance(by: 4.9)
        usleep(50_000)
        #expect(attemptsRun.load(ordering: .relaxed) == 1, "the delay has not passed")
        clock.advance(by: 0.1)
        #expect(FakedSession.eventually { attemptsRun.load(ordering: .relaxed) == 2 && clock.sleepersWithDeadline == 1 })
        clock.advance(by: 5)
        #expect(FakedSession.eventually { outcome.current != nil })
        #expect(outcome.current?.state == .completed)
        #expect(job.attempts == 3)
        let records = job.takeRecords(keep: false).map { "\($0.stream) \(Conversion.toString($0.value.value))" }
        #expect(records == ["output attempt 3", "warning Attempt 1 of 3 failed: boom 1", "warning Attempt 2 of 3 failed: boom 2"])
    }

    @Test func stoppingAJobEndsItsRetryDelayAtOnce() throws {
        let (clock, _, job, runner) = Self.job { policy in
            policy.retryCount = 5
            policy.retryDelaySeconds = 60
        }
        let outcome = Self.runInBackground(runner, job, isStopped: { job.stopRequested }) { _ in
            JobOutcome(state: .failed, reason: TransferredError(ErrorRecord("boom", errorId: "x")))
        }
        #expect(FakedSession.eventually { clock.sleepersWithDeadline == 1 })
        job.requestStop()
        #expect(FakedSession.eventually { outcome.current != nil })
        #expect(outcome.current?.state == .stopped)
        #expect(job.attempts == 1)
    }
}

@Suite struct JobTimeoutAndRetryTests {
    @Test func aTimedOutStartJobFailsKeepsWhatItWroteAndLeavesNoNativeRunning() throws {
        let live = LiveShoal("""
            $stat = (Get-Content "/proc/$PID/stat") -split ' '
            "SID=$($stat[5])"
            $j = Start-Job { 'before'; sleep 306 } -TimeoutSeconds 1
            $null = Wait-Job $j
            "$($j.State) | $($j.JobStateInfo.Reason.Message) | $($j.ChildJobs[0].JobStateInfo.Reason.GetType().FullName)"
            Receive-Job $j 2>&1 | ForEach-Object { "got $_" }
            'DONE'
            \(waitForTest)
            """, newSession: true)
        let line = try #require(live.readLine(where: { $0.hasPrefix("SID=") }))
        let session = try #require(Int32(line.dropFirst(4)))
        #expect(live.readLine() == "Failed | The job timed out after 1 seconds. | System.TimeoutException")
        #expect(live.readLine() == "got before")
        #expect(live.readLine() == "got The job timed out after 1 seconds.")
        #expect(live.readLine() == "DONE")
        #expect(JobContainmentTests.leftovers(in: session) == [])
        live.go()
        _ = live.finish()
    }

    @Test func aTimedOutThreadJobStopsItsNativeAndFails() throws {
        let result = runShoal("""
            $j = Start-ThreadJob { 'before'; sleep 307; 'after' } -TimeoutSeconds 1
            $null = Wait-Job $j -Timeout 20
            "$($j.State) | $($j.JobStateInfo.Reason.Message) | $(@(pgrep -f 'sleep 307').Count)"
            Receive-Job $j
            """)
        #expect(result.lines == ["Failed | The job timed out after 1 seconds. | 0", "before"], "\(result.errors)")
    }

    /// A script whose n-th attempt (counted in a file) fails until the third.
    static let flaky = """
        $n = [int](Get-Content $using:counter -ErrorAction Ignore) + 1
        Set-Content $using:counter $n
        "attempt $n"
        if ($n -lt 3) { throw "boom $n" }
        """

    @Test(arguments: ["Start-Job", "Start-ThreadJob"])
    func aJobThatFailsTwiceSucceedsOnItsThirdAttempt(command: String) throws {
        let result = runShoal("""
            $counter = Join-Path $PWD 'count'
            $j = \(command) { \(Self.flaky) } -RetryCount 2
            $null = Wait-Job $j
            "$($j.State) after $($j.Attempts) attempts"
            Receive-Job $j 3>&1 | ForEach-Object { "$_" }
            """)
        // A background job replays in arrival order, a thread job stream by stream.
        let warnings = ["Attempt 1 of 3 failed: boom 1", "Attempt 2 of 3 failed: boom 2"]
        let received = command == "Start-Job" ? warnings + ["attempt 3"] : ["attempt 3"] + warnings
        #expect(result.lines == ["Completed after 3 attempts"] + received, "\(result.errors)")
    }

    @Test func aJobOutOfRetriesFailsWithItsLastReason() throws {
        let result = runShoal("""
            $j = Start-ThreadJob { throw 'always' } -RetryCount 1 -RetryDelaySeconds 0.1
            $null = Wait-Job $j
            "$($j.State) after $($j.Attempts) attempts: $($j.JobStateInfo.Reason.Message)"
            """)
        #expect(result.lines == ["Failed after 2 attempts: always"], "\(result.errors)")
    }

    @Test func parallelIterationsAreRetriedAndOnlyTheLastAttemptReachesThePipeline() throws {
        let result = runShoal("""
            $counter = Join-Path $PWD 'count'
            $out = 1..3 | ForEach-Object -Parallel {
                $counter = "$using:counter$_"
                $n = [int](Get-Content $counter -ErrorAction Ignore) + 1
                Set-Content $counter $n
                "item $_ attempt $n"
                if ($n -lt 2) { throw "first try of $_" }
            } -RetryCount 1 -WarningVariable w 3>$null
            $out | Sort-Object
            $j = 4..5 | ForEach-Object -Parallel { $counter = "$using:counter$_"; $n = [int](Get-Content $counter -ErrorAction Ignore) + 1
                Set-Content $counter $n; if ($n -lt 2) { throw "no" }; $n } -RetryCount 1 -AsJob | Wait-Job
            "$($j.State) $($j.Attempts) $((Receive-Job $j 3>$null | Sort-Object) -join ',')"
            """)
        #expect(result.lines == ["item 1 attempt 2", "item 2 attempt 2", "item 3 attempt 2", "Completed 4 2,2"], "\(result.errors)")
    }

    @Test func powerShellsAbbreviationsKeepMeaningPowerShellsParameters() throws {
        // -Throttle was -ThrottleLimit before shoal added -ThrottleGroup; a
        // name only shoal's parameters start with still abbreviates them.
        let result = runShoal("""
            (1..3 | ForEach-Object -Parallel { $_ } -Throttle 1) -join ','
            Start-ThreadJob { 'thread' } -Throttle 2 | Receive-Job -Wait
            Start-ThreadJob { 'grouped' } -ThrottleG solo | Receive-Job -Wait
            (Get-JobThrottle).Group
            try { Start-ThreadJob { } -Retry 1 } catch { $_.Exception.Message }
            """)
        #expect(result.lines == ["1,2,3", "thread", "grouped", "solo",
                                 "Parameter cannot be processed because the parameter name 'Retry' is ambiguous. Possible matches include: -RetryCount -RetryDelaySeconds."],
                "\(result.errors)")
    }

    @Test func badPolicyValuesAreRefusedWithTheParameterNamed() throws {
        let result = runShoal("""
            try { Start-ThreadJob { 1 } -RetryCount -1 } catch { $_.Exception.Message }
            try { Start-Job { 1 } -RetryDelaySeconds abc } catch { $_.Exception.Message }
            try { Start-ThreadJob { 1 } -TimeoutSeconds -5 } catch { $_.Exception.Message }
            @(Get-Job).Count
            """)
        #expect(result.lines.count == 4, "\(result.lines)")
        #expect(result.lines[0].contains("'RetryCount'"))
        #expect(result.lines[1].contains("RetryDelaySeconds"))
        #expect(result.lines[2].contains("'TimeoutSeconds'"))
        #expect(result.lines[3] == "0")
    }
}

@Suite struct AggregateProgressTests {
    @Test func theLineCountsDoneAndFailedWithRateAndTimeLeft() {
        let clock = ManualClock()
        var progress = AggregateProgress(activity: "ForEach-Object -Parallel", clock: clock)
        #expect(progress.record(done: 1, failed: 0, total: 100) == nil, "no bar in the first quarter second")
        clock.advance(by: 10)
        let record = progress.record(done: 20, failed: 2, total: 100)
        #expect(record?.statusDescription == "20/100 done, 2 failed, 2.0/s, ETA 0:40")
        #expect(record?.percentComplete == 20)
        #expect(progress.record(done: 21, failed: 2, total: 100) == nil, "at most ten lines a second")
        clock.advance(by: 0.1)
        #expect(progress.record(done: 21, failed: 2, total: nil)?.statusDescription == "21 done, 2 failed, 2.0/s")
        clock.advance(by: 3600)
        #expect(progress.record(done: 7300, failed: 0, total: 20_000)?.statusDescription
                    == "7300/20000 done, 0 failed, 2.0/s, ETA 1:44:41")
        #expect(progress.completed.isCompleted)
    }

    @Test func jobsFinishedBeforeTheWaitDoNotCountTowardsTheRate() {
        let clock = ManualClock()
        var progress = AggregateProgress(activity: "Wait-Job", clock: clock, doneAtStart: 8)
        clock.advance(by: 4)
        #expect(progress.record(done: 9, failed: 1, total: 10)?.statusDescription == "9/10 done, 1 failed, 0.2/s, ETA 0:04")
    }
}
