// Where the job engine reads the time and sleeps. The shell uses the
// system's monotonic clock; tests hand the job table a clock they move by
// hand, so a 30-second timeout is tested in microseconds and exactly.

import Glibc

/// A monotonic clock a waiter sleeps on.
public protocol WaitClock: Sendable {
    /// Seconds on a monotonic scale (only differences mean anything).
    func now() -> Double
    /// Sleeps until `waiter` is woken after generation `seen`, or until
    /// `deadline` (on this clock; nil: no deadline) has passed.
    func sleep(_ waiter: Waiter, after seen: Int, until deadline: Double?)
}

/// The system's monotonic clock.
public struct SystemClock: WaitClock {
    public init() {}

    public func now() -> Double { MonotonicClock.seconds() }

    public func sleep(_ waiter: Waiter, after seen: Int, until deadline: Double?) {
        // Without a deadline, wake now and then anyway: a cheap guard.
        let seconds = deadline.map { max(0, $0 - now()) } ?? 3600
        waiter.sleep(after: seen, seconds: seconds)
    }
}
