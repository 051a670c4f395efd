// Deadlines of the job table (per-attempt timeouts): one thread, started
// with the first deadline, sleeps on the table's clock until the earliest
// one and runs what is due. A test's manual clock fires them exactly when
// it is moved past them.

import ShoalRuntime
import Synchronization

final class JobTimers: Sendable {
    struct Token: Hashable, Sendable { let id: Int }
    private struct Entry {
        let deadline: Double
        let action: @Sendable () -> Void
    }

    private let clock: any WaitClock
    private let state = ThreadLock<(next: Int, entries: [Int: Entry], threadStarted: Bool)>((0, [:], false))
    private let wakers = WakeList()
    /// Bumped on every change, so the timer thread's wait sees it.
    private let changes = Atomic<Int>(0)

    init(clock: any WaitClock) { self.clock = clock }

    /// Runs `action` on the timer thread once `seconds` have passed.
    func schedule(after seconds: Double, _ action: @escaping @Sendable () -> Void) -> Token {
        let deadline = clock.now() + seconds
        let (token, startThread) = state.withLock { state -> (Token, Bool) in
            state.next += 1
            state.entries[state.next] = Entry(deadline: deadline, action: action)
            defer { state.threadStarted = true }
            return (Token(id: state.next), !state.threadStarted)
        }
        changes.add(1, ordering: .relaxed)
        if startThread {
            startNativeThread(stackSize: 256 << 10) { [self] in serve() }
        } else {
            wakers.wakeAll()
        }
        return token
    }

    /// Forgets a deadline that has not come (the attempt ended first).
    func cancel(_ token: Token) {
        _ = state.withLock { $0.entries.removeValue(forKey: token.id) }
    }

    /// Deadlines not yet due (for tests).
    var pending: Int { state.withLock { $0.entries.count } }

    private func serve() {
        while true {
            // Read before the entries: a deadline added after this is seen.
            let seen = changes.load(ordering: .relaxed)
            let now = clock.now()
            let (due, earliest) = state.withLock { state -> ([Entry], Double?) in
                let due = state.entries.filter { $0.value.deadline <= now }
                for key in due.keys { state.entries.removeValue(forKey: key) }
                return (Array(due.values), state.entries.values.map(\.deadline).min())
            }
            for entry in due.sorted(by: { $0.deadline < $1.deadline }) { entry.action() }
            if !due.isEmpty { continue }
            _ = Waiting.wait(on: { [wakers] }, stop: nil, timeout: earliest.map { max(0, $0 - clock.now()) } ?? 3600,
                             clock: clock) { changes.load(ordering: .relaxed) != seen }
        }
    }
}
