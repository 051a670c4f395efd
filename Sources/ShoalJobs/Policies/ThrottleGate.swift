// A throttle group: at most `limit` of its jobs run at once, the rest wait
// (NotStarted) in the order they came. A job holds its slot until it
// finishes; while it waits for other jobs (Wait-Job, Receive-Job -Wait) it
// lends the slot, so a job that waits on jobs of its own group never
// deadlocks a full group.

import DequeModule
import ShoalRuntime
import Synchronization

public final class ThrottleGate: Sendable {
    /// A job's place in the group.
    struct Ticket: Hashable, Sendable { let id: Int }

    private struct State {
        var limit: Int
        var running: Set<Int> = []
        var lent: Set<Int> = []
        var queue: Deque<(id: Int, start: @Sendable () -> Void)> = []
        var next = 0
    }

    /// The group's name as first given.
    public let name: String
    private let state: ThreadLock<State>

    init(name: String, limit: Int) {
        self.name = name
        state = ThreadLock(State(limit: max(1, limit)))
    }

    public var limit: Int { state.withLock { $0.limit } }
    /// Jobs holding a slot now (a lent slot is not held).
    public var running: Int { state.withLock { $0.running.count - $0.lent.count } }
    public var queued: Int { state.withLock { $0.queue.count } }

    /// A place for one job, to admit it with.
    func makeTicket() -> Ticket {
        state.withLock { state in
            state.next += 1
            return Ticket(id: state.next)
        }
    }

    /// Runs `start` now if the group has room, otherwise once it has.
    func admit(_ ticket: Ticket, _ start: @escaping @Sendable () -> Void) {
        let startNow = state.withLock { state -> Bool in
            if state.running.count - state.lent.count < state.limit, state.queue.isEmpty {
                state.running.insert(ticket.id)
                return true
            }
            state.queue.append((ticket.id, start))
            return false
        }
        if startNow { start() }
    }

    /// The job is over (or was stopped while it waited): its slot goes to
    /// the next in line.
    func release(_ ticket: Ticket) {
        let starts = state.withLock { state -> [@Sendable () -> Void] in
            state.queue.removeAll { $0.id == ticket.id }
            state.running.remove(ticket.id)
            state.lent.remove(ticket.id)
            return ThrottleGate.dispatch(&state)
        }
        for start in starts { start() }
    }

    /// Changes the limit; a higher one starts waiting jobs at once.
    func setLimit(_ limit: Int) {
        let starts = state.withLock { state -> [@Sendable () -> Void] in
            state.limit = max(1, limit)
            return ThrottleGate.dispatch(&state)
        }
        for start in starts { start() }
    }

    /// The job waits for others: its slot is free meanwhile.
    func lend(_ ticket: Ticket) {
        let starts = state.withLock { state -> [@Sendable () -> Void] in
            guard state.running.contains(ticket.id) else { return [] }
            state.lent.insert(ticket.id)
            return ThrottleGate.dispatch(&state)
        }
        for start in starts { start() }
    }

    /// The wait is over: the job holds a slot again (the group may be over
    /// its limit until enough jobs finish).
    func reclaim(_ ticket: Ticket) {
        state.withLock { _ = $0.lent.remove(ticket.id) }
    }

    private static func dispatch(_ state: inout State) -> [@Sendable () -> Void] {
        var starts: [@Sendable () -> Void] = []
        while state.running.count - state.lent.count < state.limit, let next = state.queue.popFirst() {
            state.running.insert(next.id)
            starts.append(next.start)
        }
        return starts
    }
}
