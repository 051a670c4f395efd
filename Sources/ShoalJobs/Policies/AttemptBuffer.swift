// Holds what a -Parallel iteration with retries writes until its attempt
// ends: the output of an attempt that will be retried must never reach the
// pipeline (only the last attempt's output is the iteration's).

import ShoalRuntime

final class AttemptBuffer: JobRecorder {
    private let target: any JobRecorder
    private let pending = ThreadLock<[JobRecord]>([])

    init(_ target: any JobRecorder) { self.target = target }

    func record(_ record: JobRecord) { pending.withLock { $0.append(record) } }

    // Progress shows how the attempt is doing now; it is not held back.
    func recordProgress(_ progress: ProgressData) { target.recordProgress(progress) }

    func beginAttempt(_ number: Int) { target.beginAttempt(number) }

    func discardAttempt(warning: String) {
        pending.withLock { $0.removeAll() }
        target.record(JobRecord(.warning, .string(warning)))
    }

    func addUsage(_ usage: ResourceUsage) { target.addUsage(usage) }
    var isStopRequested: Bool { target.isStopRequested }
    var stopWakers: WakeList { target.stopWakers }

    /// The attempt that counts has ended: its records go on.
    func flush() {
        for record in pending.withLock({ records in defer { records.removeAll() }; return records }) { target.record(record) }
    }
}
