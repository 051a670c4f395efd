// Stop-Job: stops running jobs and waits until they are Stopped.

import ShoalRuntime

public final class StopJobCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Stop-Job", synopsis: "Stops a PowerShell background job.",
        parameters: JobSelector.parameters(positional: "Job", positionalIsPipeline: true) + [
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the stopped jobs."),
        ],
        confirmImpact: .medium,
        description: "Stops running jobs; their state becomes Stopped, and what they wrote before stays receivable.",
        examples: [
            HelpExample("Stop a long job",
                        code: "$job = Start-ThreadJob { Start-Sleep 60 }\nStop-Job $job\n$job.State\nRemove-Job $job",
                        output: "Stopped\n"),
            HelpExample("Stop whatever still runs once one job is done",
                        code: "$jobs = @(Start-ThreadJob { 'quick' } -Name quick; Start-ThreadJob { Start-Sleep 60 } -Name slow)\n$null = $jobs | Wait-Job -Any\n$jobs | Where-Object State -eq Running | Stop-Job -PassThru | ForEach-Object { \"$($_.Name): $($_.State)\" }\n$jobs | Remove-Job",
                        output: "slow: Stopped\n"),
            HelpExample("Keep what a job wrote before it was stopped",
                        code: "$job = Start-ThreadJob { 'started'; Start-Sleep 60; 'never' }\nwhile (-not $job.HasMoreData) { Start-Sleep -Milliseconds 10 }\nStop-Job $job\nReceive-Job $job\nRemove-Job $job",
                        output: "started\n"),
        ])
    public init() {}

    var jobs: [Job] = []

    public func process(_ context: CmdletContext) throws {
        try JobSelector(context).collect(into: &jobs)
    }

    public func end(_ context: CmdletContext) throws {
        var confirmed: [Job] = []
        for job in jobs where !job.state.isFinished {
            // pwsh's wording (its Stop-Job and Remove-Job resource strings are swapped: "a job" here).
            if try context.shouldProcess("Remote Command: \(job.command), associated with a job that has an ID of \"\(job.id)\".",
                                         action: "Stop") {
                confirmed.append(job)
            }
        }
        try JobsModule.stop(confirmed, context: context)
        if context.flag("PassThru") {
            for job in jobs { try context.write(.native(JobObject(job))) }
        }
    }
}

extension JobsModule {
    /// Stops jobs and waits for them to finish stopping.
    static func stop(_ jobs: [Job], context: CmdletContext) throws {
        let running = jobs.filter { !$0.state.isFinished }
        guard !running.isEmpty else { return }
        for job in running {
            job.setAttended(true)
            job.requestStop()
        }
        _ = Job.wait(for: running, stop: context.runspace.stopSignal, until: Job.allFinished)
        try context.checkStopped()
    }
}
