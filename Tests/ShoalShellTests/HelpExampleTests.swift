// Every example in a built-in cmdlet's help runs here and must print what
// the help says it prints, so the examples cannot drift from the cmdlets.

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
