// `shoal --fork-server`: a shoal process that has loaded itself and built a
// session once, then forks a job worker whenever the shell asks. A fork of
// an initialised process costs a fraction of starting the executable anew
// (loading it, the Swift runtime's start-up, building the command
// registry), which is most of a process job's start.
//
// Forking is safe here only because this process never has a second
// thread: it forks from its one loop with no lock held. The child becomes
// an ordinary `--job-worker` in a process group of its own.
//
// The socket to the shell (descriptor 3, SOCK_SEQPACKET) carries, from the
// shell, one byte with the worker's two pipe ends attached (SCM_RIGHTS);
// to the shell, five Int64s: (1, pid, 0, 0, 0) forked, (2, pid, wait
// status, CPU microseconds, peak resident kilobytes) a worker ended (this
// process reaps its children), (3, 0, errno, 0, 0) failed.

import CShoal
import Glibc
import ShoalRuntime

public enum ForkServerProcess {
    /// The command-line argument that makes shoal a fork server.
    public static let argument = "--fork-server"
    /// The socket to the shell, in the server.
    static let socketDescriptor: Int32 = 3

    enum Reply: Int32 {
        case forked = 1, exited = 2, failed = 3
    }

    /// Serves fork requests until the shell closes the socket. Returns the
    /// server's exit status, or, in a forked child, the worker's.
    public static func serve(makeRunspace: (any ShellHost) -> Runspace) -> Int32 {
        // Dies with the shell; its workers die with it.
        _ = cshoal_die_with_parent()
        if getppid() == 1 { return 1 }
        // Builds what every worker builds, so that the children share it.
        _ = makeRunspace(CapturingHost())
        let signals = cshoal_child_signal_fd()
        guard signals >= 0 else { return 1 }
        let server = getpid()
        while true {
            var descriptors = [pollfd(fd: socketDescriptor, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: signals, events: Int16(POLLIN), revents: 0)]
            if poll(&descriptors, 2, -1) < 0 {
                if errno == EINTR { continue }
                return 1
            }
            if descriptors[1].revents != 0 {
                var buffer = [UInt8](repeating: 0, count: 1024)
                _ = read(signals, &buffer, buffer.count)
                reapChildren()
            }
            guard descriptors[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            var pipes: [Int32] = [-1, -1]
            var count: Int32 = 0
            let received = cshoal_receive_with_fds(socketDescriptor, &byte, 1, &pipes, 2, &count)
            // The shell has gone: the workers die with this process.
            if received <= 0 { return 0 }
            guard count == 2 else {
                for index in 0..<Int(count) { close(pipes[index]) }
                reply(.failed, 0, EINVAL)
                continue
            }
            let pid = cshoal_fork()
            if pid == 0 {
                close(signals)
                return becomeWorker(request: pipes[0], records: pipes[1], server: server, makeRunspace: makeRunspace)
            }
            let failure = errno
            close(pipes[0])
            close(pipes[1])
            if pid < 0 {
                reply(.failed, 0, failure)
            } else {
                // Also done by the child; whichever runs first, the group
                // exists before the shell signals it.
                _ = setpgid(pid, pid)
                reply(.forked, pid, 0)
            }
        }
    }

    /// The length of every message to the shell.
    static let replyLength = MemoryLayout<Int64>.size * 5

    private static func reply(_ kind: Reply, _ pid: pid_t, _ value: Int32, usage: ResourceUsage = ResourceUsage()) {
        var message: [Int64] = [Int64(kind.rawValue), Int64(pid), Int64(value), Int64(usage.cpuNanoseconds / 1000),
                                Int64((usage.peakWorkingSet ?? 0) / 1024)]
        _ = cshoal_send_with_fds(socketDescriptor, &message, replyLength, nil, 0)
    }

    private static func reapChildren() {
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let pid = wait4(-1, &status, WNOHANG, &usage)
            if pid <= 0 { return }
            reply(.exited, pid, status, usage: ResourceUsage(usage))
        }
    }

    /// Rewrites the command line `ps` shows (the server's, inherited) in
    /// place to `shoal --job-worker`, as a spawned worker's reads.
    private static func showAsWorker() {
        guard CommandLine.argc > 1, let slot = CommandLine.unsafeArgv[1] else { return }
        let length = strlen(slot)
        let name = Array("--job-worker".utf8CString)
        guard name.count - 1 <= length else { return }
        memset(slot, 0, length)
        for (index, byte) in name.dropLast().enumerated() { slot[index] = byte }
    }

    /// In the forked child: the pipes go where a spawned worker has them,
    /// nothing else stays open, and the worker serves its request.
    private static func becomeWorker(request: Int32, records: Int32, server: pid_t,
                                     makeRunspace: (any ShellHost) -> Runspace) -> Int32 {
        cshoal_unblock_signals()
        _ = setpgid(0, 0)
        showAsWorker()
        _ = dup2(request, 0)
        _ = dup2(records, WorkerMessage.protocolDescriptor)
        cshoal_closefrom(WorkerMessage.protocolDescriptor + 1)
        // The server may have died between the fork and here.
        _ = cshoal_die_with_parent()
        if getppid() != server { return 1 }
        return JobWorker.serve(makeRunspace: makeRunspace)
    }
}
