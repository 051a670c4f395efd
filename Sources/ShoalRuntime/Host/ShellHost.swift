// Where text for the user goes. The console host buffers standard output
// and flushes it before anything else can write to the terminal (an
// external program, standard error, the end of a statement), so output
// stays ordered without a system call per line.

import Glibc
import Synchronization

/// The user-facing side of a runspace.
public protocol ShellHost: AnyObject {
    /// Text for standard output (formatted pipeline output, Write-Host).
    func writeOutput(_ text: String)
    /// Text for standard error (errors, warnings, verbose, debug).
    func writeError(_ text: String)
    func flush()
    /// Whether standard output is a terminal (colours, progress bars).
    var isTerminal: Bool { get }
    /// Output formatting still holding rows of a table; it is printed
    /// before anything else reaches the terminal so output stays in order.
    var pendingFormatter: StreamingFormatter? { get set }
}

extension ShellHost {
    /// Prints a table still being collected, then flushes.
    public func flushPendingOutput() {
        if let formatter = pendingFormatter {
            let text = formatter.finish()
            if !text.isEmpty { writeOutput(text) }
        }
        flush()
    }
}

/// The process's own standard output and error.
public final class ConsoleHost: ShellHost {
    private var buffer: [UInt8] = []
    public let isTerminal: Bool
    public weak var pendingFormatter: StreamingFormatter?
    let errorIsTerminal: Bool

    public init() {
        isTerminal = isatty(1) == 1
        errorIsTerminal = isatty(2) == 1
        buffer.reserveCapacity(1 << 16)
    }

    public func writeOutput(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 || isTerminal { flush() }
    }

    public func writeError(_ text: String) {
        flushPendingOutput()
        let colored = errorIsTerminal ? "\u{1B}[31m" + text + "\u{1B}[0m" : text
        ConsoleHost.writeAll(2, Array(colored.utf8))
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        ConsoleHost.writeAll(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    deinit { flush() }
}

/// A host that keeps what is written, for tests and captured runs.
public final class CapturingHost: ShellHost {
    public private(set) var output = ""
    public private(set) var errors = ""
    public weak var pendingFormatter: StreamingFormatter?
    public init() {}
    public func writeOutput(_ text: String) { output += text }
    public func writeError(_ text: String) {
        flushPendingOutput()
        errors += text
    }
    public func flush() {}
    public var isTerminal: Bool { false }
}

/// A flag another thread sets to stop a runspace's pipeline (Ctrl-C,
/// Stop-Job); the evaluator checks it at every statement and loop turn.
public final class StopSignal: Sendable {
    private let flag = Atomic<Bool>(false)
    /// External programs the runspace is running: stopping sends them SIGTERM.
    private let children = Mutex<Set<Int32>>([])
    public init() {}

    public func request() {
        flag.store(true, ordering: .relaxed)
        for pid in children.withLock({ $0 }) { kill(pid, SIGTERM) }
    }

    public func reset() { flag.store(false, ordering: .relaxed) }
    public var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Registers a running child process; a stop request already made kills it at once.
    public func adopt(_ pid: Int32) {
        children.withLock { _ = $0.insert(pid) }
        if isRequested { kill(pid, SIGTERM) }
    }

    public func release(_ pid: Int32) { children.withLock { _ = $0.remove(pid) } }
}
