// Stop-Job: stops running jobs and waits until they are Stopped.

import ShoalRuntime

public final class StopJobCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Stop-Job", synopsis: "Stops a PowerShell background job.",
        parameters: JobSelector.parameters(positional: "Job", positionalIsPipeline: true) + [
            ParameterDescriptor("PassThru", type: "switch"),
        ])
    public init() {}

    var jobs: [Job] = []

    public func process(_ context: CmdletContext) throws {
        try JobSelector(context).collect(into: &jobs)
    }

    public func end(_ context: CmdletContext) throws {
        try JobsModule.stop(jobs, context: context)
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
