// Containment of the processes jobs start. Every job process group (a
// worker with the native programs it runs, or a native program a thread
// job runs) is registered here. The shell kills them when it ends in an
// orderly way; a small keeper process (`shoal --group-keeper`) kills them
// when it cannot: it holds the reading end of a pipe whose only writer is
// the shell, so the shell's death (SIGKILL included) reaches it as end of
// file. A parent-death signal alone would kill a worker but not the
// programs the worker started.

import CShoal
import Glibc
import Synchronization

public enum ProcessGroupKeeper {
    private struct State {
        var groups: Set<pid_t> = []
        /// The pipe to the keeper; -1 before it is started (or if it could not be).
        var keeperPipe: Int32 = -1
    }
    private static let state = Mutex(State())
    private static let joinsCallerGroup = Atomic<Bool>(false)

    /// True in a job worker: its native programs stay in the worker's
    /// process group, so one signal to the group ends the job's whole tree.
    public static var nativesJoinCallerGroup: Bool {
        get { joinsCallerGroup.load(ordering: .relaxed) }
        set { joinsCallerGroup.store(newValue, ordering: .relaxed) }
    }

    /// Records a process group the session's jobs own.
    public static func register(_ group: pid_t) {
        state.withLock { state in
            state.groups.insert(group)
            if state.keeperPipe < 0 { startKeeper(&state) }
            tell(state.keeperPipe, "+\(group)\n")
        }
    }

    /// Forgets a group: its processes have ended (or been killed).
    public static func unregister(_ group: pid_t) {
        state.withLock { state in
            guard state.groups.remove(group) != nil else { return }
            tell(state.keeperPipe, "-\(group)\n")
        }
    }

    /// Kills a group's remaining processes and forgets it.
    public static func end(_ group: pid_t) {
        kill(-group, SIGKILL)
        unregister(group)
    }

    /// Kills every registered group: the session is ending.
    public static func killAll() {
        let groups = state.withLock { state -> Set<pid_t> in
            defer { state.groups.removeAll() }
            return state.groups
        }
        for group in groups { kill(-group, SIGKILL) }
    }

    private static func tell(_ descriptor: Int32, _ line: String) {
        guard descriptor >= 0 else { return }
        // Lines are far shorter than PIPE_BUF, so each write is atomic; a
        // keeper that has died makes it fail with EPIPE, which is harmless.
        _ = Array(line.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    private static func startKeeper(_ state: inout State) {
        var ends: [Int32] = [-1, -1]
        guard cshoal_pipe_cloexec(&ends) == 0 else { return }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        cshoal_spawn_add_closefrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        // Its own group: Ctrl-C at the terminal must not reach it.
        cshoal_spawnattr_new_group(&attributes)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(ShoalExecutable.path), strdup(keeperArgument), nil]
        defer { for pointer in argv { free(pointer) } }
        var environment: [UnsafeMutablePointer<CChar>?] = [strdup("SWIFT_BACKTRACE=enable=no"), nil]
        defer { for pointer in environment { free(pointer) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, ShoalExecutable.path, &actions, &attributes, argv, &environment)
        close(ends[0])
        guard status == 0 else {
            close(ends[1])
            return
        }
        state.keeperPipe = ends[1]
        let keeper = pid
        // Reaped by a thread of its own, so it never lingers as a zombie.
        startNativeThread(stackSize: 64 << 10) {
            var status: Int32 = 0
            while waitpid(keeper, &status, 0) < 0, errno == EINTR {}
        }
    }

    /// The command-line argument that makes `shoal` the keeper.
    public static let keeperArgument = "--group-keeper"

    /// The keeper's side: reads `+group` and `-group` lines until the shell
    /// is gone, then kills every group still registered.
    public static func serve() -> Int32 {
        for ignored in [SIGINT, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGQUIT] { signal(ignored, SIG_IGN) }
        var groups: Set<pid_t> = []
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            pending += buffer[0..<count]
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[..<newline]
                pending.removeSubrange(...newline)
                guard let sign = line.first, let group = pid_t(String(decoding: line.dropFirst(), as: UTF8.self)),
                      group > 1 else { continue }
                if sign == UInt8(ascii: "+") { groups.insert(group) } else { groups.remove(group) }
            }
        }
        for group in groups { kill(-group, SIGKILL) }
        return 0
    }
}

/// The running shoal binary, for starting workers and the keeper.
public enum ShoalExecutable {
    private static let chosen = Mutex<String?>(nil)

    /// `SHOAL_WORKER_EXECUTABLE`, a path set with `use(_:)`, or /proc/self/exe.
    public static var path: String {
        if let chosen = chosen.withLock({ $0 }) { return chosen }
        return running
    }

    /// Makes `path` this binary (a test process, which is not shoal, names
    /// the built shoal; setting the environment instead would race other
    /// threads starting processes).
    public static func use(_ path: String) { chosen.withLock { $0 = path } }

    private static let running: String = {
        if let override = getenv("SHOAL_WORKER_EXECUTABLE") { return String(cString: override) }
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, 4095)
        return length > 0 ? String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "shoal"
    }()
}
