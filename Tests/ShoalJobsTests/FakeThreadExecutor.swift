// A thread-job executor that runs nothing by itself: jobs stay queued until
// the test starts them, writes their records and ends them, so the order
// of events a concurrency test sees is the order the test chose.

@testable import ShoalJobs
import ShoalRuntime

final class FakeThreadExecutor: ThreadJobExecutor {
    let factory: RunspaceFactory
    private let state = ThreadLock<(limit: Int, submitted: [Job], stopsAsked: Int)>((5, [], 0))

    init(factory: RunspaceFactory) { self.factory = factory }

    var throttleLimit: Int {
        get { state.withLock { $0.limit } }
        set { state.withLock { $0.limit = newValue } }
    }

    func submit(_ job: Job, _ spec: JobSpec, attach: @escaping @Sendable (Runspace) -> Void) {
        state.withLock { $0.submitted.append(job) }
        // Stopping a job this fake "runs" ends it, as a stopped runspace would.
        job.setStopAction { [state] in
            state.withLock { $0.stopsAsked += 1 }
            job.setState(.stopped)
        }
    }

    var submitted: [Job] { state.withLock { $0.submitted } }
    /// How many times a running job was asked to stop.
    var stopsAsked: Int { state.withLock { $0.stopsAsked } }

    func start(_ job: Job) { job.setState(.running) }

    func write(_ value: Value, to job: Job, stream: JobStream = .output) {
        job.append(JobRecord(stream, TransferValue(value)))
    }

    func end(_ job: Job, in state: JobState = .completed) { job.setState(state) }
}
