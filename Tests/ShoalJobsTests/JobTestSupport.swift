// Helpers of the job tests.
//
// Thread and pool jobs run in the test process through `runScript`. Process
// jobs (Start-Job, `pipeline &`) need a real `shoal` binary: the worker is
// started from /proc/self/exe, which under `swift test` is the test bundle,
// not shoal (see `StartJobTests.startJobWorksInAnEmbeddedSession`). So
// scripts that start process jobs run in the built `shoal` executable
// (`runShoal`), which is what users run anyway; `LiveShoal` runs one while
// the test watches its output line by line and inspects its processes.

import Foundation
import Glibc
import ShoalTestSupport
import Testing

enum JobTestEnvironment {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `shoal` executable next to the test bundle (`SHOAL_BINARY` overrides).
    static let shoal: String = {
        if let override = ProcessInfo.processInfo.environment["SHOAL_BINARY"], !override.isEmpty { return override }
        var candidates: [String] = []
        if let argument0 = CommandLine.arguments.first {
            var directory = URL(fileURLWithPath: argument0).standardizedFileURL.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("shoal").path)
                directory = directory.deletingLastPathComponent()
            }
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/shoal").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    static func scratchDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shoal-jobs-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs a script in the `shoal` executable and returns what it printed.
func runShoal(_ script: String, timeout: Double = 30, environment: [String: String] = [:]) -> ScriptResult {
    let live = LiveShoal(script, environment: environment)
    return live.finish(timeout: timeout)
}

/// A `shoal` process running a script, watched while it runs.
final class LiveShoal: @unchecked Sendable {
    let scratch = JobTestEnvironment.scratchDirectory()
    private let process: ChildProcess?
    /// The reading end of the shell's standard output.
    private let outDescriptor: Int32
    private let errURL: URL
    private var buffer = Data()
    private var consumed: [String] = []

    /// The file a script can poll for (`$env:SHOAL_TEST_GO`) to wait for the test.
    var goFile: URL { scratch.appendingPathComponent("go") }

    /// `newSession` starts the shell in a session of its own (through
    /// `setsid -w -f`, which waits and passes on its exit status), so that
    /// its processes can be counted by session; `pid` is then setsid's.
    init(_ script: String, newSession: Bool = false, environment: [String: String] = [:]) {
        let scriptURL = scratch.appendingPathComponent("test.ps1")
        try? script.write(to: scriptURL, atomically: true, encoding: .utf8)
        errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        outDescriptor = ends[0]
        let errDescriptor = open(errURL.path, O_WRONLY)
        let goPath = scratch.appendingPathComponent("go").path
        let (executable, arguments) = newSession
            ? ("/usr/bin/setsid", ["-w", "-f", JobTestEnvironment.shoal, scriptURL.path])
            : (JobTestEnvironment.shoal, [scriptURL.path])
        process = try? ChildProcess(executable, arguments,
                                    environment: ["NO_COLOR": "1", "TERM": "dumb", "SHOAL_TEST_GO": goPath].merging(environment) { $1 },
                                    directory: scratch.path, standardOutput: ends[1], standardError: errDescriptor)
        close(ends[1])
        if errDescriptor >= 0 { close(errDescriptor) }
    }

    deinit { close(outDescriptor) }

    var pid: pid_t { process?.pid ?? -1 }

    /// The next line of standard output, or nil at end of output or timeout.
    func readLine(timeout: Double = 15) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        let fd = outDescriptor
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                consumed.append(line)
                return line
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return nil }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000))
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(fd, &chunk, chunk.count)
            if count <= 0 {
                if buffer.isEmpty { return nil }
                let line = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                consumed.append(line)
                return line
            }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// Reads lines until one satisfies `match`; returns it (nil on timeout / end).
    func readLine(where match: (String) -> Bool, timeout: Double = 15) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while let line = readLine(timeout: max(0.01, deadline.timeIntervalSinceNow)) {
            if match(line) { return line }
        }
        return nil
    }

    /// Lets a script waiting on `$env:SHOAL_TEST_GO` go on.
    func go() { _ = FileManager.default.createFile(atPath: goFile.path, contents: Data()) }

    /// Waits for the process to end (killing it after `timeout`) and returns
    /// everything it printed.
    func finish(timeout: Double = 30) -> ScriptResult {
        var status = process?.wait(timeout: timeout)
        if process != nil, status == nil {
            kill(pid, SIGKILL)
            status = process?.wait()
        }
        while readLine(timeout: 2) != nil {}
        let errors = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        let output = consumed.map { $0 + "\n" }.joined()
        try? FileManager.default.removeItem(at: scratch)
        return ScriptResult(output: output, errors: errors, status: status ?? -1)
    }
}

/// A script fragment that waits (at most ~10 s) until the test calls `go()`.
let waitForTest = "for ($i = 0; $i -lt 500 -and -not (Test-Path $env:SHOAL_TEST_GO); $i++) { Start-Sleep -Milliseconds 20 }"

enum ProcessProbe {
    /// The process's state letter from /proc/PID/stat (R, S, Z, ...), nil if gone.
    static func state(_ pid: Int32) -> Character? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let rest = text[text.index(after: close)...].drop(while: { $0 == " " })
        return rest.first
    }

    /// True when the process is gone and reaped: kill(pid, 0) fails with
    /// ESRCH. Polls briefly, since a SIGKILL takes a moment to land.
    static func isGoneAndReaped(_ pid: Int32, within seconds: Double = 3) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
            usleep(20_000)
        } while Date() < deadline
        return false
    }

    /// A description for failure messages.
    static func describe(_ pid: Int32) -> String {
        if kill(pid, 0) != 0 && errno == ESRCH { return "process \(pid) is gone" }
        if let state = state(pid) { return "process \(pid) still exists in state \(state)\(state == "Z" ? " (zombie, not reaped)" : "")" }
        return "process \(pid) still exists"
    }

    /// The processes of session `session` (from /proc): pid and command name.
    static func members(ofSession session: Int32) -> [(pid: Int32, command: String)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.compactMap { pid in
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")") else { return nil }
            let fields = text[text.index(after: close)...].split(separator: " ")
            guard fields.count > 4, Int32(fields[3]) == session, fields[0] != "Z" else { return nil }
            return (pid, String(text[text.index(after: open)..<close]))
        }
    }

    /// Members of process group `group` (from /proc).
    static func members(ofGroup group: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = text.lastIndex(of: ")") else { return false }
            let fields = text[text.index(after: close)...].split(separator: " ")
            return fields.count > 3 && Int32(fields[2]) == group
        }
    }
}
