// Stands between a synchronous -Parallel iteration and the collector when
// the iteration has a policy: with retries it holds what an attempt writes
// until the attempt ends (the output of an attempt that will be retried
// must never reach the pipeline), and for -JobLog it counts the output
// and times the attempt that counts.

import Glibc
import ShoalRuntime

final class IterationRecorder: JobRecorder {
    private let target: any JobRecorder
    private let holdsRecords: Bool
    private let state = ThreadLock<(pending: [JobRecord], outputCount: Int, startTime: Double)>(([], 0, 0))

    init(_ target: any JobRecorder, holdsRecords: Bool) {
        self.target = target
        self.holdsRecords = holdsRecords
    }

    func record(_ record: JobRecord) {
        let forward = state.withLock { state -> Bool in
            if record.stream == .output { state.outputCount += 1 }
            if holdsRecords { state.pending.append(record) }
            return !holdsRecords
        }
        if forward { target.record(record) }
    }

    // Progress shows how the attempt is doing now; it is not held back.
    func recordProgress(_ progress: ProgressData) { target.recordProgress(progress) }

    func beginAttempt(_ number: Int) {
        state.withLock { state in
            state.outputCount = 0
            state.startTime = JobLog.epochNow()
        }
        target.beginAttempt(number)
    }

    func discardAttempt(warning: String) {
        state.withLock { $0.pending.removeAll() }
        target.record(JobRecord(.warning, .string(warning)))
    }

    func addUsage(_ usage: ResourceUsage) { target.addUsage(usage) }
    var isStopRequested: Bool { target.isStopRequested }
    var stopWakers: WakeList { target.stopWakers }

    /// The attempt that counts has ended: its records go on.
    func flush() {
        for record in state.withLock({ state in defer { state.pending.removeAll() }; return state.pending }) { target.record(record) }
    }

    /// The job-log line of the iteration that has just ended.
    func logLine(seq: Int, outcome: JobOutcome, command: String, input: String) -> JobLog.Line {
        let (count, start) = state.withLock { ($0.outputCount, $0.startTime) }
        let began = start == 0 ? JobLog.epochNow() : start
        return JobLog.Line(seq: seq, startTime: began, runtime: max(0, JobLog.epochNow() - began), received: count,
                           state: outcome.state == .notStarted ? .stopped : outcome.state,
                           timedOut: outcome.reason?.exceptionType == "System.TimeoutException", command: command, input: input)
    }
}
