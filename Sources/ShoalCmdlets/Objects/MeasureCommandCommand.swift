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
            ParameterDescriptor("Expression", type: "scriptblock", position: 0, mandatory: true),
            ParameterDescriptor("InputObject", pipeline: true),
        ],
        description: "Runs a script block and returns how long it took, as a TimeSpan (its output is discarded).",
        examples: [
            HelpExample("Time a block",
                        code: "(Measure-Command { Start-Sleep -Milliseconds 20 }).TotalMilliseconds -ge 20",
                        output: "True\n"),
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
