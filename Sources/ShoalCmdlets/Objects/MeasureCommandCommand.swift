// Measure-Command: runs a script block in the caller's scope (variables it
// sets stay set, as in PowerShell), discards its output, and returns the
// elapsed time as a TimeSpan. Piped objects each run the block once with
// `$_` set; the total time is returned at the end.

import Glibc
import ShoalRuntime

public final class MeasureCommandCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Measure-Command", synopsis: "Measures the time it takes to run script blocks and cmdlets.",
        parameters: [
            ParameterDescriptor("Expression", type: "scriptblock", position: 0, mandatory: true, help: "The script block to time; what it writes to the pipeline is discarded (host output, such as Write-Host, still shows)."),
            ParameterDescriptor("InputObject", pipeline: true, help: "Objects piped in; the script block runs once for each, with the object as $_, and the total time is returned."),
        ],
        description: "Runs a script block and returns how long it took, as a TimeSpan (its output is discarded).",
        examples: [
            HelpExample("Time a block",
                        code: "(Measure-Command { Start-Sleep -Milliseconds 20 }).TotalMilliseconds -ge 20",
                        output: "True\n"),
            HelpExample("Check a step against a time budget",
                        code: "$elapsed = Measure-Command { 1..1000 | ForEach-Object { $_ * 2 } | Out-Null }\nif ($elapsed.TotalSeconds -lt 5) { 'Within the 5 s budget' } else { \"Too slow: $elapsed\" }",
                        output: "Within the 5 s budget\n"),
            HelpExample("Run the block once per piped object",
                        code: "$elapsed = 'web1', 'web2' | Measure-Command { Write-Host \"checking $_\"; \"result for $_\" }\n$elapsed.GetType().Name",
                        output: "checking web1\nchecking web2\nTimeSpan\n",
                        remarks: "Write-Host output shows; the strings the block writes are discarded, and one TimeSpan covers both runs."),
        ])
    public init() {}

    var elapsedNanoseconds = 0

    public func process(_ context: CmdletContext) throws {
        guard case .scriptBlock(let block)? = context.value("Expression") else { return }
        let start = MonotonicClock.nanoseconds()
        defer { elapsedNanoseconds += MonotonicClock.nanoseconds() - start }
        try context.runspace.invokeBlockInCurrentScope(block, dollarUnder: context.currentItem, output: NullSink())
    }

    public func end(_ context: CmdletContext) throws {
        try context.write(.native(TimeSpanValue(ticks: elapsedNanoseconds / 100)))
    }
}
