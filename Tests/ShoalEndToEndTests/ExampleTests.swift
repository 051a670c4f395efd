// The scripts in `examples/` run end to end: each `examples/NAME.ps1` is run
// as `shoal examples/NAME.ps1` from the package root and must exit 0 with
// the output `Examples/NAME.out` describes (and the error output of
// `Examples/NAME.err`, or none). Expected lines are literal text except for
// `{{regex}}` parts, which stand for what differs from run to run: times,
// random numbers, machine names, the order in which concurrent work ends.

import Foundation
import Testing

enum ExampleFiles {
    static let examplesDirectory = EndToEnd.packageRoot.appendingPathComponent("examples", isDirectory: true)
    static let expectedDirectory = EndToEnd.testsDirectory.appendingPathComponent("Examples", isDirectory: true)

    static let names: [String] = {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: examplesDirectory.path)) ?? []
        return entries.filter { $0.hasSuffix(".ps1") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// A regular expression matching one expected line.
    static func linePattern(_ line: String) -> String {
        var pattern = "^"
        var rest = Substring(line)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open.lowerBound]))
            pattern += "(?:" + rest[open.upperBound..<close.lowerBound] + ")"
            rest = rest[close.upperBound...]
        }
        return pattern + NSRegularExpression.escapedPattern(for: String(rest)) + "$"
    }

    /// Nil when `actual` matches `expected` line for line, else a description.
    static func mismatch(expected: String, actual: String) -> String? {
        let wanted = expected.components(separatedBy: "\n")
        let got = actual.components(separatedBy: "\n")
        for index in 0..<max(wanted.count, got.count) {
            let line = index < got.count ? got[index] : "<end of output>"
            guard index < wanted.count else { return "line \(index + 1): unexpected \(line)" }
            let regex = try? NSRegularExpression(pattern: linePattern(wanted[index]))
            let range = NSRange(line.startIndex..., in: line)
            if index >= got.count || regex?.firstMatch(in: line, range: range) == nil {
                return "line \(index + 1): expected \(wanted[index])\n             got \(line)"
            }
        }
        return nil
    }
}

@Suite("Examples")
struct ExampleTests {
    @Test("Every example has its expected output")
    func inventory() {
        #expect(ExampleFiles.names.count >= 6, "examples: \(ExampleFiles.names)")
        for name in ExampleFiles.names {
            let expected = ExampleFiles.expectedDirectory.appendingPathComponent(name + ".out").path
            #expect(FileManager.default.fileExists(atPath: expected), "\(name) has no Examples/\(name).out")
        }
    }

    @Test("Patterns match what they should and only that")
    func patterns() {
        #expect(ExampleFiles.mismatch(expected: "took {{\\d+\\.\\d}}s (a+b)\n", actual: "took 1.5s (a+b)\n") == nil)
        #expect(ExampleFiles.mismatch(expected: "took {{\\d+\\.\\d}}s\n", actual: "took 1.55s\n") != nil)
        #expect(ExampleFiles.mismatch(expected: "a\nb\n", actual: "a\n") != nil)
        #expect(ExampleFiles.mismatch(expected: "a\n", actual: "a\nb\n") != nil)
    }

    @Test("Example", arguments: ExampleFiles.names)
    func example(_ name: String) throws {
        let result = try runShoal(["examples/\(name).ps1"], directory: EndToEnd.packageRoot, timeout: 60)
        #expect(!result.timedOut, "\(name) did not finish in 60 s")
        #expect(result.status == 0, "\(name) exited \(result.status)\n\(result.stderr)")
        let expectedOut = try String(contentsOf: ExampleFiles.expectedDirectory.appendingPathComponent(name + ".out"), encoding: .utf8)
        if let problem = ExampleFiles.mismatch(expected: expectedOut, actual: result.stdout) {
            Issue.record("\(name) standard output, \(problem)\n--- whole output:\n\(result.stdout)")
        }
        let errURL = ExampleFiles.expectedDirectory.appendingPathComponent(name + ".err")
        let expectedErr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        if let problem = ExampleFiles.mismatch(expected: expectedErr, actual: result.stderr) {
            Issue.record("\(name) standard error, \(problem)\n--- whole error output:\n\(result.stderr)")
        }
    }
}
