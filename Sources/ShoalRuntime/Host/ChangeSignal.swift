// A wake-up for waiting threads (a Waiter, the worker spawner): a
// generation counter with a condition to sleep on until it moves.

public final class ChangeSignal: @unchecked Sendable {
    private let lock = ConditionLock()
    // Read and written only inside `lock.withLock`.
    private var generation = 0

    public init() {}

    /// The current generation; pass it to `wait(after:)`.
    public var current: Int { lock.withLock { generation } }

    /// Wakes every waiter.
    public func notify() {
        lock.withLock {
            generation &+= 1
            lock.broadcast()
        }
    }

    /// Waits until the generation moves past `seen` or `seconds` pass.
    public func wait(after seen: Int, seconds: Double) {
        let deadline = ConditionLock.deadline(after: seconds)
        lock.withLock {
            while generation == seen {
                if !lock.wait(until: deadline) { break }
            }
        }
    }
}
