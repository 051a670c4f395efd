// The process's own standard output and error. Standard output is
// buffered: a terminal gets each write at once, a pipe or file gets 64 KiB
// at a time, and a flusher thread writes whatever has waited ~50 ms, so
// `| tee`, `| head` and logs follow a running script. Anything that lets
// another writer at the descriptor (a native program, standard error, a
// wait) flushes first, so output stays in order.
//
// Writing to a closed pipe (`shoal ... | head -1`) is not fatal: SIGPIPE
// is ignored process-wide, and the first EPIPE on standard output calls
// the broken-output handler, which stops the script quietly.

import Glibc
import Synchronization

/// The console: standard output (buffered) and standard error (coloured on a terminal).
public final class ConsoleHost: ShellHost, @unchecked Sendable {
    // @unchecked: the only mutable state is `pending` (behind a Mutex) and
    // `pendingFormatter`, which only the runspace's own thread touches.
    private struct Pending {
        var bytes: [UInt8] = []
        /// Set while the flusher thread has been told about pending bytes.
        var flusherArmed = false
    }

    private let pending = Mutex(Pending())
    private let outputBroken = Atomic<Bool>(false)
    private let flusher: FlushTimer?
    public let isTerminal: Bool
    public weak var pendingFormatter: StreamingFormatter?
    let errorIsTerminal: Bool
    /// `$PSStyle`, which decides the colours of errors, warnings and progress.
    public let style: PSStyle
    /// Called once, from whichever thread writes, when standard output turns out to be a closed pipe.
    public let brokenOutputHandler = Mutex<(@Sendable () -> Void)?>(nil)

    public init(style: PSStyle = .fromEnvironment()) {
        isTerminal = isatty(1) == 1
        errorIsTerminal = isatty(2) == 1
        self.style = style
        flusher = isTerminal ? nil : FlushTimer()
        pending.withLock { $0.bytes.reserveCapacity(1 << 16) }
        flusher?.start { [weak self] in self?.flush() }
    }

    /// False with `shoal -NonInteractive`: Read-Host and prompts fail.
    public var allowsInput = true

    public func readLine(prompt: String?, masked: Bool, isStopped: () -> Bool) throws -> String? {
        guard allowsInput else {
            throw ScriptError.runtime("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                      id: "InvalidOperation", at: nil, type: "System.Management.Automation.PSInvalidOperationException")
        }
        return ConsoleInput.readLine(masked: masked, showPrompt: {
            if let prompt { writeOutput(prompt) }
            flushPendingOutput()
        }, isStopped: isStopped)
    }

    /// True once a write to standard output failed because nobody reads it.
    public var isOutputBroken: Bool { outputBroken.load(ordering: .relaxed) }

    public func writeOutput(_ text: String) {
        let armFlusher: Bool = pending.withLock { pending in
            pending.bytes.append(contentsOf: text.utf8)
            if pending.bytes.count >= 1 << 16 || isTerminal {
                writeOut(&pending.bytes)
                return false
            }
            if pending.flusherArmed || pending.bytes.isEmpty { return false }
            pending.flusherArmed = true
            return true
        }
        if armFlusher { flusher?.arm() }
    }

    public func writeError(_ text: String) {
        flushPendingOutput()
        writeStandardError(text, style: "Error")
    }

    public func writeDiagnostic(_ text: String, kind: DiagnosticKind) {
        flushPendingOutput()
        switch kind {
        case .warning: writeStandardError(text, style: "Warning")
        case .verbose: writeStandardError(text, style: "Verbose")
        case .debug: writeStandardError(text, style: "Debug")
        }
    }

    /// Writes `text` decorated with `$PSStyle.Formatting.<style>` when
    /// standard error is a terminal and the style decorates; the text's own
    /// sequences are stripped under PlainText.
    private func writeStandardError(_ text: String, style name: String) {
        let colored: String
        if style.decorates(toTerminal: errorIsTerminal) {
            // The reset goes before the line break, so a terminal's next line starts plain.
            let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
            colored = style.formattingSequence(name) + body + PSStyle.reset + (text.hasSuffix("\n") ? "\n" : "")
        } else {
            colored = style.outputRendering == .plainText ? TerminalText.plain(text) : text
        }
        _ = Descriptor.writeAll(2, Array(colored.utf8))
    }

    public func flush() {
        pending.withLock { pending in
            pending.flusherArmed = false
            writeOut(&pending.bytes)
        }
    }

    /// Writes and empties the buffer; called with the lock held, so writers stay in order.
    private func writeOut(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        defer { bytes.removeAll(keepingCapacity: true) }
        if outputBroken.load(ordering: .relaxed) { return }
        if Descriptor.writeAll(1, bytes) == EPIPE, !outputBroken.exchange(true, ordering: .relaxed) {
            brokenOutputHandler.withLock { $0 }?()
        }
    }

    deinit {
        flusher?.cancel()
        flush()
    }
}

/// A thread that runs an action about 50 ms after it is armed. One
/// wake-up per burst of output, not one per line, and none while idle.
final class FlushTimer: Sendable {
    // A POSIX semaphore is made for posting and waiting from any thread.
    private let semaphore: UnsafeSendablePointer<sem_t>
    private let cancelled = Atomic<Bool>(false)

    init() {
        semaphore = UnsafeSendablePointer(.allocate(capacity: 1))
        sem_init(semaphore.pointer, 0, 0)
    }

    func start(_ action: @escaping @Sendable () -> Void) {
        let semaphore = semaphore
        let cancelled = self
        startNativeThread(stackSize: 128 << 10) {
            while true {
                while sem_wait(semaphore.pointer) != 0 {}
                if cancelled.isCancelled { return }
                var delay = timespec(tv_sec: 0, tv_nsec: 50_000_000)
                nanosleep(&delay, nil)
                action()
            }
        }
    }

    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    func arm() { sem_post(semaphore.pointer) }

    /// Ends the thread; the semaphore is left allocated, since the thread may still be waking.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
        sem_post(semaphore.pointer)
    }
}

/// A raw pointer handed to another thread whose lifetime is managed by hand.
struct UnsafeSendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}
