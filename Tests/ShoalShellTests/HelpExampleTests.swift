// Every example in a built-in cmdlet's help runs here and must print what
// the help says it prints, so the examples cannot drift from the cmdlets.

import Foundation
import Testing
import ShoalRuntime
import ShoalShell
import ShoalTestSupport

@Suite struct HelpExampleTests {
    /// (cmdlet, example number, example) for every example in the registry.
    static let examples: [(String, Int, HelpExample)] = Session.makeRegistry().allCmdlets.flatMap { cmdlet in
        cmdlet.descriptor.examples.enumerated().map { (cmdlet.descriptor.name, $0.offset + 1, $0.element) }
    }

    @Test func theCmdletsUsersReachForFirstHaveExamples() {
        let documented = Set(Self.examples.map { $0.0 })
        for name in ["Where-Object", "ForEach-Object", "Select-Object", "Sort-Object", "Group-Object", "Measure-Object",
                     "Format-Table", "Get-Content", "Select-String", "ConvertTo-Json", "ConvertFrom-Json",
                     "Start-Job", "Start-ThreadJob", "Receive-Job", "Wait-Job", "Get-Job", "Stop-Job", "Remove-Job"] {
            #expect(documented.contains(name), "\(name) has no help examples")
        }
    }

    @Test(arguments: examples)
    func examplePrintsWhatItsHelpSays(cmdlet: String, number: Int, example: HelpExample) {
        let result = runScript(example.code, name: "<\(cmdlet) example \(number)>")
        #expect(result.errors == "", "\(cmdlet) example \(number)")
        #expect(result.output == example.output, "\(cmdlet) example \(number): \(example.title)")
    }

    @Test func getHelpShowsTheExamplesAndDescription() {
        let result = runScript("Get-Help Sort-Object -Examples | Out-String -Stream | Select-Object -First 12")
        #expect(result.lines.contains("    PS > 3, 1, 2 | Sort-Object -Descending"), "\(result.output)")
        #expect(result.lines.contains { $0.contains("Example 1: Sort numbers in descending order") }, "\(result.output)")
        let page = runScript("Get-Help Sort-Object | Out-String -Stream")
        #expect(page.lines.contains("DESCRIPTION"))
        #expect(page.lines.contains("    To see the examples, type: \"Get-Help Sort-Object -Examples\""))
    }
}

/// The README's cmdlet table names every built-in cmdlet, under its module.
@Suite struct ReadmeCmdletTableTests {
    @Test func everyCmdletIsListedUnderItsModule() throws {
        let readmePath = #filePath.replacingOccurrences(of: "Tests/ShoalShellTests/HelpExampleTests.swift", with: "README.md")
        let readme = try String(contentsOfFile: readmePath, encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") }
        let commands = runScript("Get-Command -CommandType Cmdlet | ForEach-Object { \"$($_.Source)|$($_.Name)\" }").lines
        #expect(commands.count > 100)
        for line in commands {
            let parts = line.split(separator: "|").map(String.init)
            guard parts.count == 2 else { continue }
            let row = rows.first { $0.hasPrefix("| `\(parts[0])` |") }
            #expect(row?.contains("`\(parts[1])`") == true, "README's cmdlet table lacks \(parts[1]) under \(parts[0])")
        }
    }
}

/// Every built-in cmdlet describes every parameter in its help and shows
/// at least two examples.
@Suite struct ParameterHelpTests {
    static let cmdlets = Session.makeRegistry().allCmdlets.map(\.descriptor.name).sorted()

    @Test(arguments: cmdlets)
    func everyParameterHasADescription(cmdlet: String) throws {
        let descriptor = try #require(Session.makeRegistry().cmdlet(named: cmdlet)?.descriptor)
        let undescribed = descriptor.parameters.filter { $0.help.isEmpty }.map(\.name)
        #expect(undescribed.isEmpty, "\(cmdlet): \(undescribed)")
        #expect(!descriptor.synopsis.isEmpty, "\(cmdlet) has no synopsis")
        #expect(descriptor.examples.count >= 2, "\(cmdlet) has \(descriptor.examples.count) examples")
    }

    @Test func getHelpShowsAParametersDescription() {
        let result = runScript("Get-Help Wait-Job -Parameter Timeout | Out-String -Stream | Select-Object -First 2")
        #expect(result.lines == ["    -Timeout <int>", "        Gives up after this many seconds (the jobs keep running)."], "\(result.lines)")
    }
}
