// Write-Progress: reports how far an activity has come. The record goes to
// the runspace's progress sink (a job records it) or, in the foreground, to
// the terminal's progress bar on standard error.

import ShoalRuntime

public final class WriteProgressCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Progress", synopsis: "Displays a progress bar within a PowerShell command window.",
        parameters: [
            ParameterDescriptor("Activity", type: "string", position: 0, help: "What is being done, shown first on the progress line; required unless -Completed is given."),
            ParameterDescriptor("Status", type: "string", position: 1, help: "The current state, shown after the bar (Processing by default)."),
            ParameterDescriptor("Id", type: "int", position: 2, help: "Identifies this activity (0 by default), so that later calls update or complete it and other activities can nest under it."),
            ParameterDescriptor("PercentComplete", type: "int", help: "How far the activity has come, 0 to 100, drawn as a bar; -1 (the default) draws no bar."),
            ParameterDescriptor("SecondsRemaining", type: "int", help: "The estimated time left in seconds, shown as (30s remaining)."),
            ParameterDescriptor("CurrentOperation", type: "string", help: "The current step, shown after the status."),
            ParameterDescriptor("ParentId", type: "int", help: "The Id of the activity this one belongs to; completing the parent removes it too."),
            ParameterDescriptor("Completed", type: "switch", help: "Ends the activity and removes its bar."),
            ParameterDescriptor("SourceId", type: "int", help: "Accepted; shoal ignores it."),
        ],
        description: "Reports how far a long task has come. In the foreground shoal draws one line on standard error, `Activity [=====     ] 25% Status`, only when standard error is a terminal and $ProgressPreference allows it; in a job the records are kept in the child job's Progress list.",
        examples: [
            HelpExample("A progress bar for a loop",
                        code: "$files = 'a.log', 'b.log', 'c.log'\nfor ($i = 0; $i -lt $files.Count; $i++) {\n    Write-Progress -Activity 'Archiving logs' -Status $files[$i] -PercentComplete (100 * $i / $files.Count)\n}\nWrite-Progress -Activity 'Archiving logs' -Completed\n\"$($files.Count) logs archived\"",
                        output: "3 logs archived\n",
                        remarks: "On a terminal, standard error shows 'Archiving logs [======              ] 33% b.log' while the loop runs, and -Completed removes it; output that is not a terminal gets no bar."),
            HelpExample("Read a job's progress records",
                        code: "$job = Start-Job {\n    foreach ($step in 1..3) {\n        Write-Progress -Activity 'Backup' -Status \"volume $step of 3\" -PercentComplete ($step * 100 / 3)\n    }\n    Write-Progress -Activity 'Backup' -Completed\n}\n$job | Wait-Job | Out-Null\n$job.ChildJobs[0].Progress | ForEach-Object { '{0,-9} {1,-15} {2,4}%' -f $_.RecordType, $_.StatusDescription, $_.PercentComplete }\nRemove-Job $job",
                        output: "Processing volume 1 of 3     33%\nProcessing volume 2 of 3     67%\nProcessing volume 3 of 3    100%\nCompleted Processing        -1%\n"),
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
