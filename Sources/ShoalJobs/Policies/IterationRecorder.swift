// Stands between a synchronous -Parallel iteration and the collector when
// the iteration has a policy: with retries it holds what an attempt writes
// until the attempt ends (the output of an attempt that will be retried
// must never reach the pipeline), and for -JobLog it counts the output
// and times the attempt that counts.

import Glibc
import ShoalRuntime
import Synchronization

final class IterationRecorder: JobRecorder {
    private let target: any JobRecorder
    private let holdsRecords: Bool
    private let pending = ThreadLock<[JobRecord]>([])
    private let outputCount = Atomic<Int>(0)
    /// When the current attempt began, in nanoseconds since 1970.
    private let startNanoseconds = Atomic<Int>(0)

    init(_ target: any JobRecorder, holdsRecords: Bool) {
        self.target = target
        self.holdsRecords = holdsRecords
    }

    func record(_ record: JobRecord) {
        if record.stream == .output { outputCount.add(1, ordering: .relaxed) }
        if holdsRecords {
            pending.withLock { $0.append(record) }
        } else {
            target.record(record)
        }
    }

    // Progress shows how the attempt is doing now; it is not held back.
    func recordProgress(_ progress: ProgressData) { target.recordProgress(progress) }

    func beginAttempt(_ number: Int) {
        outputCount.store(0, ordering: .relaxed)
        startNanoseconds.store(JobLog.epochNanoseconds(), ordering: .relaxed)
        target.beginAttempt(number)
    }

    func discardAttempt(warning: String) {
        pending.withLock { $0.removeAll() }
        target.record(JobRecord(.warning, .string(warning)))
    }

    func addUsage(_ usage: ResourceUsage) { target.addUsage(usage) }
    var keepsUsage: Bool { target.keepsUsage }
    var isStopRequested: Bool { target.isStopRequested }
    var stopWakers: WakeList { target.stopWakers }

    /// The attempt that counts has ended: its records go on.
    func flush() {
        guard holdsRecords else { return }
        for record in pending.withLock({ records in defer { records.removeAll() }; return records }) { target.record(record) }
    }

    /// The job-log line of the iteration that has just ended.
    func logLine(seq: Int, outcome: JobOutcome, command: String, input: String) -> JobLog.Line {
        let now = JobLog.epochNanoseconds()
        var start = startNanoseconds.load(ordering: .relaxed)
        if start == 0 { start = now }
        return JobLog.Line(seq: seq, startNanoseconds: start, runNanoseconds: max(0, now - start),
                           received: outputCount.load(ordering: .relaxed),
                           state: outcome.state == .notStarted ? .stopped : outcome.state,
                           timedOut: outcome.reason?.exceptionType == "System.TimeoutException", command: command, input: input)
    }
}
