// Write-Output: sends objects down the pipeline.

import ShoalRuntime

public final class WriteOutputCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Output", synopsis: "Writes the specified objects to the pipeline.",
        parameters: [
            ParameterDescriptor("InputObject", position: 0, mandatory: true, pipeline: true, remainingArguments: true),
            ParameterDescriptor("NoEnumerate", type: "switch"),
        ],
        description: "Writes objects to the pipeline (what a bare value in a script does); -NoEnumerate keeps a collection whole.",
        examples: [
            HelpExample("Keep an array as one object",
                        code: "(Write-Output 1, 2, 3 -NoEnumerate | Measure-Object).Count",
                        output: "1\n"),
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
