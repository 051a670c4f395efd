// Wait-Job: waits until the jobs finish (or any one does, or the timeout
// passes) and returns the finished ones. Unlike PowerShell, `-Timeout 0`
// polls: it returns the jobs already finished instead of nothing
// (PowerShell issue 14675). With -HaltOnFailure (shoal's) the first job
// to fail stops the others, and Wait-Job returns them all once stopped.

import ShoalRuntime

public final class WaitJobCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Wait-Job", synopsis: "Waits until one or all of the background jobs are in a terminating state.",
        parameters: JobSelector.parameters(positional: "Job", positionalIsPipeline: true) + [
            ParameterDescriptor("Any", type: "switch"),
            ParameterDescriptor("Timeout", type: "int", aliases: ["TimeoutSec"]),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("HaltOnFailure", type: "switch"),
        ])
    public init() {}

    var jobs: [Job] = []

    public func process(_ context: CmdletContext) throws {
        try JobSelector(context).collect(into: &jobs)
    }

    public func end(_ context: CmdletContext) throws {
        var timeout: Double?
        if let seconds = try context.integer("Timeout", minimum: -1), seconds >= 0 { timeout = Double(seconds) }
        guard !jobs.isEmpty else { return }
        let any = context.flag("Any")
        let halt = context.flag("HaltOnFailure")
        let runspace = context.runspace
        let finished: ([Job]) -> Bool = { jobs in
            if halt, jobs.contains(where: { $0.state == .failed }) { return true }
            return any ? jobs.contains { $0.state.isFinished } : jobs.allSatisfy { $0.state.isFinished }
        }
        // The user waits for these in the foreground: their end is no notice.
        for job in jobs { job.setAttended(true) }
        // A job waiting here lends its throttle slot to the jobs it waits for.
        let outcome = SlotLending.whileWaiting { () -> Waiting.Outcome in
            let outcome = Job.wait(for: jobs, stop: runspace.stopSignal, timeout: timeout, until: finished)
            guard halt, outcome == .done, jobs.contains(where: { $0.state == .failed }) else { return outcome }
            for job in jobs where !job.state.isFinished { job.requestStop() }
            return Job.wait(for: jobs, stop: runspace.stopSignal, until: Job.allFinished)
        }
        for job in jobs where !job.state.isFinished { job.setAttended(false) }
        let done = outcome == .done
        try context.checkStopped()
        if any {
            if let first = jobs.first(where: { $0.state.isFinished }) { try context.write(.native(JobObject(first))) }
        } else if done {
            for job in jobs { try context.write(.native(JobObject(job))) }
        } else if timeout == 0 {
            for job in jobs where job.state.isFinished { try context.write(.native(JobObject(job))) }
        }
    }
}
