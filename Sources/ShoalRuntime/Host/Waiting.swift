// The one way the job engine waits (Wait-Job, Receive-Job -Wait, Stop-Job,
// ForEach-Object -Parallel, EndInvoke, the end of the session): a waiter
// registers with exactly what it waits for (the jobs concerned, a
// collector, its runspace's stop signal), sleeps, and is woken only when
// one of them changes. No polling interval, and a busy job wakes only the
// threads that wait for it.

import Synchronization

/// A thread waiting for something; woken by the sources it registered with.
public final class Waiter: Sendable {
    private let signal = ChangeSignal()
    public init() {}

    public func wake() { signal.notify() }

    /// Moves on with every wake-up; read it before checking what you wait for.
    public var generation: Int { signal.current }

    /// Sleeps until woken after generation `seen`, or `seconds` of real time.
    public func sleep(after seen: Int, seconds: Double) {
        signal.wait(after: seen, seconds: seconds)
    }
}

/// The waiters of one source of change (a job, a collector, a stop signal).
public final class WakeList: Sendable {
    private let waiters = ThreadLock<[Waiter]>([])
    public init() {}

    public func add(_ waiter: Waiter) { waiters.withLock { $0.append(waiter) } }
    public func remove(_ waiter: Waiter) { waiters.withLock { $0.removeAll { $0 === waiter } } }

    /// Wakes everyone waiting on this source.
    public func wakeAll() {
        let waiting = waiters.withLock { $0 }
        for waiter in waiting { waiter.wake() }
    }

    /// How many wait now (for tests).
    public var count: Int { waiters.withLock { $0.count } }
}

public enum Waiting {
    public enum Outcome: Sendable, Equatable {
        case done, timedOut, stopped
    }

    /// Waits until `done()` holds, `timeout` seconds (on `clock`) pass, or
    /// `stop` is requested. `sources()` lists what can change the answer; it is asked
    /// again after every wake-up, so sources that appear meanwhile (a new
    /// child job) are watched too.
    public static func wait(on sources: () -> [WakeList], stop: StopSignal?, timeout: Double? = nil,
                            clock: any WaitClock = SystemClock(), until done: () -> Bool) -> Outcome {
        let waiter = Waiter()
        var registered: [ObjectIdentifier: WakeList] = [:]
        stop?.wakers.add(waiter)
        defer {
            stop?.wakers.remove(waiter)
            for list in registered.values { list.remove(waiter) }
        }
        let deadline = timeout.map { clock.now() + $0 }
        while true {
            for list in sources() where registered[ObjectIdentifier(list)] == nil {
                list.add(waiter)
                registered[ObjectIdentifier(list)] = list
            }
            // Read before checking, so a change after the check is not missed.
            let seen = waiter.generation
            if done() { return .done }
            if stop?.isRequested == true { return .stopped }
            if let deadline, clock.now() >= deadline { return .timedOut }
            clock.sleep(waiter, after: seen, until: deadline)
        }
    }
}
