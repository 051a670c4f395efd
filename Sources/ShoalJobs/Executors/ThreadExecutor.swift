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
    /// Runs the jobs of throttle groups: their group, not this
    /// executor's throttle, limits them.
    private let groupPool: PoolExecutor

    /// Thread jobs recurse like any runspace; give them room for the call-depth limit.
    static let stackSize = 256 << 20

    init(factory: RunspaceFactory) {
        self.factory = factory
        // Each job's runspace is attached to its table when the job is submitted.
        self.pool = PoolExecutor(size: 5, factory: factory) { _ in }
        self.groupPool = PoolExecutor(size: 1 << 20, factory: factory) { _ in }
    }

    var throttleLimit: Int {
        get { pool.size }
        set { pool.size = newValue }
    }

    /// Queues a job; it starts when the throttle allows.
    func submit(_ job: Job, _ spec: JobSpec, attach: @escaping @Sendable (Runspace) -> Void) {
        job.table.throttleGroups.admit(job) { [self] slot in submit(job, spec, slot: slot, attach: attach) }
    }

    private func submit(_ job: Job, _ spec: JobSpec, slot: GroupSlot?, attach: @escaping @Sendable (Runspace) -> Void) {
        let pool = slot == nil ? self.pool : groupPool
        let admitted = pool.submit(PoolItem.running(job, spec, slot: slot, attach: attach,
                                                    attempts: AttemptRunner(policy: job.policy, table: job.table)))
        // Within the throttle a job is Running when Start-ThreadJob returns,
        // as users see it in pwsh (whose ThreadJob starts it a moment
        // later); past it, it waits NotStarted.
        if admitted, !job.stopRequested { job.setState(.running) }
    }
}
