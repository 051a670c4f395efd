// Starting the programs end-to-end tests run (shoal, bash) with posix_spawn.
// Not Foundation's Process: on this toolchain its run() crashes now and
// then, reading past a buffer while it lists /proc/self/fd
// (swift-corelibs-foundation pull request 5472), which took the whole
// test process down in CI.

import CShoal
import Dispatch
import Glibc
import ShoalRuntime

public final class ChildProcess: Sendable {
    public let pid: pid_t
    private let status = ThreadLock<Int32?>(nil)
    private let exited = DispatchSemaphore(value: 0)

    public struct SpawnError: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// Starts `executable` with `arguments`. Descriptors given become the
    /// child's standard input, output and error (nil: /dev/null); the
    /// environment is this process's plus `environment`.
    public init(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                directory: String? = nil, standardInput: Int32? = nil, standardOutput: Int32? = nil,
                standardError: Int32? = nil) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (descriptor, target, flags) in [(standardInput, Int32(0), O_RDONLY), (standardOutput, 1, O_WRONLY),
                                            (standardError, 2, O_WRONLY)] {
            if let descriptor {
                posix_spawn_file_actions_adddup2(&actions, descriptor, target)
            } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", flags, 0)
            }
        }
        if let directory { cshoal_spawn_add_chdir(&actions, directory) }
        cshoal_spawn_add_closefrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var merged: [String: String] = [:]
        for entry in ProcessEnvironment.entries {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            merged[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        merged.merge(environment) { $1 }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child = pid_t()
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(result)))") }
        pid = child
        let spawned = child
        // Reaped by a thread of its own, so waiting can time out.
        startNativeThread(stackSize: 64 << 10) { [self] in
            var raw: Int32 = 0
            while waitpid(spawned, &raw, 0) < 0, errno == EINTR {}
            let signal = raw & 0x7f
            status.withLock { $0 = signal != 0 ? signal : (raw >> 8) & 0xff }
            exited.signal()
        }
    }

    /// Waits for the child to end and returns its exit status (or, as
    /// Foundation reports it, the number of the signal that killed it);
    /// nil when `timeout` seconds pass first.
    public func wait(timeout: Double? = nil) -> Int32? {
        if let timeout {
            guard exited.wait(timeout: .now() + timeout) == .success else { return nil }
        } else {
            exited.wait()
        }
        exited.signal()
        return status.withLock { $0 }
    }
}
