// Receive-Job: writes what jobs have produced since the last receive into
// the caller's streams (output, errors, warnings, ...), and the reason of
// a failed job as a final error. -Keep leaves the data; -Wait streams
// until the jobs finish; -AutoRemoveJob then removes them.

import ShoalRuntime

public final class ReceiveJobCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Receive-Job", synopsis: "Gets the results of the background jobs in the current session.",
        parameters: JobSelector.parameters(positional: "Job", positionalIsPipeline: true, includeState: false) + [
            ParameterDescriptor("Location", type: "string[]", position: 1, aliases: ["ComputerName", "Cn"], help: "Only results from these locations (computer names)."),
            ParameterDescriptor("Keep", type: "switch", help: "Leaves the results in the job to be received again."),
            ParameterDescriptor("NoRecurse", type: "switch", help: "Receives the parent job's results only, not its children's."),
            ParameterDescriptor("Wait", type: "switch", help: "Waits until the job finishes and receives everything."),
            ParameterDescriptor("AutoRemoveJob", type: "switch", help: "With -Wait, removes the job after receiving its results."),
            ParameterDescriptor("WriteEvents", type: "switch", help: "Accepted for compatibility."),
            ParameterDescriptor("WriteJobInResults", type: "switch", help: "With -Wait, writes the job object before its results."),
            ParameterDescriptor("Force", type: "switch", help: "With -Wait, waits for suspended and disconnected jobs too."),
        ],
        description: "Gets the output a job has written so far (all of it with -Wait); without -Keep what was received is not returned again. -AutoRemoveJob with -Wait removes the job afterwards.",
        examples: [
            HelpExample("Wait for a job and take its results",
                        code: "Start-ThreadJob { 'done' } | Receive-Job -Wait -AutoRemoveJob",
                        output: "done\n"),
            HelpExample("Keep results for a second read",
                        code: "$job = Start-ThreadJob { 42 }\n$null = Wait-Job $job\nReceive-Job $job -Keep\nReceive-Job $job\nRemove-Job $job",
                        output: "42\n42\n"),
        ])
    public init() {}

    var jobs: [Job] = []

    public func begin(_ context: CmdletContext) throws {
        let wait = context.flag("Wait")
        func invalid(_ message: String, _ id: String) -> ScriptError {
            context.terminatingError(message, id: id, category: .invalidArgument,
                                     exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        if wait && context.flag("Keep") {
            throw invalid("The Wait and Keep parameters cannot be used together in the same command.", "BlockedAndKeepNotSupported")
        }
        if !wait {
            if context.flag("AutoRemoveJob") { throw invalid("The -AutoRemoveJob parameter cannot be used without the -Wait parameter", "AutoRemoveCannotBeUsedWithoutWait") }
            if context.flag("WriteEvents") { throw invalid("The WriteEvents parameter cannot be used without the Wait parameter.", "WriteEventsCannotBeUsedWithoutWait") }
            if context.flag("WriteJobInResults") { throw invalid("The -WriteJobInResults parameter cannot be used without the -Wait parameter", "WriteJobInResultsCannotBeUsedWithoutWait") }
            if context.flag("Force") { throw invalid("The -Force parameter cannot be used without the -Wait parameter.", "ForceCannotBeUsedWithoutWait") }
        }
    }

    public func process(_ context: CmdletContext) throws {
        let added = try JobSelector(context).collect(into: &jobs)
        if !context.flag("Wait") {
            // Each piped job is received once, when it arrives.
            try receiveAvailable(context, from: added)
        }
    }

    /// The jobs whose data this call reads: each job's children, then the job.
    func sources(_ context: CmdletContext, of jobs: [Job]? = nil) -> [Job] {
        let jobs = jobs ?? self.jobs
        if context.flag("NoRecurse") { return jobs }
        let locations = context.value("Location")?.enumeratedItems.map { Conversion.toString($0).lowercased() }
        var result: [Job] = []
        func visit(_ job: Job) {
            for child in job.children { visit(child) }
            if let locations, !locations.contains(job.location.lowercased()) { return }
            if !result.contains(where: { $0 === job }) { result.append(job) }
        }
        for job in jobs { visit(job) }
        return result
    }

    func receiveAvailable(_ context: CmdletContext, from chosen: [Job]? = nil) throws {
        let keep = context.flag("Keep")
        for job in sources(context, of: chosen) {
            for record in job.takeRecords(keep: keep) {
                try context.checkStopped()
                try RecordReplay.replay(record, into: context)
            }
            if job.state == .failed, job.children.isEmpty, let reason = job.reason,
               job.takeFailureReport(keep: keep) {
                // A process job replays the job's own error record; the others
                // report the reason as PowerShell's JobStateFailed error.
                if job.kind == .backgroundChild {
                    try context.writeError(reason.record)
                } else {
                    try context.writeError(ErrorRecord(reason.message, exceptionType: reason.exceptionType,
                                                       errorId: "JobStateFailed", category: .invalidResult, span: context.span,
                                                       commandName: context.commandName))
                }
            }
        }
    }

    public func end(_ context: CmdletContext) throws {
        guard context.flag("Wait"), !jobs.isEmpty else { return }
        let table = try JobsModule.table(of: context)
        if context.flag("WriteJobInResults") {
            for job in jobs { try context.write(.native(JobObject(job))) }
        }
        let runspace = context.runspace
        var announced = Set<ObjectIdentifier>()
        for job in jobs { job.setAttended(true) }
        defer { for job in jobs where !job.state.isFinished { job.setAttended(false) } }
        while true {
            // Taken before receiving: a job that finishes after this is a
            // change the wait below sees, never a wake-up lost in between.
            let before = sources(context)
            let finishedBefore = before.filter { $0.state.isFinished }.count
            try receiveAvailable(context)
            if context.flag("WriteEvents") {
                for job in sources(context) where job.state.isFinished && announced.insert(ObjectIdentifier(job)).inserted {
                    try context.write(JobsModule.stateEvent(job))
                }
            }
            if finishedBefore == before.count {
                try receiveAvailable(context)
                break
            }
            try context.checkStopped()
            if runspace.stopSignal.isRequested { break }
            // Until a source has something to receive, or one more finishes.
            _ = SlotLending.whileWaiting {
                Job.wait(for: jobs, stop: runspace.stopSignal) { _ in
                    let now = self.sources(context)
                    return now.count != before.count || now.contains { $0.hasPendingRecords }
                        || now.filter { $0.state.isFinished }.count != finishedBefore
                }
            }
        }
        if context.flag("AutoRemoveJob") {
            for job in jobs where job.state.isFinished { table.remove(job) }
        }
    }
}
