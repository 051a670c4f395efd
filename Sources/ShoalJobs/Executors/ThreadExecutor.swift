// Thread jobs: each runs in a fresh runspace on a thread of the shell. At
// most `throttleLimit` run at once (default 5, and like PowerShell's, a
// -ThrottleLimit given to any Start-ThreadJob applies to later jobs too);
// the rest wait, NotStarted, in the queue. The threads come from a pool
// and are reused while jobs keep coming, so starting a job does not pay
// for creating a thread.

import ShoalRuntime

final class ThreadExecutor: ThreadJobExecutor {
    /// Makes job runspaces; the pools use it too.
    let factory: RunspaceFactory
    private let pool: PoolExecutor

    /// Thread jobs recurse like any runspace; give them room for the call-depth limit.
    static let stackSize = 256 << 20

    init(factory: RunspaceFactory) {
        self.factory = factory
        // Each job's runspace is attached to its table when the job is submitted.
        self.pool = PoolExecutor(size: 5, factory: factory) { _ in }
    }

    var throttleLimit: Int {
        get { pool.size }
        set { pool.size = newValue }
    }

    /// Queues a job; it starts when the throttle allows.
    func submit(_ job: Job, _ spec: JobSpec, attach: @escaping @Sendable (Runspace) -> Void) {
        let admitted = pool.submit(PoolItem(spec: spec, recorder: job, attach: attach, onStart: { stop in
            job.setStopAction { stop.request() }
            if job.stopRequested || job.state.isFinished { return false }
            job.setState(.running)
            return true
        }, onFinish: { outcome in
            job.setState(outcome.state == .notStarted ? .stopped : outcome.state, reason: outcome.reason)
        }, attempts: AttemptRunner(policy: job.policy, table: job.table)))
        // Within the throttle a job is Running when Start-ThreadJob returns,
        // as users see it in pwsh (whose ThreadJob starts it a moment
        // later); past it, it waits NotStarted.
        if admitted, !job.stopRequested { job.setState(.running) }
    }
}
