// The thread-safe side of the line editor: other threads (job events, the
// signal handlers) hand it notices, a status line and interrupts, and it
// wakes the editor thread through a self-pipe. It owns no terminal state;
// only the editor thread, inside `LineEditor.readLine`, writes to the
// terminal.

import Glibc
import Synchronization

/// Wakes the editor thread: notices to print above the prompt, a status
/// line kept just above it, Ctrl-C and window resizes.
public final class EditorWakeup: Sendable {
    struct Pending {
        var notices: [String] = []
        var status: String?
        var statusChanged = false
    }

    private let pending = Mutex(Pending())
    /// The editor polls `editorRead`; the signal handlers and `post` write
    /// `editorWrite`.
    let editorRead: Int32
    let editorWrite: Int32
    /// Ctrl-C also goes to this pipe, for whoever watches for interrupts
    /// while a command runs (`waitForInterrupt`).
    let interruptRead: Int32
    let interruptWrite: Int32
    /// Numbers commands 1...255 (wrapping) for `runningCommand`.
    private let commandCount = Atomic<UInt8>(0)

    public init() {
        var editor: [Int32] = [-1, -1]
        var interrupt: [Int32] = [-1, -1]
        _ = pipe(&editor)
        _ = pipe(&interrupt)
        for fd in editor + interrupt { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        for fd in editor { _ = fcntl(fd, F_SETFL, O_NONBLOCK) }
        editorRead = editor[0]
        editorWrite = editor[1]
        interruptRead = interrupt[0]
        interruptWrite = interrupt[1]
        // Only the read end of the interrupt pipe blocks.
        _ = fcntl(interruptWrite, F_SETFL, O_NONBLOCK)
    }

    /// Queues a notice for the editor to print above the prompt; callable
    /// from any thread.
    public func post(_ notice: String) {
        pending.withLock { $0.notices.append(notice) }
        poke(UInt8(ascii: "n"))
    }

    /// Takes back a notice not printed yet (its job is gone); false if it
    /// was printed already or never posted.
    @discardableResult
    public func withdraw(_ notice: String) -> Bool {
        pending.withLock { state in
            guard let index = state.notices.firstIndex(of: notice) else { return false }
            state.notices.remove(at: index)
            return true
        }
    }

    /// Sets (or with nil removes) the status line shown above the prompt.
    public func setStatus(_ text: String?) {
        let changed = pending.withLock { state -> Bool in
            guard state.status != text else { return false }
            state.status = text
            state.statusChanged = true
            return true
        }
        if changed { poke(UInt8(ascii: "s")) }
    }

    /// The status line now wanted.
    var status: String? { pending.withLock { $0.status } }

    /// Takes the queued notices and whether the status line changed.
    func take() -> (notices: [String], statusChanged: Bool) {
        pending.withLock { state in
            defer {
                state.notices = []
                state.statusChanged = false
            }
            return (state.notices, state.statusChanged)
        }
    }

    /// Marks a command as running: Ctrl-C from now until `commandEnded`
    /// interrupts it (and only it).
    public func commandStarted() {
        var number = commandCount.wrappingAdd(1, ordering: .relaxed).newValue
        if number == 0 { number = commandCount.wrappingAdd(1, ordering: .relaxed).newValue }
        runningCommand.store(number, ordering: .sequentiallyConsistent)
    }

    /// Marks the prompt as back: Ctrl-C is the editor's again.
    public func commandEnded() {
        runningCommand.store(0, ordering: .sequentiallyConsistent)
    }

    /// Blocks until Ctrl-C is pressed while a command runs (any thread but
    /// the editor's). The signal handler stamps each press with the command
    /// running then, so a press the watcher reads late (on a loaded machine,
    /// after that command ended or at the prompt) never stops the next one.
    public func waitForInterrupt() {
        var stamp: UInt8 = 0
        while true {
            let count = read(interruptRead, &stamp, 1)
            if count == 1 {
                if stamp != 0, stamp == runningCommand.load(ordering: .sequentiallyConsistent) { return }
                continue
            }
            if count < 0, errno == EINTR { continue }
            // The pipe cannot close while the process lives; avoid spinning.
            usleep(100_000)
        }
    }

    /// Reads everything waiting on the editor pipe.
    func drain() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = read(editorRead, &buffer, buffer.count)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    private func poke(_ byte: UInt8) {
        var value = byte
        _ = write(editorWrite, &value, 1)
    }
}

// The signal handlers write here; set once before `sigaction`, read-only after.
nonisolated(unsafe) private var signalEditorFD: Int32 = -1
nonisolated(unsafe) private var signalInterruptFD: Int32 = -1
/// The number of the command running now, 0 at the prompt; the SIGINT
/// handler reads it (a lock-free atomic load is async-signal-safe).
private let runningCommand = Atomic<UInt8>(0)

/// Installs the shell's own SIGINT, SIGTSTP and SIGWINCH handlers
/// (libedit's are off): each writes one byte to the wakeup pipes. No `SA_RESTART`, so a
/// blocking call in the editor returns at once.
public enum TerminalSignals {
    public static func install(_ wakeup: EditorWakeup) {
        attach(wakeup)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { TerminalSignals.handle($0) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        sigaction(SIGWINCH, &action, nil)
        // Ctrl-Z does not stop the shell (it has no job control to resume
        // it with); at the prompt it explains that instead.
        sigaction(SIGTSTP, &action, nil)
        // A parent may have started us with them blocked.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, SIGINT)
        sigaddset(&unblocked, SIGWINCH)
        sigaddset(&unblocked, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        // Ctrl-\ does not kill the shell itself.
        signal(SIGQUIT, SIG_IGN)
    }

    /// Points the handlers at `wakeup`'s pipes.
    static func attach(_ wakeup: EditorWakeup) {
        signalEditorFD = wakeup.editorWrite
        signalInterruptFD = wakeup.interruptWrite
        // Initialises the global now, not lazily inside the handler.
        _ = runningCommand.load(ordering: .relaxed)
    }

    /// The handler: async-signal-safe calls only.
    static func handle(_ signal: Int32) {
        let saved = errno
        var byte: UInt8 = signal == SIGINT ? UInt8(ascii: "I") : signal == SIGTSTP ? UInt8(ascii: "Z") : UInt8(ascii: "W")
        _ = write(signalEditorFD, &byte, 1)
        if signal == SIGINT {
            var stamp = runningCommand.load(ordering: .sequentiallyConsistent)
            if stamp != 0 { _ = write(signalInterruptFD, &stamp, 1) }
        }
        errno = saved
    }
}
