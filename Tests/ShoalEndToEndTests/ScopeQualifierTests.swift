// `$script:`, `$global:`, `$local:` and `$private:` agree with by-name
// look-up in every way a script runs: a file, `-c`, standard input,
// dot-sourced, a process job, a thread job and a -Parallel iteration (the
// REPL's test, typed line by line, is in ShoalShellTests), each with the
// evaluator's fast paths on and off. pwsh runs a job's script in its
// runspace's global scope (PowerShell.AddScript), so there too a
// top-level variable and its `$script:` name are one.

import Foundation
import Testing

@Suite struct ScopeQualifierTests {
    static let script = "lib/scope-qualifiers.ps1"
    static let expected = """
        x: script script
        g: global global
        local: local local script
        sees p: []
        own: private private
        p2: [] [mine]
        l: 2 2
        n: 3
        y: from block w: []
        z: dotted
        total: 10 calls: 4

        """

    enum Mode: String, CaseIterable {
        case file, command, standardInput, dotSourced, processJob, threadJob, parallel
    }

    static func run(_ mode: Mode, fastPaths: String) throws -> RunResult {
        let text = try String(contentsOf: EndToEnd.scriptsDirectory.appendingPathComponent(script), encoding: .utf8)
        let environment = ["SHOAL_FAST_PATHS": fastPaths]
        switch mode {
        case .file: return try runShoal(["-NoProfile", script], environment: environment)
        case .command: return try runShoal(["-NoProfile", "-c", text], environment: environment)
        case .standardInput: return try runShoal(["-NoProfile"], input: text, environment: environment)
        case .dotSourced: return try runShoal(["-NoProfile", "-c", ". ./\(script)"], environment: environment)
        case .processJob:
            return try runShoal(["-NoProfile", "-c", "Start-Job -FilePath ./\(script) | Receive-Job -Wait -AutoRemoveJob"],
                                environment: environment)
        case .threadJob:
            return try runShoal(["-NoProfile", "-c", "Start-ThreadJob -FilePath ./\(script) | Receive-Job -Wait -AutoRemoveJob"],
                                environment: environment)
        case .parallel:
            return try runShoal(["-NoProfile", "-c", "$p = (Resolve-Path ./\(script)).Path; 1 | ForEach-Object -Parallel { . $using:p }"],
                                environment: environment)
        }
    }

    @Test(arguments: Mode.allCases, ["on", "off"])
    func qualifiersAgreeWithLookUpByName(mode: Mode, fastPaths: String) throws {
        let result = try Self.run(mode, fastPaths: fastPaths)
        #expect(result.stdout == Self.expected, "\(mode) with fast paths \(fastPaths):\n\(lineDiff(expected: Self.expected, actual: result.stdout))")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }
}
