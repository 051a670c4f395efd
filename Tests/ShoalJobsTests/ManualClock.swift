// A clock the test moves by hand: a wait with a timeout on it ends exactly
// when the test advances the clock past the deadline, and never earlier.

import ShoalRuntime

final class ManualClock: WaitClock {
    private struct Sleeper {
        let waiter: Waiter
        let deadline: Double
    }

    private let state = ThreadLock<(now: Double, sleepers: [Sleeper])>((1_000, []))

    func now() -> Double { state.withLock { $0.now } }

    func sleep(_ waiter: Waiter, after seen: Int, until deadline: Double?) {
        if let deadline {
            let due = state.withLock { state -> Bool in
                if state.now >= deadline { return true }
                state.sleepers.append(Sleeper(waiter: waiter, deadline: deadline))
                return false
            }
            if due { return }
        }
        // Real time only as a guard: a woken waiter checks this clock again.
        waiter.sleep(after: seen, seconds: 60)
        state.withLock { $0.sleepers.removeAll { $0.waiter === waiter } }
    }

    /// How many waiters sleep towards a deadline on this clock.
    var sleepersWithDeadline: Int { state.withLock { $0.sleepers.count } }

    /// Moves the clock on and wakes the waiters whose deadline has come.
    func advance(by seconds: Double) {
        let due = state.withLock { state -> [Waiter] in
            state.now += seconds
            let now = state.now
            return state.sleepers.filter { $0.deadline <= now }.map(\.waiter)
        }
        for waiter in due { waiter.wake() }
    }
}
