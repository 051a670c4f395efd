// A small Swift API over libedit's native `histedit.h` interface: read a
// line with a prompt, keep an in-memory history, call a completion hook on
// Tab, and print notices and a status line above the line being edited
// without disturbing it. It knows nothing of the shell language; the
// history file policy and the completions belong to the shell.
//
// Threading: a `LineEditor` is used on one thread only (the one that calls
// `readLine`); other threads talk to it through its `EditorWakeup`.
// Input goes through our own `EL_GETCFN` reader, which polls standard input
// and the wakeup pipe, so notices can be drawn while `el_gets` waits.

import CEditLine
import Glibc

/// What `readLine` returns.
public enum LineReadResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C discarded the line.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfFile
}

/// Key bindings.
public enum EditMode: String, Sendable {
    case emacs, vi
}

public final class LineEditor {
    let el: OpaquePointer
    let history: OpaquePointer
    let output: UnsafeMutablePointer<FILE>
    /// Other threads reach the editor through this.
    public let wakeup: EditorWakeup
    /// Called on Tab with the text around the cursor.
    public var completion: ((CompletionRequest) -> CompletionResult)?
    public var editMode: EditMode = .emacs {
        didSet { if editMode != oldValue { applyBindings() } }
    }

    private var promptText: UnsafeMutablePointer<CChar>?
    var promptWidth = 0
    private var interrupted = false
    /// How many rows just above the prompt hold our status lines.
    var statusRows = 0
    var lastStatusDraw = 0.0
    var statusRedrawDue = false
    private var pendingInput: [UInt8] = []
    /// Keys already read from the terminal but not yet given to libedit:
    /// the rest of a paste, read ahead to see how it goes on.
    private var queuedInput: [UInt8] = []
    /// The terminal opened a second time, non-blocking, for reading keys.
    /// With `isig` and without `noflsh`, Ctrl-C empties the terminal's input
    /// queue: a key seen by poll can be gone before it is read, and a
    /// blocking read of standard input would then wait for ever. A file
    /// description of our own can be non-blocking without changing the
    /// shared standard input. -1 when the terminal cannot be reopened.
    private let keyInput: Int32
    /// The text before the cursor at the last Tab that could not decide:
    /// a second Tab there lists the candidates.
    var lastAmbiguousCompletion: String?

    /// Sets up libedit on the terminal. Call `setlocale` first, and only
    /// when standard input is a terminal.
    public init(programName: String = "shoal", historySize: Int = 4096, useStandardError: Bool = false,
                wakeup: EditorWakeup = EditorWakeup()) {
        self.wakeup = wakeup
        output = useStandardError ? shim_stderr() : shim_stdout()
        el = el_init(programName, shim_stdin(), output, shim_stderr())
        keyInput = ttyname(0).map { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) } ?? -1
        history = shim_history_init(Int32(historySize))
        shim_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        shim_el_set_signal(el, 0)
        shim_el_set_hist(el, history)
        shim_el_set_prompt_esc(el, { el in LineEditor.from(el).promptText }, 1)
        shim_el_set_getcfn(el) { el, out in
            guard let out else { return -1 }
            return LineEditor.from(el).readCharacter(into: out)
        }
        shim_el_addfn(el, "shoal-complete", "complete the word before the cursor") { el, _ in
            LineEditor.from(el).complete()
        }
        shim_el_addfn(el, "shoal-ignore", "ignore a key that has no use here") { _, _ in UInt8(CC_NORM) }
        applyBindings()
        el_source(el, nil)
    }

    deinit {
        if keyInput >= 0 { close(keyInput) }
        el_end(el)
        history_end(history)
        free(promptText)
    }

    static func from(_ el: OpaquePointer?) -> LineEditor {
        Unmanaged<LineEditor>.fromOpaque(shim_el_get_clientdata(el)!).takeUnretainedValue()
    }

    private func applyBindings() {
        shim_el_set_editor(el, editMode.rawValue)
        shim_el_bind(el, "^I", "shoal-complete")
        if editMode == .emacs { shim_el_bind(el, "^R", "em-inc-search-prev") }
        for (keys, function) in LineEditor.keyBindings {
            for key in keys { shim_el_bind(el, key, function) }
        }
    }

    /// The escape sequences terminals send for editing keys, bound to what
    /// bash and PSReadLine users expect; keys with no use here are ignored
    /// rather than inserted as `;5C` or `~`.
    static let keyBindings: [([String], String)] = [
        (["\\e[1;5C", "\\e[1;3C", "\\e[5C", "\\e\\e[C", "\\e[1;9C"], "em-next-word"),
        (["\\e[1;5D", "\\e[1;3D", "\\e[5D", "\\e\\e[D", "\\e[1;9D"], "ed-prev-word"),
        (["\\e[H", "\\eOH", "\\e[1~", "\\e[7~"], "ed-move-to-beg"),
        (["\\e[F", "\\eOF", "\\e[4~", "\\e[8~"], "ed-move-to-end"),
        (["\\e[3~"], "ed-delete-next-char"),
        (["\\e[3;5~", "\\e[3;3~"], "em-delete-next-word"),
        (["\\e[5~"], "ed-prev-history"),
        (["\\e[6~"], "ed-next-history"),
        (["\\e[2~", "\\e[2;5~", "\\e[1;2A", "\\e[1;2B", "\\e[1;2C", "\\e[1;2D", "\\e[1;5A", "\\e[1;5B",
          "\\eOP", "\\eOQ", "\\eOR", "\\eOS", "\\e[15~", "\\e[17~", "\\e[18~", "\\e[19~", "\\e[20~",
          "\\e[21~", "\\e[23~", "\\e[24~", "\\e[Z"], "shoal-ignore"),
    ]

    // MARK: - History

    /// Adds an entry (a multi-line command stays one entry).
    public func addHistory(_ entry: String) { shim_history_enter(history, entry) }
    public func clearHistory() { shim_history_clear(history) }
    public func setHistorySize(_ size: Int) { shim_history_setsize(history, Int32(max(1, size))) }

    // MARK: - Reading

    /// Prints pending notices and the status line, then reads one line.
    public func readLine(prompt: String) -> LineReadResult {
        setPrompt(prompt)
        // libedit prints the prompt before it takes the terminal out of
        // cooked mode: keys typed in between would be echoed by the
        // terminal itself (`^[[2~` for Insert) and edited by its line
        // discipline. Raw from here on, so the prompt invites typing only
        // once the editor owns every key; el_gets puts cooked mode back.
        shim_el_prep_term(el, 1)
        _ = wakeup.drain()  // stale Ctrl-C or resize bytes from while a command ran
        el_resize(el)
        interrupted = false
        statusRedrawDue = false
        let text = wakeup.take().notices.map { $0 + "\n" }.joined()
        write(text + statusText())
        var count: Int32 = 0
        let result: LineReadResult
        if let raw = el_gets(el, &count) {
            var line = String(cString: raw)
            if line.hasSuffix("\n") { line.removeLast() }
            result = .line(line)
        } else {
            result = interrupted ? .interrupted : .endOfFile
        }
        if case .line(let line) = result { removeStatusRow(belowRows: rows(ofText: line).last + 1) }
        if result == .interrupted { removeStatusRow(belowRows: lastAbandonedRows + 1) }
        if result == .endOfFile { write("\n") }
        statusRows = 0
        return result
    }

    /// Writes text straight to the editor's terminal (flushed).
    public func write(_ text: String) {
        guard !text.isEmpty else { return }
        fputs(text, output)
        fflush(output)
    }

    private func setPrompt(_ prompt: String) {
        free(promptText)
        promptText = strdup(LineEditor.markEscapes(prompt))
        promptWidth = LineEditor.displayWidth(prompt)
    }

    /// Wraps each ANSI escape sequence in `\u{1}` so libedit gives it no width.
    static func markEscapes(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" {
                inEscape = true
                result += "\u{1}"
            }
            result.unicodeScalars.append(scalar)
            if inEscape, scalar != "\u{1B}", scalar != "[", scalar.value >= 0x40, scalar.value <= 0x7E {
                inEscape = false
                result += "\u{1}"
            }
        }
        return result
    }

    /// Terminal cells the text takes, skipping ANSI escape sequences.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" { inEscape = true; continue }
            if inEscape {
                if scalar != "[", scalar.value >= 0x40, scalar.value <= 0x7E { inEscape = false }
                continue
            }
            width += cellWidth(wchar_t(bitPattern: scalar.value))
        }
        return width
    }

    static func cellWidth(_ c: wchar_t) -> Int {
        (c < 0x20 || c == 0x7f) ? 2 : max(0, Int(shim_wcwidth(c)))  // ^X shows as 2 cells
    }

    // MARK: - The input function

    var lastAbandonedRows = 0

    /// Whether input already waiting (the rest of a paste) goes on with a
    /// line that begins with `|`, perhaps after comment lines: it continues
    /// the pipeline just entered, as in a script. A blank line ends it.
    public func queuedInputContinuesPipeline() -> Bool {
        readAvailableInput()
        var index = queuedInput.startIndex
        while true {
            while index < queuedInput.endIndex, queuedInput[index] == UInt8(ascii: " ") || queuedInput[index] == UInt8(ascii: "\t") {
                index += 1
            }
            guard index < queuedInput.endIndex else { return false }
            switch queuedInput[index] {
            case UInt8(ascii: "|"):
                let next = index + 1
                return next == queuedInput.endIndex || queuedInput[next] != UInt8(ascii: "|")
            case UInt8(ascii: "#"):
                // A comment line: look at the line after it.
                guard let end = queuedInput[index...].firstIndex(where: { $0 == 10 || $0 == 13 }) else { return false }
                index = end + 1
                if queuedInput[end] == 13, index < queuedInput.endIndex, queuedInput[index] == 10 { index += 1 }
            default:
                return false
            }
        }
    }

    /// Moves whatever the terminal holds into `queuedInput`, without waiting.
    private func readAvailableInput() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var descriptors = [pollfd(fd: keyInput >= 0 ? keyInput : 0, events: Int16(POLLIN), revents: 0)]
            guard poll(&descriptors, 1, 0) > 0, descriptors[0].revents & Int16(POLLIN) != 0 else { return }
            var available: Int32 = 0
            if keyInput < 0, ioctl(0, UInt(FIONREAD), &available) == 0, available == 0 { return }
            let limit = keyInput >= 0 ? buffer.count : min(buffer.count, Int(available))
            let count = buffer.withUnsafeMutableBytes { Glibc.read(keyInput >= 0 ? keyInput : 0, $0.baseAddress, limit) }
            if count <= 0 { return }
            queuedInput += buffer[0..<count]
        }
    }

    /// Turns bytes into one wide character; nil while a multibyte sequence is incomplete or invalid.
    private func decode(_ byte: UInt8) -> wchar_t? {
        pendingInput.append(byte)
        var character: wchar_t = 0
        var state = mbstate_t()
        let used = pendingInput.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { mbrtowc(&character, $0.baseAddress, $0.count, &state) }
        }
        if used == -2 {
            if pendingInput.count > 8 { pendingInput.removeAll() }
            return nil
        }
        pendingInput.removeAll()
        return used == -1 ? nil : character
    }

    func readCharacter(into out: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while !queuedInput.isEmpty {
            if let character = decode(queuedInput.removeFirst()) {
                out.pointee = character
                return 1
            }
        }
        while true {
            var fds = [pollfd(fd: keyInput >= 0 ? keyInput : 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeup.editorRead, events: Int16(POLLIN), revents: 0)]
            var timeout: Int32 = -1
            if statusRedrawDue {
                timeout = Int32(max(0, (lastStatusDraw + LineEditor.statusInterval - monotonicSeconds()) * 1000))
            }
            let ready = poll(&fds, 2, timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if ready == 0 {
                redraw(above: [])
                continue
            }
            if fds[1].revents != 0 {
                let bytes = wakeup.drain()
                if bytes.contains(UInt8(ascii: "I")) {
                    abandonLine()
                    interrupted = true
                    errno = EINTR
                    return -1
                }
                let resized = bytes.contains(UInt8(ascii: "W"))
                if resized { el_resize(el) }
                let taken = wakeup.take()
                if bytes.contains(UInt8(ascii: "Z")) {
                    redraw(above: taken.notices + [LineEditor.suspendHint])
                } else if !taken.notices.isEmpty || resized {
                    redraw(above: taken.notices)
                } else if taken.statusChanged {
                    if monotonicSeconds() - lastStatusDraw >= LineEditor.statusInterval {
                        redraw(above: [])
                    } else {
                        statusRedrawDue = true
                    }
                }
            }
            if fds[0].revents != 0 {
                var byte: UInt8 = 0
                if keyInput < 0 {
                    // Without a non-blocking descriptor, read only what is there.
                    var available: Int32 = 0
                    if ioctl(0, UInt(FIONREAD), &available) == 0, available == 0, fds[0].revents & Int16(POLLHUP) == 0 { continue }
                }
                let count = Glibc.read(keyInput >= 0 ? keyInput : 0, &byte, 1)
                if count == 0 { return 0 }
                if count < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return -1
                }
                guard let character = decode(byte) else { continue }
                out.pointee = character
                return 1
            }
        }
    }

    /// What Ctrl-Z says: there is no job control to suspend into.
    public static let suspendHint =
        "No job control in shoal: use Start-Job, Start-ThreadJob or a trailing & instead"

    /// The status line is redrawn at most this often (seconds).
    static let statusInterval = 0.25

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    func monotonicSeconds() -> Double { LineEditor.monotonicSeconds() }
}
