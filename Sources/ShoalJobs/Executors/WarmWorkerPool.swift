// Idle `shoal --job-worker` processes, started ahead of Start-Job so a job
// does not wait for a process start. The pool never holds more than its
// target (a burst of jobs does not leave a crowd of idle workers behind),
// and one thread watches the idle workers: one that dies (the OOM killer,
// a `kill`) is reaped at once and replaced, so none lingers as a zombie
// and none is handed to a job.

import CShoal
import DequeModule
import Glibc
import ShoalRuntime
import Synchronization

final class WarmWorkerPool: Sendable {
    private struct State {
        var idle: Deque<ProcessExecutor.Worker> = []
        /// Workers being started for the pool.
        var starting = 0
        var isShutDown = false
        var monitorStarted = false
    }
    private let state = Mutex(State())
    private let spawner: WorkerSpawner
    /// How many idle workers to keep.
    let target: Int
    /// Written to when the idle set changes, so the watching thread's poll
    /// picks up the new set.
    private let wakeRead: Int32
    private let wakeWrite: Int32

    init(spawner: WorkerSpawner, target: Int) {
        self.spawner = spawner
        self.target = target
        var ends: [Int32] = [-1, -1]
        _ = cshoal_pipe_cloexec(&ends)
        wakeRead = ends[0]
        wakeWrite = ends[1]
        _ = fcntl(wakeRead, F_SETFL, fcntl(wakeRead, F_GETFL) | O_NONBLOCK)
        _ = fcntl(wakeWrite, F_SETFL, fcntl(wakeWrite, F_GETFL) | O_NONBLOCK)
    }

    /// An idle worker that is still alive, or nil when none is ready. The
    /// pool starts a replacement.
    func take() -> ProcessExecutor.Worker? {
        defer { refill() }
        while let worker = state.withLock({ $0.idle.popFirst() }) {
            wakeMonitor()
            if !worker.hasEnded() { return worker }
            // It died while idle (a child of the shell is reaped by now).
            WarmWorkerPool.discard(worker, reaped: worker.forkedBy == nil)
        }
        return nil
    }

    /// Starts workers in the background until the pool is at its target.
    func refill() {
        let count = state.withLock { state -> Int in
            guard !state.isShutDown else { return 0 }
            let missing = max(0, target - state.idle.count - state.starting)
            state.starting += missing
            return missing
        }
        guard count > 0 else { return }
        startNativeThread(stackSize: 256 << 10) { [self] in
            for _ in 0..<count {
                let worker = spawner.spawn()
                let keep = state.withLock { state -> Bool in
                    state.starting -= 1
                    guard let worker, !state.isShutDown else { return false }
                    state.idle.append(worker)
                    return true
                }
                if let worker, !keep { WarmWorkerPool.discard(worker, reaped: false) }
                if worker == nil { break }
            }
            startMonitor()
            wakeMonitor()
        }
    }

    /// Kills every idle worker; no more are started.
    func shutdown() {
        let workers = state.withLock { state -> [ProcessExecutor.Worker] in
            state.isShutDown = true
            defer { state.idle.removeAll() }
            return Array(state.idle)
        }
        for worker in workers { WarmWorkerPool.discard(worker, reaped: false) }
        wakeMonitor()
    }

    /// Ends a worker that will run no job: its group is killed, the process
    /// reaped and its pipes closed.
    static func discard(_ worker: ProcessExecutor.Worker, reaped: Bool) {
        kill(-worker.pid, SIGKILL)
        if !reaped { _ = worker.reap() }
        ProcessGroupKeeper.unregister(worker.pid)
        close(worker.requestDescriptor)
        close(worker.recordDescriptor)
    }

    private func wakeMonitor() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private func startMonitor() {
        let start = state.withLock { state -> Bool in
            defer { state.monitorStarted = true }
            return !state.monitorStarted
        }
        guard start else { return }
        startNativeThread(stackSize: 128 << 10) { [self] in watchIdleWorkers() }
    }

    /// An idle worker writes nothing, so any event on its record pipe
    /// (end of file) means it has died.
    private func watchIdleWorkers() {
        while true {
            let (watched, isShutDown) = state.withLock { state in
                (Array(state.idle), state.isShutDown)
            }
            if isShutDown { return }
            var descriptors = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            descriptors += watched.map { pollfd(fd: $0.recordDescriptor, events: Int16(POLLIN), revents: 0) }
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 { continue }
            if descriptors[0].revents != 0 {
                var drain = [UInt8](repeating: 0, count: 64)
                while read(wakeRead, &drain, drain.count) > 0 {}
            }
            var died = false
            for (index, worker) in watched.enumerated() where descriptors[index + 1].revents != 0 {
                // Still idle? A worker taken for a job meanwhile is not ours to judge.
                let stillIdle = state.withLock { state -> Bool in
                    guard let position = state.idle.firstIndex(where: { $0.pid == worker.pid }) else { return false }
                    state.idle.remove(at: position)
                    return true
                }
                if stillIdle {
                    WarmWorkerPool.discard(worker, reaped: false)
                    died = true
                }
            }
            if died { refill() }
        }
    }
}
