// Write-Output: sends objects down the pipeline.

import ShoalRuntime

public final class WriteOutputCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Output", synopsis: "Writes the specified objects to the pipeline.",
        parameters: [
            ParameterDescriptor("InputObject", position: 0, mandatory: true, pipeline: true, remainingArguments: true, help: "The objects to write (all remaining arguments, or piped); a collection is written one element at a time."),
            ParameterDescriptor("NoEnumerate", type: "switch", help: "Writes a collection as one object instead of one object per element."),
        ],
        description: "Writes objects to the pipeline (what a bare value in a script does); -NoEnumerate keeps a collection whole.",
        examples: [
            HelpExample("Keep an array as one object",
                        code: "(Write-Output 1, 2, 3 -NoEnumerate | Measure-Object).Count",
                        output: "1\n"),
            HelpExample("Return an empty array instead of nothing",
                        code: "function Get-FailedCheck {\n    $failed = @()\n    Write-Output $failed -NoEnumerate\n}\n$result = Get-FailedCheck\n$null -eq $result\n$result.Count",
                        output: "False\n0\n",
                        remarks: "Without -NoEnumerate the empty array unrolls to nothing, and $result is $null."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        guard let value = context.value("InputObject") else { return }
        if context.flag("NoEnumerate") || context.hasPipelineInput {
            try context.write(value)
        } else {
            try context.writeEnumerated(value)
        }
    }
}
