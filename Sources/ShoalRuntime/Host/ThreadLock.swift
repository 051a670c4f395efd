// A lock for state that many job threads touch (a job's data, a -Parallel
// collector, the wake lists, synchronized hashtables, the worker spawner).
//
// Why not Synchronization.Mutex here: on Linux it is a priority-inheritance
// futex, which hands the lock to a sleeping waiter on unlock. With more
// threads than cores (-ThrottleLimit 16 on two cores) each hand-over then
// waits for that thread to be scheduled, and the threads queue up behind
// one another (a lock convoy: 10,000 trivial -Parallel items took 0.3-8 s
// instead of 0.05). A plain pthread mutex lets the running thread take the
// lock again at once. The API is Mutex's. ThreadSanitizer also sees a
// pthread mutex (it intercepts the calls), while it cannot see the
// toolchain's uninstrumented Mutex and reports accesses under it as races.

import Glibc

public final class ThreadLock<State>: @unchecked Sendable {
    // `state` is only read or written with `mutex` held.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var state: State

    public init(_ initial: State) {
        state = initial
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with the state, holding the lock.
    @inline(__always)
    public func withLock<T>(_ body: (inout State) throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        // Not `defer`: the access to `state` must end before the unlock.
        let result: T
        do {
            result = try body(&state)
        } catch {
            pthread_mutex_unlock(mutex)
            throw error
        }
        pthread_mutex_unlock(mutex)
        return result
    }
}
