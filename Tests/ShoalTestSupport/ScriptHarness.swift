// Runs script text in a fresh session whose host captures what it prints:
// the shared helper of the runtime, cmdlet and job test targets.

import Glibc
import ShoalJobs
import ShoalRuntime
import ShoalShell
import Synchronization

/// What a script printed and its exit status.
public struct ScriptResult: Sendable {
    public var output: String
    public var errors: String
    public var status: Int32

    public init(output: String, errors: String, status: Int32) {
        self.output = output
        self.errors = errors
        self.status = status
    }

    /// Standard output split into lines, without trailing empty lines.
    public var lines: [String] {
        var result = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while result.last == "" { result.removeLast() }
        return result
    }
}

/// Runs a script on an interpreter thread (deep recursion needs the big
/// stack shoal gives its runspaces) and returns what it printed.
public func runScript(_ script: String, name: String = "<test>") -> ScriptResult {
    BackgroundScript(script, name: name).finish()
}

/// A script running on an interpreter thread of its own session while the
/// test goes on (and, with fake job executors, drives what it waits for).
public final class BackgroundScript: @unchecked Sendable {
    // Written by the interpreter thread; read after `finished` is set or
    // after the thread has been joined.
    private var result = ScriptResult(output: "", errors: "", status: -1)
    private let finished = Mutex(false)
    private var thread: pthread_t?

    public init(_ script: String, name: String = "<test>",
                makeJobTable: @escaping @Sendable (RunspaceFactory) -> JobTable = { JobTable(runspaceFactory: $0) }) {
        useBuiltShoalAsJobWorker()
        thread = startNativeThread(stackSize: 1 << 30, detached: false) { [self] in
            let host = CapturingHost()
            let session = Session(host: host, makeJobTable: makeJobTable)
            // Many sessions share the test process: none may move its directory.
            session.runspace.options.ownsProcessDirectory = false
            let status = ScriptRunner(session: session).run(text: script, name: name)
            result = ScriptResult(output: host.output, errors: host.errors, status: status)
            finished.withLock { $0 = true }
        }
    }

    /// Whether the script has ended.
    public var isFinished: Bool { finished.withLock { $0 } }

    /// Waits for the script to end; what it printed and its status.
    public func finish() -> ScriptResult {
        if let thread { pthread_join(thread, nil) }
        thread = nil
        return result
    }
}

/// Sessions in a test process start Start-Job workers (and the process
/// group keeper) from the `shoal` binary built beside the test bundle, not
/// from the test process itself.
func useBuiltShoalAsJobWorker() {
    guard getenv("SHOAL_WORKER_EXECUTABLE") == nil else { return }
    chooseBuiltShoal.withLock { chosen in
        guard !chosen else { return }
        chosen = true
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, 4095)
        guard length > 0 else { return }
        var directory = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        for _ in 0..<4 {
            guard let slash = directory.lastIndex(of: "/") else { return }
            directory = String(directory[..<slash])
            let candidate = directory + "/shoal"
            if access(candidate, X_OK) == 0 {
                ShoalExecutable.use(candidate)
                return
            }
        }
    }
}

private let chooseBuiltShoal = Mutex(false)
