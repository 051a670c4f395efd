// The job table with fake executors and a clock moved by hand: the order
// of events is the test's, so waits, timeouts, stops and back-pressure are
// tested exactly, without sleeping through a timeout or racing a thread.

import Foundation
@testable import ShoalJobs
import ShoalRuntime
import ShoalTestSupport
import Testing

/// A session whose job table has fakes; the script runs meanwhile.
final class FakedSession: @unchecked Sendable {
    let clock = ManualClock()
    let processes = FakeProcessExecutor()
    private let threadsBox = ThreadLock<FakeThreadExecutor?>(nil)
    private(set) var script: BackgroundScript!

    init(_ text: String) {
        script = BackgroundScript(text) { [clock, processes, threadsBox] factory in
            let threads = FakeThreadExecutor(factory: factory)
            threadsBox.withLock { $0 = threads }
            return JobTable(threads: threads, processes: processes, clock: clock)
        }
    }

    var threads: FakeThreadExecutor? { threadsBox.withLock { $0 } }

    /// The first thread job the script started, once it has.
    func firstThreadJob() -> Job? {
        FakedSession.eventually { self.threads?.submitted.first != nil } ? threads?.submitted.first : nil
    }

    /// Polls `condition` for up to 20 s of real time.
    static func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while !condition() {
            if Date() > deadline { return false }
            usleep(1_000)
        }
        return true
    }
}

@Suite struct JobTableSeamTests {
    @Test func waitJobTimesOutExactlyWhenTheClockPassesItsTimeout() throws {
        let session = FakedSession("""
            $j = Start-ThreadJob { 'never runs' }
            $r = Wait-Job $j -Timeout 30
            "returned nothing: $($null -eq $r); $($j.State)"
            """)
        #expect(FakedSession.eventually { session.clock.sleepersWithDeadline == 1 })
        session.clock.advance(by: 29.5)
        usleep(50_000)
        #expect(!session.script.isFinished, "29.5 of 30 seconds have passed")
        session.clock.advance(by: 0.5)
        let result = session.script.finish()
        #expect(result.lines == ["returned nothing: True; NotStarted"], "\(result.errors)")
    }

    @Test func receiveJobWaitReturnsWhatTheJobWroteInOrderAndEndsWithIt() throws {
        let session = FakedSession("""
            $j = Start-ThreadJob { }
            Receive-Job $j -Wait
            "state $($j.State), more data $($j.HasMoreData)"
            """)
        let job = try #require(session.firstThreadJob())
        let threads = try #require(session.threads)
        #expect(FakedSession.eventually { job.wakers.count == 1 }, "Receive-Job -Wait waits on the job")
        threads.start(job)
        threads.write(.int(1), to: job)
        threads.write(.string("two"), to: job)
        threads.write(.string("a warning"), to: job, stream: .warning)
        threads.end(job)
        let result = session.script.finish()
        #expect(result.lines == ["1", "two", "state Completed, more data False"], "\(result.errors)")
        #expect(result.errors.contains("WARNING: a warning"))
    }

    @Test func stopJobStopsARunningJobThroughItsExecutor() throws {
        let session = FakedSession("""
            $j = Start-ThreadJob { }
            $null = Wait-Job $j -Timeout 5
            "before: $($j.State)"
            Stop-Job $j
            "after: $($j.State)"
            """)
        let job = try #require(session.firstThreadJob())
        #expect(FakedSession.eventually { session.clock.sleepersWithDeadline == 1 })
        session.threads?.start(job)
        session.clock.advance(by: 5)
        let result = session.script.finish()
        #expect(result.lines == ["before: Running", "after: Stopped"], "\(result.errors)")
        #expect(session.threads?.stopsAsked == 1)
    }

    @Test func parallelTimeoutSecondsStopsTheIterationsWhenTheClockPassesIt() throws {
        let session = FakedSession("""
            1..2 | ForEach-Object -Parallel { Start-Sleep 300; 'late' } -TimeoutSeconds 10
            'after'
            """)
        #expect(FakedSession.eventually { session.clock.sleepersWithDeadline == 1 })
        session.clock.advance(by: 9)
        usleep(50_000)
        #expect(!session.script.isFinished)
        session.clock.advance(by: 1)
        let result = session.script.finish()
        #expect(result.lines == ["after"], "\(result.errors)")
    }

    @Test func theThrottleLimitOfStartThreadJobGoesToTheExecutor() throws {
        let session = FakedSession("""
            $null = Start-ThreadJob { } -ThrottleLimit 3
            (Get-Job).State
            """)
        let result = session.script.finish()
        #expect(result.lines == ["NotStarted"], "\(result.errors)")
        #expect(session.threads?.throttleLimit == 3)
    }

    @Test func startJobHandsItsRequestToTheProcessExecutor() throws {
        let session = FakedSession("""
            $j = Start-Job { 1 }
            "$($j.State) $($j.ChildJobs[0].State)"
            Stop-Job $j
            "$($j.State) $($j.ChildJobs[0].State)"
            """)
        let result = session.script.finish()
        #expect(result.lines == ["Running Running", "Stopped Stopped"], "\(result.errors)")
        #expect(session.processes.started.count == 1)
    }
}

@Suite struct JobBackPressureTests {
    static func tableAndJob() -> (ManualClock, Job) {
        let clock = ManualClock()
        let factory = RunspaceFactory { host in Runspace(registry: CommandRegistry(), host: host) }
        let table = JobTable(threads: FakeThreadExecutor(factory: factory), processes: FakeProcessExecutor(), clock: clock)
        return (clock, table.makeJob(name: nil, kind: .thread, location: "", command: ""))
    }

    /// Fills the job to one record short of the limit, then appends one
    /// more on a thread of its own; returns whether that append returned.
    static func appendPastTheLimit(_ job: Job) -> (appended: ThreadLock<Bool>, thread: pthread_t?) {
        let record = JobRecord(.output, TransferValue(.int(1)))
        for _ in 0..<(Job.unreceivedLimit - 1) { job.append(record) }
        let appended = ThreadLock(false)
        let thread = startNativeThread(detached: false) {
            job.append(record)
            appended.withLock { $0 = true }
        }
        return (appended, thread)
    }

    @Test func aJobAheadOfItsReceiverWaitsUntilTheReceiverTakesRecords() throws {
        let (clock, job) = JobBackPressureTests.tableAndJob()
        _ = job.takeRecords(keep: false)  // a receiver is draining it
        let (appended, thread) = JobBackPressureTests.appendPastTheLimit(job)
        #expect(FakedSession.eventually { clock.sleepersWithDeadline == 1 }, "the writer waits")
        #expect(!appended.withLock { $0 })
        #expect(job.takeRecords(keep: false).count == Job.unreceivedLimit)
        if let thread { pthread_join(thread, nil) }
        #expect(appended.withLock { $0 })
    }

    @Test func aJobWhoseReceiverStoppedReceivingWaitsOneSecondAtMost() throws {
        let (clock, job) = JobBackPressureTests.tableAndJob()
        _ = job.takeRecords(keep: false)
        let (appended, thread) = JobBackPressureTests.appendPastTheLimit(job)
        #expect(FakedSession.eventually { clock.sleepersWithDeadline == 1 })
        clock.advance(by: 1)
        if let thread { pthread_join(thread, nil) }
        #expect(appended.withLock { $0 })
        // The receiver drained more than a second ago: records pile up, no wait.
        job.append(JobRecord(.output, TransferValue(.int(2))))
        #expect(job.records(of: .output).count == Job.unreceivedLimit + 1)
    }

    @Test func aJobNobodyReceivesFromNeverWaits() throws {
        let (_, job) = JobBackPressureTests.tableAndJob()
        let (appended, thread) = JobBackPressureTests.appendPastTheLimit(job)
        if let thread { pthread_join(thread, nil) }
        #expect(appended.withLock { $0 })
    }
}
