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
}

public final class PoolExecutor: Sendable {
    struct State {
        var size: Int
        var threads = 0
        var busy = 0
        var queue: Deque<PoolItem> = []
        var isClosed = false
    }

    private let state: Mutex<State>
    private let factory: RunspaceFactory
    private let attach: @Sendable (Runspace) -> Void
    private let signal = ChangeSignal()

    init(size: Int, factory: RunspaceFactory, attach: @escaping @Sendable (Runspace) -> Void) {
        state = Mutex(State(size: max(1, size)))
        self.factory = factory
        self.attach = attach
    }

    var size: Int {
        get { state.withLock { $0.size } }
        set {
            state.withLock { $0.size = max(1, newValue) }
            pump()
        }
    }

    /// Runspaces not running an item right now.
    var available: Int { state.withLock { max(0, $0.size - $0.busy) } }

    /// Queues an item; returns true when the throttle lets it start at once.
    @discardableResult
    func submit(_ item: PoolItem) -> Bool {
        let admitted = state.withLock { state -> Bool in
            state.queue.append(item)
            return state.busy + state.queue.count <= state.size
        }
        pump()
        signal.notifyOne()
        return admitted
    }

    /// No more items; idle threads end.
    func close() {
        state.withLock { $0.isClosed = true }
        signal.notify()
    }

    private func pump() {
        let spawn = state.withLock { state -> Int in
            let needed = min(state.size, state.busy + state.queue.count)
            let extra = max(0, needed - state.threads)
            state.threads += extra
            return extra
        }
        for _ in 0..<spawn {
            let started = startNativeThread(stackSize: ThreadExecutor.stackSize) { [self] in serve() }
            if started == nil { state.withLock { $0.threads -= 1 } }
        }
    }

    /// A pool thread: runs items while there are any; after two idle
    /// seconds (or when the pool is closed and drained) it ends.
    private func serve() {
        while true {
            let seen = signal.current
            let item = state.withLock { state -> PoolItem? in
                guard state.busy < state.size, let item = state.queue.popFirst() else { return nil }
                state.busy += 1
                return item
            }
            if let item {
                run(item)
                state.withLock { $0.busy -= 1 }
                // A thread held back by the limit may take the next item now.
                signal.notifyOne()
                continue
            }
            if state.withLock({ $0.isClosed && $0.queue.isEmpty }) {
                state.withLock { $0.threads -= 1 }
                return
            }
            signal.wait(after: seen, seconds: 2)
            let idle = state.withLock { state -> Bool in
                guard state.queue.isEmpty, signal.current == seen else { return false }
                state.threads -= 1
                return true
            }
            if idle { return }
        }
    }

    private func run(_ item: PoolItem) {
        let runspace = factory(host: JobHost(recorder: item.recorder))
        attach(runspace)
        item.attach?(runspace)
        guard item.onStart(runspace.stopSignal) else {
            // Stopped before it began: it never ran.
            item.onFinish(JobOutcome(state: .notStarted))
            return
        }
        item.onFinish(JobRunner.run(item.spec, in: runspace, recorder: item.recorder))
    }
}
