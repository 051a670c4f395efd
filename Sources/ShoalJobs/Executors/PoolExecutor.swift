// A bounded pool: at most `size` items run at once, on threads that are
// kept and reused while there is work. Each item gets a fresh runspace (as
// PowerShell resets a pooled runspace between uses), so only the thread is
// shared. ForEach-Object -Parallel and runspace pools run on this.

import DequeModule
import ShoalRuntime
import Synchronization

/// One unit of pool work: a spec, where its records go, what to do after.
struct PoolItem: Sendable {
    let spec: JobSpec
    let recorder: any JobRecorder
    /// Extra set-up of the item's runspace (attaching the job table).
    var attach: (@Sendable (Runspace) -> Void)? = nil
    /// Registers how to stop the item once it runs.
    let onStart: @Sendable (StopSignal) -> Bool
    let onFinish: @Sendable (JobOutcome) -> Void
    /// Timeout and retries; nil: one attempt, no time limit.
    var attempts: AttemptRunner? = nil
    /// A runspace kept from the item before (a `[powershell]` object's),
    /// to run in instead of a fresh one, and to keep for the next.
    var lease: RunspaceLease? = nil
    /// Its slot in a throttle group, lent (with the pool's) while it waits.
    var groupSlot: GroupSlot? = nil
}

extension PoolItem {
    /// An item that runs `job`: Running once it starts, stopped through its
    /// runspace, in its final state when done. `slot` is its throttle-group
    /// slot, lent while it waits; `beforeEnd` sees the outcome before the
    /// job ends and may return what to do right after.
    static func running(_ job: Job, _ spec: JobSpec, slot: GroupSlot?, attach: (@Sendable (Runspace) -> Void)? = nil,
                        attempts: AttemptRunner,
                        beforeEnd: @escaping @Sendable (JobOutcome) -> (@Sendable () -> Void)? = { _ in nil }) -> PoolItem {
        PoolItem(spec: spec, recorder: job, attach: attach, onStart: { stop in
            job.setStopAction { stop.request() }
            if job.stopRequested || job.state.isFinished { return false }
            job.setState(.running)
            return true
        }, onFinish: { outcome in
            let after = beforeEnd(outcome)
            job.setState(outcome.state == .notStarted ? .stopped : outcome.state, reason: outcome.reason)
            after?()
        }, attempts: attempts, groupSlot: slot)
    }
}

public final class PoolExecutor: Sendable {
    private let queue: PoolQueue<PoolItem>
    private let factory: RunspaceFactory
    private let attach: @Sendable (Runspace) -> Void
    /// What this pool's items lend while they wait for other jobs: their
    /// slot (made once, after init, since it calls back into the pool).
    private let lending = ThreadLock<SlotLending?>(nil)

    init(size: Int, factory: RunspaceFactory, attach: @escaping @Sendable (Runspace) -> Void) {
        queue = PoolQueue(size: size)
        self.factory = factory
        self.attach = attach
        let lender = SlotLending.Lender(lend: { [weak self] in self?.lendSlot() }, reclaim: { [queue] in queue.reclaim() })
        lending.withLock { $0 = SlotLending([lender]) }
    }

    private func lendSlot() { startThreads(queue.lend()) }

    var size: Int {
        get { queue.limit }
        set { startThreads(queue.setLimit(newValue)) }
    }

    /// Runspaces not running an item right now.
    var available: Int { queue.available }

    /// Queues an item; returns true when the throttle lets it start at once.
    @discardableResult
    func submit(_ item: PoolItem) -> Bool {
        let (admitted, start) = queue.submit(item)
        startThreads(start)
        return admitted
    }

    /// No more items; idle threads end.
    func close() { queue.close() }

    private func startThreads(_ count: Int) {
        for _ in 0..<count {
            let started = startNativeThread(stackSize: ThreadExecutor.stackSize) { [self] in serve() }
            if started == nil { queue.threadFailedToStart() }
        }
    }

    /// A pool thread: runs items while there are any; after two idle
    /// seconds (or when the pool is closed and drained) it ends.
    private func serve() {
        let lending = lending.withLock { $0 }
        SlotLending.setCurrent(lending)
        defer { SlotLending.setCurrent(nil) }
        var finished = false
        while let item = queue.next(finished: finished, startThreads: { [self] count in startThreads(count) }) {
            if let slot = item.groupSlot {
                SlotLending.setCurrent(lending?.adding(slot.lender) ?? SlotLending([slot.lender]))
                run(item)
                SlotLending.setCurrent(lending)
            } else {
                run(item)
            }
            finished = true
        }
    }

    private func run(_ item: PoolItem) {
        guard let attempts = item.attempts else {
            item.recorder.beginAttempt(1)
            item.onFinish(runAttempt(item, watch: nil))
            return
        }
        let recorder = item.recorder
        item.onFinish(attempts.run(recorder: recorder, isStopped: { recorder.isStopRequested },
                                   stopSources: { [recorder.stopWakers] }) { watch in runAttempt(item, watch: watch) })
    }

    /// One attempt, in a fresh runspace (or the item's kept one).
    private func runAttempt(_ item: PoolItem, watch: AttemptWatch?) -> JobOutcome {
        let runspace: Runspace
        if let kept = item.lease?.take(), !kept.stopSignal.isRequested {
            runspace = kept
            runspace.host = JobHost(recorder: item.recorder)
        } else {
            runspace = factory(host: JobHost(recorder: item.recorder))
            attach(runspace)
            item.attach?(runspace)
        }
        defer {
            // A stopped runspace is not reused: the next invocation starts afresh.
            if let lease = item.lease, !runspace.stopSignal.isRequested { lease.keep(runspace) }
        }
        // Stopped before it began: it never ran.
        guard item.onStart(runspace.stopSignal) else { return JobOutcome(state: .notStarted) }
        watch?.started { [stop = runspace.stopSignal] in stop.request() }
        // A job keeps its CPU time; a synchronous -Parallel iteration has nowhere to show it.
        guard item.recorder.keepsUsage else { return JobRunner.run(item.spec, in: runspace, recorder: item.recorder) }
        let cpuBefore = ResourceUsage.threadCPUNanoseconds()
        defer { item.recorder.addUsage(ResourceUsage(cpuNanoseconds: ResourceUsage.threadCPUNanoseconds() - cpuBefore)) }
        return JobRunner.run(item.spec, in: runspace, recorder: item.recorder)
    }
}
