// The shell's side of `shoal --fork-server` (see ForkServerProcess): starts
// the server on first use, asks it for workers, and learns from it how
// each worker ended, since the server, not the shell, is their parent.
// Without a server (it could not start, or died) the spawner starts
// workers itself as before.

import CShoal
import Glibc
import ShoalRuntime

final class ForkServer: Sendable {
    private struct State {
        var socket: Int32 = -1
        var isAlive = false
        /// The answer to the fork request in flight: a pid, or -1.
        var reply: pid_t?
        /// Workers forked and not yet reported ended.
        var living: Set<pid_t> = []
        /// How workers ended, reported and not yet collected.
        var exits: [pid_t: WorkerExit] = [:]
        var isShutDown = false
    }
    private let state = ThreadLock(State())
    private let changed = ChangeSignal()

    /// A worker with its pipes on the places `--job-worker` expects, or nil
    /// when no server can fork one. Called from the spawner thread only
    /// (one request at a time; the server dies with that thread's process).
    func fork(request: Int32, records: Int32) -> pid_t? {
        guard let socket = liveSocket() else { return nil }
        let seen = changed.current
        state.withLock { $0.reply = nil }
        var byte: UInt8 = 1
        let pipes: [Int32] = [request, records]
        guard cshoal_send_with_fds(socket, &byte, 1, pipes, 2) == 0 else { return nil }
        var generation = seen
        while true {
            if let reply = state.withLock({ $0.reply }) { return reply > 0 ? reply : nil }
            changed.wait(after: generation, seconds: 5)
            generation = changed.current
            if state.withLock({ !$0.isAlive && $0.reply == nil }) { return nil }
        }
    }

    /// Waits until the server reports that `pid` ended; how it ended.
    func waitForExit(_ pid: pid_t) -> WorkerExit {
        while true {
            let seen = changed.current
            if let status = state.withLock({ $0.exits.removeValue(forKey: pid) }) { return status }
            changed.wait(after: seen, seconds: 5)
        }
    }

    /// Whether `pid` has ended (its status stays to be collected).
    func hasExited(_ pid: pid_t) -> Bool { state.withLock { $0.exits[pid] != nil } }

    /// Closes the socket; the server and anything it forked end.
    func shutdown() {
        state.withLock { state in
            state.isShutDown = true
            if state.isAlive { _ = Glibc.shutdown(state.socket, Int32(SHUT_RDWR)) }
        }
    }

    /// The socket to a running server, starting one if needed.
    private func liveSocket() -> Int32? {
        let (isShutDown, live) = state.withLock { state in (state.isShutDown, state.isAlive ? state.socket : nil) }
        if isShutDown { return nil }
        if let live { return live }
        var ends: [Int32] = [-1, -1]
        let type = Int32(SOCK_SEQPACKET.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &ends) == 0 else { return nil }
        guard let pid = WorkerSpawner.spawnShoal(ForkServerProcess.argument,
                                                 descriptors: [(ends[1], ForkServerProcess.socketDescriptor)]) else {
            close(ends[0])
            close(ends[1])
            return nil
        }
        close(ends[1])
        let socket = ends[0]
        state.withLock { state in
            state.socket = socket
            state.isAlive = true
        }
        startNativeThread(stackSize: 128 << 10) { [self] in readReplies(socket: socket, server: pid) }
        return socket
    }

    /// Reads the server's messages until it ends. Its workers die with it
    /// (their parent-death signal): each is reported killed.
    private func readReplies(socket: Int32, server: pid_t) {
        var message: [Int64] = [0, 0, 0, 0, 0]
        var count: Int32 = 0
        let length = ForkServerProcess.replyLength
        while cshoal_receive_with_fds(socket, &message, length, nil, 0, &count) == length {
            let pid = pid_t(truncatingIfNeeded: message[1])
            state.withLock { state in
                switch ForkServerProcess.Reply(rawValue: Int32(truncatingIfNeeded: message[0])) {
                case .forked:
                    state.living.insert(pid)
                    state.reply = pid
                case .exited:
                    state.living.remove(pid)
                    state.exits[pid] = WorkerExit(status: Int32(truncatingIfNeeded: message[2]), usage: ResourceUsage(
                        cpuNanoseconds: Int(message[3]) * 1000, peakWorkingSet: Int(message[4]) * 1024))
                case .failed, nil:
                    state.reply = -1
                }
            }
            changed.notify()
        }
        state.withLock { state in
            state.isAlive = false
            close(socket)
            for pid in state.living { state.exits[pid] = WorkerExit(status: SIGKILL, usage: nil) }
            state.living.removeAll()
            if state.reply == nil { state.reply = -1 }
        }
        _ = ProcessExecutor.reap(server)
        changed.notify()
    }
}
