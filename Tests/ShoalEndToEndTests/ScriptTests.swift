// End-to-end tests: run the built `shoal` binary and compare what it prints
// and its exit status with expected files.
//
// Every `NAME.ps1` directly inside `Scripts/` is one test case. It is run as
// `shoal NAME.ps1` with `Scripts/` as the working directory and standard input
// from /dev/null, and compared with
//   NAME.out     standard output, exactly (required; may be empty)
//   NAME.err     standard error, exactly (if absent, standard error must be empty)
//   NAME.status  the exit status, a number (if absent, 0)
// Helper files that scripts dot-source or call live in `Scripts/lib/` and are
// not test cases themselves. Expected files hold what PowerShell 7 prints, in
// shoal's error layout (`Label: file:line:col`, the line, a caret line, the
// message).

import Foundation
import ShoalTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Locating things

enum EndToEnd {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let scriptsDirectory = testsDirectory.appendingPathComponent("Scripts", isDirectory: true)
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    /// The `shoal` binary built with the tests: the test target depends on the
    /// `shoal` product, so it sits in the same `.build/<triple>/<config>`
    /// directory as the test bundle. `SHOAL_BINARY` overrides the search.
    static let shoal: String = locateShoal()

    static func locateShoal() -> String {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["SHOAL_BINARY"], !override.isEmpty {
            return override
        }
        var starts: [String] = [Bundle.main.bundlePath]
        if let executable = Bundle.main.executablePath { starts.append(executable) }
        if let argument0 = CommandLine.arguments.first, !argument0.isEmpty {
            starts.append(argument0.hasPrefix("/") ? argument0 : fileManager.currentDirectoryPath + "/" + argument0)
        }
        for start in starts {
            var directory = URL(fileURLWithPath: start).standardizedFileURL
            for _ in 0..<6 {
                let candidate = directory.appendingPathComponent("shoal").path
                var isDirectory: ObjCBool = false
                if fileManager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                   fileManager.isExecutableFile(atPath: candidate) {
                    return candidate
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return packageRoot.appendingPathComponent(".build/debug/shoal").path
    }

    /// The script test cases: the names of the `*.ps1` files directly in `Scripts/`.
    static let scriptNames: [String] = {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: scriptsDirectory.path)) ?? []
        return entries.filter { $0.hasSuffix(".ps1") }.map { String($0.dropLast(4)) }.sorted()
    }()
}

// MARK: - Running shoal

struct RunResult: Sendable {
    var stdout: String
    var stderr: String
    var status: Int32
    var timedOut: Bool
}

/// Runs shoal with `arguments`, feeding `input` (or /dev/null) to its standard
/// input. Output goes to temporary files, so a chatty child cannot block on a
/// full pipe; a run longer than `timeout` seconds is killed and reported.
func runShoal(_ arguments: [String], input: String? = nil,
              directory: URL = EndToEnd.scriptsDirectory, timeout: TimeInterval = 20,
              environment extra: [String: String] = [:]) throws -> RunResult {
    let fileManager = FileManager.default
    let scratch = fileManager.temporaryDirectory.appendingPathComponent("shoal-e2e-\(UUID().uuidString)", isDirectory: true)
    try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? fileManager.removeItem(at: scratch) }

    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    let inURL = scratch.appendingPathComponent("stdin")
    _ = fileManager.createFile(atPath: outURL.path, contents: nil)
    _ = fileManager.createFile(atPath: errURL.path, contents: nil)
    _ = fileManager.createFile(atPath: inURL.path, contents: Data((input ?? "").utf8))

    let outDescriptor = open(outURL.path, O_WRONLY | O_CLOEXEC)
    let errDescriptor = open(errURL.path, O_WRONLY | O_CLOEXEC)
    let inDescriptor = open(input == nil ? "/dev/null" : inURL.path, O_RDONLY | O_CLOEXEC)
    defer { for descriptor in [outDescriptor, errDescriptor, inDescriptor] where descriptor >= 0 { close(descriptor) } }
    var environment = ["NO_COLOR": "1", "TERM": "dumb"]
    environment.merge(extra) { $1 }
    let process = try ChildProcess(EndToEnd.shoal, arguments, environment: environment, directory: directory.path,
                                   standardInput: inDescriptor, standardOutput: outDescriptor, standardError: errDescriptor)
    var timedOut = false
    var status = process.wait(timeout: timeout)
    if status == nil {
        timedOut = true
        kill(process.pid, SIGKILL)
        status = process.wait()
    }
    let stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
    let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
    return RunResult(stdout: stdout, stderr: stderr, status: status ?? -1, timedOut: timedOut)
}

// MARK: - Diffs

/// A line diff of two texts: `  ` common lines, `- ` expected only, `+ ` actual
/// only. Invisible characters are shown escaped, and a missing final newline
/// is called out.
func lineDiff(expected: String, actual: String) -> String {
    func lines(_ text: String) -> [String] {
        var parts = text.components(separatedBy: "\n")
        if parts.last == "" { parts.removeLast() }
        return parts
    }
    func show(_ line: String) -> String {
        var shown = ""
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\t": shown += "\\t"
            case "\r": shown += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                shown += "\\u{\(String(scalar.value, radix: 16))}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
    let a = lines(expected), b = lines(actual)
    var result: [String] = []
    if a.count * b.count > 4_000_000 {
        result = a.map { "- " + show($0) } + b.map { "+ " + show($0) }
    } else {
        // Longest common subsequence, then walk it.
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                result.append("  " + show(a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                result.append("- " + show(a[i])); i += 1
            } else {
                result.append("+ " + show(b[j])); j += 1
            }
        }
    }
    let expectedNewline = expected.isEmpty || expected.hasSuffix("\n")
    let actualNewline = actual.isEmpty || actual.hasSuffix("\n")
    if expectedNewline != actualNewline {
        result.append(actualNewline ? "(expected text has no final newline)" : "(actual text has no final newline)")
    }
    return "--- expected\n+++ actual\n" + result.joined(separator: "\n")
}

// MARK: - Script tests

@Suite("Scripts")
struct ScriptTests {
    @Test("Scripts directory has test cases and no stray expectation files")
    func inventory() throws {
        #expect(!EndToEnd.scriptNames.isEmpty, "no scripts in \(EndToEnd.scriptsDirectory.path)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: EndToEnd.scriptsDirectory.path)
        for entry in entries where entry.hasSuffix(".out") || entry.hasSuffix(".err") || entry.hasSuffix(".status") {
            let name = (entry as NSString).deletingPathExtension
            #expect(EndToEnd.scriptNames.contains(name), "\(entry) has no \(name).ps1")
        }
    }

    @Test("Script", arguments: EndToEnd.scriptNames)
    func script(_ name: String) throws {
        let directory = EndToEnd.scriptsDirectory
        func expectation(_ suffix: String) -> String? {
            try? String(contentsOf: directory.appendingPathComponent(name + suffix), encoding: .utf8)
        }
        guard let expectedOut = expectation(".out") else {
            Issue.record("\(name).out is missing")
            return
        }
        let expectedErr = expectation(".err") ?? ""
        let statusText = expectation(".status")?.trimmingCharacters(in: .whitespacesAndNewlines)
        let expectedStatus = statusText.flatMap { Int32($0) } ?? 0
        if let statusText, Int32(statusText) == nil {
            Issue.record("\(name).status does not hold a number: \(statusText)")
        }

        let result = try runShoal([name + ".ps1"])
        if result.timedOut {
            Issue.record("\(name).ps1 did not finish within 20 seconds and was killed")
        }
        if result.stdout != expectedOut {
            Issue.record("\(name).ps1: standard output differs\n\(lineDiff(expected: expectedOut, actual: result.stdout))")
        }
        if result.stderr != expectedErr {
            Issue.record("\(name).ps1: standard error differs\n\(lineDiff(expected: expectedErr, actual: result.stderr))")
        }
        if result.status != expectedStatus {
            Issue.record("\(name).ps1: exit status \(result.status), expected \(expectedStatus)")
        }
    }
}

// MARK: - Command-line tests

@Suite("Command line")
struct CommandLineTests {
    @Test func commandOption() throws {
        let result = try runShoal(["-c", "1 + 1; 'a' + 'b'"])
        #expect(result.stdout == "2\nab\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func longCommandOption() throws {
        let result = try runShoal(["-Command", "'long form'"])
        #expect(result.stdout == "long form\n")
        #expect(result.status == 0)
    }

    @Test func commandExitStatus() throws {
        let result = try runShoal(["-c", "'out'; exit 5"])
        #expect(result.stdout == "out\n")
        #expect(result.status == 5)
    }

    /// With -Command the status is 1 when the last command failed ($? false).
    @Test func commandFailingLastCommand() throws {
        let result = try runShoal(["-c", "Write-Error 'last one failed'"])
        #expect(result.stdout == "")
        #expect(result.stderr.contains("last one failed"))
        #expect(result.status == 1)
    }

    @Test func commandParseError() throws {
        let result = try runShoal(["-c", "'not run'; $x = (1 + 2))"])
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("ParserError: <command>:1:24\n"))
        #expect(result.stderr.contains("Unexpected token ')' in expression or statement."))
        #expect(result.status == 1)
    }

    @Test func standardInput() throws {
        let result = try runShoal([], input: "1 + 1\n")
        #expect(result.stdout == "2\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func readHostReadsRedirectedInputAndFailsWhenNonInteractive() throws {
        let result = try runShoal(["-c", "$n = Read-Host 'Name'; \"[$n]\"; $s = Read-Host -AsSecureString; \"$s $($s.Length)\"; $null -eq (Read-Host)"],
                                  input: "alice\nsecret\n")
        #expect(result.stdout == "Name: [alice]\nSystem.Security.SecureString 6\nTrue\n")
        #expect(result.status == 0)
        let refused = try runShoal(["-NonInteractive", "-c", "Read-Host 'Name'"], input: "alice\n")
        #expect(refused.stdout == "")
        #expect(refused.stderr.contains("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."))
        #expect(refused.status == 1)
        let inJob = try runShoal(["-c", "Start-ThreadJob { Read-Host 'q' } | Receive-Job -Wait"], input: "x\n")
        #expect(inJob.stderr.contains("NonInteractive mode"))
    }

    @Test func standardInputMultiLine() throws {
        let result = try runShoal([], input: "function f {\n    'in f'\n}\nf\n$x = 3\n$x * 2\n")
        #expect(result.stdout == "in f\n6\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func version() throws {
        let result = try runShoal(["--version"])
        #expect(result.stdout.hasPrefix("shoal "))
        let hasDigit = result.stdout.unicodeScalars.contains { CharacterSet.decimalDigits.contains($0) }
        #expect(hasDigit)
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func help() throws {
        let result = try runShoal(["--help"])
        #expect(result.stdout.contains("Usage"))
        #expect(result.stdout.contains("-c"))
        #expect(result.stdout.contains("--version"))
        #expect(result.status == 0)
    }

    @Test func unknownOption() throws {
        let result = try runShoal(["--no-such-option"])
        #expect(result.stdout == "")
        #expect(result.stderr.contains("--no-such-option"))
        #expect(result.status == 64)
    }

    @Test func missingScriptFile() throws {
        let result = try runShoal(["no-such-script.ps1"])
        #expect(result.stdout == "")
        #expect(result.stderr.contains(
            "The argument 'no-such-script.ps1' is not recognized as the name of a script file."))
        #expect(result.status == 64)
    }

    @Test func scriptArgumentsBindPositionally() throws {
        let result = try runShoal(["lib/child-script.ps1", "a", "3", "extra"])
        #expect(result.stdout == "child: First=a Second=3 args=extra\nchild name: child-script.ps1\nchild root ends with lib: True\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func fileOptionWithNamedArguments() throws {
        let result = try runShoal(["-File", "lib/child-script.ps1", "-Second", "4", "-First", "b"])
        #expect(result.stdout == "child: First=b Second=4 args=\nchild name: child-script.ps1\nchild root ends with lib: True\n")
        #expect(result.status == 0)
    }

    @Test func noProfileAndNonInteractiveAccepted() throws {
        let result = try runShoal(["-NoProfile", "-NonInteractive", "-c", "'ok'"])
        #expect(result.stdout == "ok\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func missingMandatoryParameterWhenNonInteractive() throws {
        let result = try runShoal(["-NonInteractive", "-c",
                                   "function f { param([Parameter(Mandatory)]$Name) $Name }; f"])
        #expect(result.stdout == "")
        #expect(result.stderr.contains("Cannot process command because of one or more missing mandatory parameters: Name."))
        #expect(result.status == 1)
    }
}
