// The stop request of a runspace, and the processes a stop must reach.

import Glibc
import Synchronization

/// A flag another thread sets to stop a runspace's pipeline (Ctrl-C,
/// Stop-Job); the evaluator checks it at every statement and loop turn.
public final class StopSignal: Sendable {
    private struct Processes {
        /// External programs the runspace is running.
        var children: Set<Int32> = []
        /// Process groups the runspace's programs lead (a job's programs in
        /// the shell get one each): kept until the job ends, since a program
        /// may leave children behind in its group.
        var groups: Set<Int32> = []
    }
    private let flag = Atomic<Bool>(false)
    private let processes = Mutex(Processes())
    /// Threads of this runspace waiting for jobs: a stop wakes them.
    public let wakers = WakeList()
    public init() {}

    /// Stops the pipeline; the runspace's programs (and their groups) get SIGTERM.
    public func request() {
        flag.store(true, ordering: .relaxed)
        wakers.wakeAll()
        let (children, groups) = processes.withLock { ($0.children, $0.groups) }
        for pid in children where !groups.contains(pid) { kill(pid, SIGTERM) }
        for group in groups { kill(-group, SIGTERM) }
    }

    public func reset() { flag.store(false, ordering: .relaxed) }
    public var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Registers a running child process (the leader of its own process
    /// group when `leadsGroup`); a stop request already made reaches it at once.
    public func adopt(_ pid: Int32, leadsGroup: Bool = false) {
        processes.withLock { processes in
            processes.children.insert(pid)
            if leadsGroup { processes.groups.insert(pid) }
        }
        if leadsGroup { ProcessGroupKeeper.register(pid) }
        if isRequested { kill(leadsGroup ? -pid : pid, SIGTERM) }
    }

    /// The child has exited (its group, if it led one, is kept).
    public func release(_ pid: Int32) { processes.withLock { _ = $0.children.remove(pid) } }

    /// Kills what is left of the groups the runspace's programs led: the
    /// job they belong to has ended.
    public func endGroups() {
        let groups = processes.withLock { processes -> Set<Int32> in
            defer { processes.groups.removeAll() }
            return processes.groups
        }
        for group in groups { ProcessGroupKeeper.end(group) }
    }
}
