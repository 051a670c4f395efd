// The job engine's concurrency pieces on their own: the pool's work queue
// (throttle, who wakes or starts a thread) and the wait helper (woken by
// its sources, its stop signal or its deadline, and unregistered after).

import Foundation
@testable import ShoalJobs
import ShoalRuntime
import Testing

@Suite struct PoolQueueTests {
    @Test func theThrottleAdmitsUpToItsSizeAndStartsOneThreadPerItem() {
        let queue = PoolQueue<Int>(size: 2)
        let first = queue.submit(1), second = queue.submit(2), third = queue.submit(3)
        #expect(first.admitted && second.admitted && !third.admitted)
        // One thread per admitted item; the third waits for a free slot.
        #expect(first.start + second.start + third.start == 2)
        #expect(queue.next(finished: false) == 1)
        #expect(queue.next(finished: false) == 2)
        #expect(queue.counts.queued == 1 && queue.counts.running == 2)
        // A thread that finishes takes the queued item itself.
        #expect(queue.next(finished: true) == 3)
        #expect(queue.counts.running == 2)
    }

    @Test func anItemAThreadIsAlreadyComingForStartsNoOther() {
        let queue = PoolQueue<Int>(size: 64, wakeAhead: 64)
        var started = 0
        for item in 0..<10 { started += queue.submit(item).start }
        #expect(started == 10)
        // Items taken by those threads; no thread is started twice for one item.
        for expected in 0..<10 { #expect(queue.next(finished: false) == expected) }
        #expect(queue.submit(10).start == 1)
    }

    @Test func atMostWakeAheadThreadsAreOnTheirWayAndEachThatArrivesCallsTheNext() {
        let queue = PoolQueue<Int>(size: 64, idleSeconds: 30, wakeAhead: 2)
        var started = 0
        for item in 0..<10 { started += queue.submit(item).start }
        #expect(started == 2, "two threads on their way for ten items")
        var chained = 0
        #expect(queue.next(finished: false, startThreads: { chained += $0 }) == 0)
        #expect(chained == 1, "the first to arrive starts one more")
        #expect(queue.next(finished: false, startThreads: { chained += $0 }) == 1)
        #expect(chained == 2)
        // A thread that finishes an item takes the next itself: no start.
        #expect(queue.next(finished: true, startThreads: { chained += $0 }) == 2)
        #expect(chained == 2)
        #expect(queue.counts.threads == 4 && queue.counts.running == 2)
    }

    @Test func raisingTheLimitStartsThreadsForWaitingItems() {
        let queue = PoolQueue<Int>(size: 1)
        _ = queue.submit(1)
        _ = queue.submit(2)
        #expect(queue.next(finished: false) == 1)
        #expect(queue.setLimit(2) == 1)
        #expect(queue.next(finished: false) == 2)
    }

    @Test func aThreadThatJustFinishedTakesTheNextItemWithoutAWakeUp() throws {
        let queue = PoolQueue<Int>(size: 2, idleSeconds: 30, watchNanoseconds: 30_000_000_000)
        _ = queue.submit(1)
        #expect(queue.next(finished: false) == 1)
        let taken = ThreadLock<Int?>(nil)
        let thread = try #require(startNativeThread(stackSize: 1 << 20, detached: false) {
            taken.withLock { $0 = queue.next(finished: true) }
        })
        let deadline = Date().addingTimeInterval(20)
        while !queue.isWatched, Date() < deadline { usleep(1000) }
        #expect(queue.isWatched)
        // The watching thread is on its way: no thread to start or wake.
        #expect(queue.submit(2) == (admitted: true, start: 0))
        pthread_join(thread, nil)
        #expect(taken.withLock { $0 } == 2)
        #expect(queue.counts.threads == 1 && queue.counts.running == 1)
    }

    @Test func aClosedQueueLetsItsThreadsEnd() {
        let queue = PoolQueue<Int>(size: 2, idleSeconds: 30)
        _ = queue.submit(1)
        #expect(queue.next(finished: false) == 1)
        queue.close()
        #expect(queue.next(finished: true) == nil)
        #expect(queue.counts.threads == 0)
    }

    @Test func anIdleThreadEndsAfterItsIdleTime() {
        let queue = PoolQueue<Int>(size: 2, idleSeconds: 1)
        _ = queue.submit(1)
        #expect(queue.next(finished: false) == 1)
        #expect(queue.next(finished: true) == nil)
        #expect(queue.counts.threads == 0)
    }
}

@Suite struct WaitingTests {
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }

    @Test func aWaiterWakesWhenItsSourceChanges() {
        let source = WakeList(), flag = Flag()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
            flag.set()
            source.wakeAll()
        }
        let start = Date()
        let outcome = Waiting.wait(on: { [source] }, stop: nil, timeout: 30) { flag.isSet }
        #expect(outcome == .done)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(source.count == 0, "the waiter unregisters")
    }

    @Test func aStopRequestWakesTheWaiter() {
        let source = WakeList(), stop = StopSignal()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { stop.request() }
        let outcome = Waiting.wait(on: { [source] }, stop: stop, timeout: 30) { false }
        #expect(outcome == .stopped)
        #expect(stop.wakers.count == 0 && source.count == 0)
    }

    @Test func theDeadlineEndsTheWait() {
        let start = Date()
        let outcome = Waiting.wait(on: { [WakeList()] }, stop: nil, timeout: 0.1) { false }
        #expect(outcome == .timedOut)
        #expect(Date().timeIntervalSince(start) >= 0.1)
    }

    @Test func sourcesThatAppearWhileWaitingAreWatched() {
        let parent = WakeList(), child = WakeList(), flag = Flag()
        let sources = ThreadLock<[WakeList]>([parent])
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
            sources.withLock { $0.append(child) }
            parent.wakeAll()
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
                flag.set()
                child.wakeAll()
            }
        }
        let outcome = Waiting.wait(on: { sources.withLock { $0 } }, stop: nil, timeout: 30) { flag.isSet }
        #expect(outcome == .done)
    }

    @Test func aJobWakesOnlyItsOwnWaiters() {
        let result = runTwoJobsAndCountWakeLists()
        #expect(result == [1, 0])
    }

    /// A waiter on one job is registered with that job's list only.
    func runTwoJobsAndCountWakeLists() -> [Int] {
        let table = JobTable(runspaceFactory: RunspaceFactory { host in Runspace(registry: CommandRegistry(), host: host) })
        let watched = table.makeJob(name: nil, kind: .thread, location: "", command: "")
        let other = table.makeJob(name: nil, kind: .thread, location: "", command: "")
        let counts = ThreadLock<[Int]>([])
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
            counts.withLock { $0 = [watched.wakers.count, other.wakers.count] }
            watched.setState(.completed)
        }
        _ = Job.wait(for: [watched], stop: nil, timeout: 30, until: Job.allFinished)
        return counts.withLock { $0 }
    }
}
