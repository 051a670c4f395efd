// Thread jobs: each runs on a dedicated thread in a fresh runspace. At
// most `throttleLimit` run at once (default 5, and like PowerShell's a
// -ThrottleLimit given to any Start-ThreadJob applies to later jobs too);
// the rest wait, NotStarted, in a queue.

import DequeModule
import ShoalRuntime
import Synchronization

public final class ThreadExecutor: Sendable {
    /// Makes job runspaces; the pools use it too.
    let factory: RunspaceFactory

    struct State {
        var limit = 5
        var running = 0
        var queue: Deque<(job: Job, spec: JobSpec, attach: @Sendable (Runspace) -> Void)> = []
    }

    private let state = Mutex(State())

    /// Thread jobs recurse like any runspace; give them room for the call-depth limit.
    static let stackSize = 256 << 20

    init(factory: RunspaceFactory) {
        self.factory = factory
    }

    public var throttleLimit: Int {
        get { state.withLock { $0.limit } }
        set {
            state.withLock { $0.limit = max(1, newValue) }
            pump()
        }
    }

    /// Queues a job; it starts when the throttle allows.
    func submit(_ job: Job, _ spec: JobSpec, attach: @escaping @Sendable (Runspace) -> Void) {
        state.withLock { $0.queue.append((job, spec, attach)) }
        pump()
    }

    private func pump() {
        while let next = state.withLock({ state -> (job: Job, spec: JobSpec, attach: @Sendable (Runspace) -> Void)? in
            guard state.running < state.limit, let next = state.queue.popFirst() else { return nil }
            state.running += 1
            return next
        }) {
            start(next.job, next.spec, next.attach)
        }
    }

    private func start(_ job: Job, _ spec: JobSpec, _ attach: @escaping @Sendable (Runspace) -> Void) {
        let factory = self.factory
        let started = startNativeThread(stackSize: ThreadExecutor.stackSize) { [self] in
            ThreadExecutor.runJob(job, spec, factory: factory, attach: attach)
            state.withLock { $0.running -= 1 }
            pump()
        }
        if started == nil {
            job.setState(.failed, reason: TransferredError(ErrorRecord(
                "The thread job could not start a thread.", errorId: "ThreadJobError", category: "ResourceUnavailable")))
            state.withLock { $0.running -= 1 }
        }
    }

    /// Runs a job on the current thread in a new runspace.
    static func runJob(_ job: Job, _ spec: JobSpec, factory: RunspaceFactory, attach: @Sendable (Runspace) -> Void) {
        if job.stopRequested || job.state.isFinished {
            job.setState(.stopped)
            return
        }
        let runspace = factory(host: JobHost(recorder: job))
        attach(runspace)
        let stopSignal = runspace.stopSignal
        job.setStopAction { stopSignal.request() }
        job.setState(.running)
        let outcome = JobRunner.run(spec, in: runspace, recorder: job)
        job.setState(outcome.state, reason: outcome.reason)
    }
}
