// Write-Progress: reports how far an activity has come. The record goes to
// the runspace's progress sink (a job records it) or, in the foreground, to
// the terminal's progress bar on standard error.

import ShoalRuntime

public final class WriteProgressCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Progress", synopsis: "Displays a progress bar within a PowerShell command window.",
        parameters: [
            ParameterDescriptor("Activity", type: "string", position: 0),
            ParameterDescriptor("Status", type: "string", position: 1),
            ParameterDescriptor("Id", type: "int", position: 2),
            ParameterDescriptor("PercentComplete", type: "int"),
            ParameterDescriptor("SecondsRemaining", type: "int"),
            ParameterDescriptor("CurrentOperation", type: "string"),
            ParameterDescriptor("ParentId", type: "int"),
            ParameterDescriptor("Completed", type: "switch"),
            ParameterDescriptor("SourceId", type: "int"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        func number(_ name: String, _ fallback: Int) -> Int { context.value(name).flatMap { Int(Conversion.toString($0)) } ?? fallback }
        let completed = context.flag("Completed")
        guard let activity = context.string("Activity") ?? (completed ? "" : nil) else {
            throw context.terminatingError("Cannot bind argument to parameter 'Activity' because it is an empty string.",
                                           id: "ParameterArgumentValidationErrorEmptyStringNotAllowed,Microsoft.PowerShell.Commands.WriteProgressCommand",
                                           category: .invalidData)
        }
        let percent = number("PercentComplete", -1)
        if percent > 100 {
            throw context.terminatingError("Cannot validate argument on parameter 'PercentComplete'. The \(percent) argument is greater than the maximum allowed range of 100. Supply an argument that is less than or equal to 100 and then try the command again.",
                                           id: "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WriteProgressCommand",
                                           category: .invalidData)
        }
        let record = ProgressRecord(activityId: number("Id", 0), parentActivityId: number("ParentId", -1), activity: activity,
                                    statusDescription: context.string("Status") ?? "Processing",
                                    currentOperation: context.string("CurrentOperation"), percentComplete: percent,
                                    secondsRemaining: number("SecondsRemaining", -1), isCompleted: completed)
        let action = try context.common.progressAction
            ?? context.runspace.actionPreference("ProgressPreference", default: .continue, commandTypeName: context.cmdletTypeName)
        context.runspace.writeProgress(record, action: action)
    }
}
