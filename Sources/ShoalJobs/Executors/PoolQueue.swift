// The work queue of a bounded pool: items wait here until one of at most
// `size` threads takes them. A thread that finishes an item takes the next
// one itself; an idle thread (sleeping on a condition variable) is woken,
// or a new one started, only for an item no thread is already on its way
// to, so a pool of 64 threads on two cores costs no more than the work
// needs: the thread feeding the pool is not crowded out by threads woken
// for nothing.
//
// Why not Synchronization.Mutex: a condition variable needs the mutex it
// waits with, which Mutex cannot lend; and Mutex on Linux is a
// priority-inheritance futex that hands the lock to a sleeping waiter, so
// when more threads than cores take it in turn every hand-over waits for a
// context switch (a lock convoy: 10,000 items at -ThrottleLimit 16 took 8 s).
// A plain pthread mutex lets a running thread take the lock at once.
//
// Why one thread spins before it sleeps: when the pool drains items faster
// than one thread feeds it (trivial -Parallel blocks at a low throttle),
// every item would otherwise cost a sleep and a wake-up, two context
// switches (10,000 items at -ThrottleLimit 2 made 21,500 of them and ran
// at half the speed of -ThrottleLimit 5). A thread that has just finished
// an item watches the queue for a few tens of microseconds first, yielding
// its core, and takes the next item without a wake-up; only one thread at
// a time does, so a large pool burns no CPU waiting.

import DequeModule
import Glibc
import ShoalRuntime

final class PoolQueue<Item>: @unchecked Sendable {
    private let lock = ConditionLock()
    // Every stored property below is read and written only inside `locked`.
    private var items: Deque<Item> = []
    private var size: Int
    private var busy = 0
    private var threads = 0
    private var idle = 0
    /// Threads woken or started for an item and not there yet.
    private var onTheirWay = 0
    /// Signals sent to idle threads that no thread has woken for yet.
    private var signalsPending = 0
    private var isClosed = false
    /// Threads whose item waits for other work and lent its slot: they
    /// count neither as busy nor against the thread limit meanwhile.
    private var lent = 0
    /// The one thread watching the queue before it sleeps, if any.
    private var spinner = SpinnerState.none
    private enum SpinnerState { case none, watching, claimed }
    /// Seconds an idle thread waits for work before it ends.
    let idleSeconds: Int
    /// How long a thread that just finished an item watches for the next.
    let watchNanoseconds: Int
    /// At most this many threads are woken or started and not there yet;
    /// each that arrives wakes the next while items wait.
    let wakeAhead: Int

    init(size: Int, idleSeconds: Int = 2, watchNanoseconds: Int = 50_000,
         wakeAhead: Int = max(2, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))) {
        self.size = max(1, size)
        self.idleSeconds = idleSeconds
        self.watchNanoseconds = watchNanoseconds
        self.wakeAhead = max(1, wakeAhead)
    }

    private func locked<T>(_ body: () -> T) -> T { lock.withLock(body) }

    /// Wakes or starts threads for queued items no thread is on its way to;
    /// returns how many threads the caller must start. Mutex held.
    private func dispatch() -> Int {
        var start = 0
        while items.count > onTheirWay, busy + onTheirWay < size, onTheirWay < wakeAhead {
            if spinner == .watching {
                // It sees the item itself; no wake-up.
                spinner = .claimed
            } else if idle > signalsPending {
                signalsPending += 1
                lock.signal()
            } else if threads - lent < size {
                threads += 1
                start += 1
            } else {
                break
            }
            onTheirWay += 1
        }
        return start
    }

    /// Adds an item. Returns whether the throttle lets it start at once and
    /// how many threads the caller must start (`next` in a loop in each).
    func submit(_ item: Item) -> (admitted: Bool, start: Int) {
        locked {
            items.append(item)
            let admitted = busy + items.count <= size
            return (admitted, dispatch())
        }
    }

    var limit: Int { locked { size } }

    /// Changes the throttle; returns how many threads to start.
    func setLimit(_ newValue: Int) -> Int {
        locked {
            size = max(1, newValue)
            return dispatch()
        }
    }

    /// Runs not started yet plus runs in progress; for the throttle's
    /// "available" count.
    var available: Int { locked { max(0, size - busy) } }

    /// No more items; idle threads end once the queue is empty.
    func close() {
        locked {
            isClosed = true
            lock.broadcast()
        }
    }

    /// The queue's counters, for tests: (queued, running, threads).
    var counts: (queued: Int, running: Int, threads: Int) { locked { (items.count, busy, threads) } }

    /// Whether a thread is watching the queue before it sleeps (for tests).
    var isWatched: Bool { locked { spinner == .watching } }

    /// A pool thread's next item, after finishing the previous one (if
    /// `finished`); nil when the thread should end (closed and drained, or
    /// idle for `idleSeconds`). A new thread passes `finished: false`.
    /// `startThreads` starts the threads the items still waiting need.
    func next(finished: Bool, startThreads: (Int) -> Void = { _ in }) -> Item? {
        var cameForAnItem = !finished
        var watched = false
        if finished {
            let (item, watching) = locked { () -> (Item?, Bool) in
                busy -= 1
                if let item = take() { return (item, false) }
                guard spinner == .none, !isClosed else { return (nil, false) }
                spinner = .watching
                return (nil, true)
            }
            if let item { return item }
            if watching {
                watchBeforeSleeping()
                watched = true
            }
        }
        let (item, start) = locked { () -> (Item?, Int) in
            if watched {
                cameForAnItem = spinner == .claimed
                spinner = .none
            }
            let deadline = ConditionLock.deadline(after: Double(idleSeconds))
            while true {
                if cameForAnItem {
                    onTheirWay = max(0, onTheirWay - 1)
                    cameForAnItem = false
                }
                if let item = take() {
                    // Arrived: the next thread for the items left is woken.
                    return (item, dispatch())
                }
                if isClosed && items.isEmpty {
                    threads -= 1
                    return (nil, 0)
                }
                idle += 1
                let signalled = lock.wait(until: deadline)
                idle -= 1
                // Whatever woke this thread, it answers a pending signal:
                // a signal that coincides with the timeout is not lost.
                if signalsPending > 0 {
                    signalsPending -= 1
                    cameForAnItem = true
                }
                if !signalled, !cameForAnItem, items.isEmpty {
                    threads -= 1
                    return (nil, 0)
                }
            }
        }
        if start > 0 { startThreads(start) }
        return item
    }

    /// The next item if the throttle lets one run. Mutex held.
    private func take() -> Item? {
        guard busy < size, let item = items.popFirst() else { return nil }
        busy += 1
        return item
    }

    /// Watches the queue (yielding the core between looks) until an item
    /// is dispatched to this thread, the queue closes or the watch time is
    /// over; the caller then settles the watch under the mutex.
    private func watchBeforeSleeping() {
        let start = MonotonicClock.nanoseconds()
        while true {
            sched_yield()
            let over = locked { spinner == .claimed || isClosed }
            if over || MonotonicClock.nanoseconds() - start > watchNanoseconds { return }
        }
    }

    /// A running item waits for other work: its slot is free meanwhile.
    /// Returns how many threads to start.
    func lend() -> Int {
        locked {
            busy -= 1
            lent += 1
            return dispatch()
        }
    }

    /// The wait is over: the item holds a slot again (the pool may run
    /// over its size until enough items finish).
    func reclaim() {
        locked {
            busy += 1
            lent -= 1
        }
    }

    /// A thread could not be started: forget it.
    func threadFailedToStart() {
        locked {
            threads -= 1
            onTheirWay = max(0, onTheirWay - 1)
        }
    }
}
