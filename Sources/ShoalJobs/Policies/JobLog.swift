// -JobLog: one tab-separated line per finished job or -Parallel iteration,
// in GNU parallel's --joblog columns (Seq Host Starttime JobRuntime Send
// Receive Exitval Signal Command) plus the input object's text, so tools
// that read parallel's logs read shoal's. Lines are gathered and appended
// together (at most 50 ms later, and when the command ends) under an
// exclusive flock with O_APPEND, so several shells can append to one log;
// the header is written by whoever finds the file empty.

import Glibc
import ShoalRuntime
import Synchronization

public final class JobLog: Sendable {
    /// The header line's columns.
    static let columns = ["Seq", "Host", "Starttime", "JobRuntime", "Send", "Receive", "Exitval", "Signal", "Command", "Input"]

    /// One finished job or iteration.
    struct Line: Sendable {
        var seq: Int
        var startNanoseconds: Int
        var runNanoseconds: Int
        var received: Int
        var state: JobState
        /// A stopped attempt that ran out of time (TERM, as parallel's --timeout).
        var timedOut = false
        /// The command, escaped (`JobLog.escape`) once for all its lines.
        var command: String
        var input: String

        /// Appends the line, as bytes: thousands of lines a second are
        /// formatted here, and string interpolation cost more than the job.
        func write(into bytes: inout [UInt8]) {
            // Byte by byte: an array literal here would allocate.
            let tab = UInt8(ascii: "\t")
            let signal = state == .stopped || timedOut ? Int(SIGTERM) : 0
            let exitValue = state == .completed ? 0 : (state == .stopped ? -1 : 1)
            JobLog.appendDecimal(seq, to: &bytes)
            bytes.append(tab)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(tab)
            JobLog.appendSeconds(startNanoseconds, width: 0, to: &bytes)
            bytes.append(tab)
            JobLog.appendSeconds(runNanoseconds, width: 10, to: &bytes)
            bytes.append(tab)
            bytes.append(UInt8(ascii: "0"))
            bytes.append(tab)
            JobLog.appendDecimal(received, to: &bytes)
            bytes.append(tab)
            JobLog.appendDecimal(exitValue, to: &bytes)
            bytes.append(tab)
            JobLog.appendDecimal(signal, to: &bytes)
            bytes.append(tab)
            bytes.append(contentsOf: command.utf8)
            bytes.append(tab)
            bytes.append(contentsOf: JobLog.escape(input).utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    public let path: String
    private let pending = ThreadLock<(lines: [UInt8], flushScheduled: Bool)>(([], false))
    private let timers: JobTimers

    /// Opens (creating) the log; an unwritable path is an error now, not
    /// when the first job ends.
    init(path: String, timers: JobTimers) throws(JobLogError) {
        self.path = path
        self.timers = timers
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw JobLogError(path: path, reason: String(cString: strerror(errno))) }
        close(descriptor)
    }

    /// Adds a line; it reaches the file within 50 ms (or at `flush`).
    func append(_ line: Line) {
        let schedule = pending.withLock { pending -> Bool in
            line.write(into: &pending.lines)
            defer { pending.flushScheduled = true }
            return !pending.flushScheduled
        }
        if schedule { _ = timers.schedule(after: 0.05) { [self] in flush() } }
    }

    /// Writes the gathered lines now.
    func flush() {
        let lines = pending.withLock { pending -> [UInt8] in
            defer {
                pending.lines = []
                pending.flushScheduled = false
            }
            return pending.lines
        }
        guard !lines.isEmpty else { return }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        var info = stat()
        var bytes: [UInt8] = []
        if fstat(descriptor, &info) == 0, info.st_size == 0 {
            bytes = Array((JobLog.columns.joined(separator: "\t") + "\n").utf8)
        }
        bytes += lines
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        _ = flock(descriptor, LOCK_UN)
    }

    /// Writes a line for `job` when it finishes, before anyone waiting for
    /// the job learns of its end; with `flushing`, onto the file at once.
    func record(_ job: Job, seq: Int, input: String, flushing: Bool, escapedCommand: String? = nil) {
        let command = escapedCommand ?? JobLog.escapedCommand(job.command)
        job.whenFinished(beforeWaking: true) { [self] in
            let runtime = (job.durationTicks ?? 0) * 100
            append(Line(seq: seq, startNanoseconds: JobLog.epochNanoseconds() - runtime, runNanoseconds: runtime,
                        received: job.outputCount, state: job.state,
                        timedOut: job.reason?.exceptionType == "System.TimeoutException", command: command, input: input))
            if flushing { flush() }
        }
    }

    /// A Start-Job's or Start-ThreadJob's input column: its arguments.
    static func inputText(_ arguments: [TransferValue]) -> String {
        arguments.map { Conversion.toString($0.value) }.joined(separator: " ")
    }

    /// Nanoseconds since 1970 (parallel's Starttime is in seconds).
    static func epochNanoseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return now.tv_sec * 1_000_000_000 + now.tv_nsec
    }

    /// Seconds with three decimals (parallel's `%.3f`), right-aligned in `width`.
    static func appendSeconds(_ nanoseconds: Int, width: Int, to bytes: inout [UInt8]) {
        let milliseconds = (max(0, nanoseconds) + 500_000) / 1_000_000
        let whole = milliseconds / 1000, fraction = milliseconds % 1000
        for _ in stride(from: decimalDigits(whole) + 4, to: width, by: 1) { bytes.append(UInt8(ascii: " ")) }
        appendDecimal(whole, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 100))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
    }

    static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        let value = number.magnitude
        var divisor: UInt = 1
        for _ in 1..<decimalDigits(Int(value)) { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    private static func decimalDigits(_ value: Int) -> Int {
        var digits = 1, rest = value.magnitude
        while rest >= 10 {
            digits += 1
            rest /= 10
        }
        return digits
    }

    /// A command as its lines show it: trimmed, on one line.
    static func escapedCommand(_ command: String) -> String { escape(command.trimmingCharacters()) }

    /// Keeps a value on one line and in one column.
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 }) { return text }
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// The inputs a log records, by their text: those that succeeded and
    /// those that did not (for -Resume and -ResumeFailed).
    static func readOutcomes(_ path: String) -> (succeeded: Set<String>, failed: Set<String>) {
        guard let text = readTextFile(path) else { return ([], []) }
        var succeeded: Set<String> = [], failed: Set<String> = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 10, fields[0] != "Seq" else { continue }
            let input = String(fields[9])
            if fields[6] == "0" && fields[7] == "0" { succeeded.insert(input) } else { failed.insert(input) }
        }
        // An input that failed once and succeeded later has succeeded.
        return (succeeded, failed.subtracting(succeeded))
    }
}

/// A job log that cannot be opened.
struct JobLogError: Error {
    let path: String
    let reason: String
    var message: String { "Cannot open the job log '\(path)': \(reason)." }
}
