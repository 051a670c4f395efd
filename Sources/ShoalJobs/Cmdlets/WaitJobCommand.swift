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
            ParameterDescriptor("Any", type: "switch", help: "Returns when any one of the jobs finishes."),
            ParameterDescriptor("Timeout", type: "int", aliases: ["TimeoutSec"], help: "Gives up after this many seconds (the jobs keep running)."),
            ParameterDescriptor("Force", type: "switch", help: "Also returns for suspended and disconnected jobs."),
            ParameterDescriptor("HaltOnFailure", type: "switch", help: "Stops waiting as soon as a job fails (shoal addition).").addedByShoal(),
        ],
        description: "Waits until jobs finish (or, with -Any, the first of them) and writes them; -Timeout gives up after that many seconds.",
        examples: [
            HelpExample("Wait for several jobs",
                        code: "$jobs = 1..2 | ForEach-Object { Start-ThreadJob { Start-Sleep -Milliseconds 50 } }\n$jobs | Wait-Job | ForEach-Object State\n$jobs | Remove-Job",
                        output: "Completed\nCompleted\n"),
            HelpExample("Take the first job to finish",
                        code: "$fast = Start-ThreadJob { 'mirror-b' }\n$slow = Start-ThreadJob { Start-Sleep 30; 'mirror-a' }\n$fast, $slow | Wait-Job -Any | Receive-Job\n$fast, $slow | Remove-Job -Force",
                        output: "mirror-b\n"),
            HelpExample("Stop the others when one job fails",
                        code: "$jobs = @(Start-ThreadJob { throw 'bad input' }; Start-ThreadJob { Start-Sleep 30 })\n$jobs | Wait-Job -HaltOnFailure | ForEach-Object State\n$jobs | Remove-Job",
                        output: "Failed\nStopped\n",
                        remarks: "-HaltOnFailure is a shoal addition: the first failure stops the remaining jobs, and Wait-Job returns them all."),
        ])
    public init() {}

    var jobs: [Job] = []

    public func process(_ context: CmdletContext) throws {
        try JobSelector(context).collect(into: &jobs)
    }

    /// Job.wait, waking now and then while a progress line is shown so
    /// that its rate and time left move even while no job ends.
    private func waitRedrawingProgress(stop: StopSignal, timeout: Double?, hasProgress: Bool,
                                       until finished: @escaping ([Job]) -> Bool) -> Waiting.Outcome {
        let clock = jobs[0].table.clock
        let deadline = timeout.map { clock.now() + $0 }
        while true {
            let remaining = deadline.map { max(0, $0 - clock.now()) }
            let step = hasProgress ? [remaining, AggregateProgress.interval].compactMap { $0 }.min() : remaining
            let outcome = Job.wait(for: jobs, stop: stop, timeout: step, until: finished)
            // Only the user's timeout ends the wait; a redraw's does not.
            if outcome == .timedOut, deadline.map({ clock.now() < $0 }) ?? true { continue }
            return outcome
        }
    }

    public func end(_ context: CmdletContext) throws {
        var timeout: Double?
        if let seconds = try context.integer("Timeout", minimum: -1), seconds >= 0 { timeout = Double(seconds) }
        guard !jobs.isEmpty else { return }
        let any = context.flag("Any")
        let halt = context.flag("HaltOnFailure")
        let runspace = context.runspace
        // Waiting for several jobs draws one line that counts them.
        var progress = jobs.count > 1
            ? AggregateProgress(activity: "Wait-Job", clock: jobs[0].table.clock, doneAtStart: jobs.filter { $0.state.isFinished }.count)
            : nil
        let finished: ([Job]) -> Bool = { jobs in
            if progress != nil {
                let done = jobs.filter { $0.state.isFinished }
                let failed = done.filter { $0.state == .failed }.count
                if let record = progress?.record(done: done.count, failed: failed, total: jobs.count) { runspace.writeProgress(record) }
            }
            if halt, jobs.contains(where: { $0.state == .failed }) { return true }
            return any ? jobs.contains { $0.state.isFinished } : jobs.allSatisfy { $0.state.isFinished }
        }
        // The user waits for these in the foreground: their end is no notice.
        for job in jobs { job.setAttended(true) }
        // A job waiting here lends its throttle slot to the jobs it waits for.
        let outcome = SlotLending.whileWaiting { () -> Waiting.Outcome in
            let outcome = waitRedrawingProgress(stop: runspace.stopSignal, timeout: timeout, hasProgress: progress != nil, until: finished)
            guard halt, outcome == .done, jobs.contains(where: { $0.state == .failed }) else { return outcome }
            for job in jobs where !job.state.isFinished { job.requestStop() }
            return Job.wait(for: jobs, stop: runspace.stopSignal, until: Job.allFinished)
        }
        for job in jobs where !job.state.isFinished { job.setAttended(false) }
        if let progress, progress.hasShown { runspace.writeProgress(progress.completed) }
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
