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
        var startTime: Double
        var runtime: Double
        var received: Int
        var state: JobState
        /// A stopped attempt that ran out of time (TERM, as parallel's --timeout).
        var timedOut = false
        var command: String
        var input: String

        var text: String {
            let signal = state == .stopped || timedOut ? Int(SIGTERM) : 0
            let exitValue = state == .completed ? 0 : (state == .stopped ? -1 : 1)
            let fields = [String(seq), ":", JobLog.fixed(startTime, width: 0), JobLog.fixed(runtime, width: 10), "0",
                          String(received), String(exitValue), String(signal), JobLog.escape(command.trimmingCharacters()), JobLog.escape(input)]
            return fields.joined(separator: "\t") + "\n"
        }
    }

    public let path: String
    private let pending = Mutex<(lines: [UInt8], flushScheduled: Bool)>(([], false))
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
        let text = Array(line.text.utf8)
        let schedule = pending.withLock { pending -> Bool in
            pending.lines += text
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
    func record(_ job: Job, seq: Int, input: String, flushing: Bool) {
        job.whenFinished(beforeWaking: true) { [self] in
            let runtime = Double(job.durationTicks ?? 0) / 10_000_000
            append(Line(seq: seq, startTime: JobLog.epochNow() - runtime, runtime: runtime, received: job.outputCount,
                        state: job.state, timedOut: job.reason?.exceptionType == "System.TimeoutException",
                        command: job.command, input: input))
            if flushing { flush() }
        }
    }

    /// A Start-Job's or Start-ThreadJob's input column: its arguments.
    static func inputText(_ arguments: [TransferValue]) -> String {
        arguments.map { Conversion.toString($0.value) }.joined(separator: " ")
    }

    /// Seconds since 1970, as parallel's Starttime.
    static func epochNow() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static func fixed(_ value: Double, width: Int) -> String {
        let milliseconds = Int((value * 1000).rounded())
        let fraction = String(milliseconds % 1000)
        let text = "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// Keeps a value on one line and in one column.
    static func escape(_ text: String) -> String {
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
