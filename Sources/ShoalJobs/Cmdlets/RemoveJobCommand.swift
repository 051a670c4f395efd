// Remove-Job: takes finished jobs out of the table. A running job stays,
// with PowerShell's error, unless -Force stops it first (or it was chosen
// by -State or -Command, which PowerShell does not check).

import ShoalRuntime

public final class RemoveJobCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Remove-Job", synopsis: "Deletes a PowerShell background job.",
        parameters: JobSelector.parameters(positional: "Job", positionalIsPipeline: true, includeCommand: true) + [
            ParameterDescriptor("Force", type: "switch", aliases: ["F"], help: "Stops running jobs first, then removes them."),
        ],
        confirmImpact: .medium,
        description: "Deletes jobs from the session's job table; a running job is refused unless -Force, which stops it first.",
        examples: [
            HelpExample("Remove finished jobs",
                        code: "$null = Start-ThreadJob { 1 } | Wait-Job\nGet-Job -State Completed | Remove-Job\n@(Get-Job -State Completed).Count",
                        output: "0\n"),
            HelpExample("Remove a job that is still running",
                        code: "$job = Start-ThreadJob { Start-Sleep 30 } -Name stuck-sync\nRemove-Job $job -Force\n$job.State\n@(Get-Job -Name stuck-*).Count",
                        output: "Stopped\n0\n",
                        remarks: "Without -Force, Remove-Job refuses a running job with an error."),
            HelpExample("Remove jobs by name",
                        code: "foreach ($n in 1..3) { $null = Start-ThreadJob { 'loaded' } -Name \"etl-$n\" }\n$null = Get-Job -Name etl-* | Wait-Job\nRemove-Job -Name etl-*\n@(Get-Job).Count",
                        output: "0\n"),
        ])
    public init() {}

    var jobs: [Job] = []

    public func process(_ context: CmdletContext) throws {
        var selector = try JobSelector(context)
        selector.namesIncludeChildren = false
        try selector.collect(into: &jobs)
    }

    public func end(_ context: CmdletContext) throws {
        let table = try JobsModule.table(of: context)
        let force = context.flag("Force") || context.has("State") || context.has("Command")
        var removable: [Job] = []
        for job in jobs {
            if !table.contains(job) {
                try context.writeError(
                    "The command cannot remove the job because it does not exist or because it is a child job. Child jobs can be removed only by removing the parent job.",
                    id: "CannotRemoveJob", category: .invalidOperation, target: .native(JobObject(job)),
                    exceptionType: "System.ArgumentException")
            } else if job.state.isFinished || force {
                if try context.shouldProcess("Remote Command: \(job.command), associated with the job that has an ID of \"\(job.id)\".",
                                             action: "Remove") {
                    removable.append(job)
                }
            } else {
                let parameter = context.has("Id") ? "SessionId" : "Job"
                let detail = context.has("Name") ? " and the name \(job.name)" : ""
                try context.writeError(
                    "The command cannot remove the job with the job ID \(job.id)\(detail) because the job is not finished. To remove the job, first stop the job, or use the Force parameter. (Parameter '\(parameter)')",
                    id: "JobObjectNotFinishedCannotBeRemoved", category: .invalidOperation, target: .native(JobObject(job)),
                    exceptionType: "System.ArgumentException")
            }
        }
        try JobsModule.stop(removable, context: context)
        for job in removable { table.remove(job) }
    }
}
