// Get-Job: lists the session's jobs, filtered by id, name, state,
// command, data, end time or count.

import ShoalRuntime

public final class GetJobCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Job", synopsis: "Gets the background jobs of the current session.",
        parameters: JobSelector.parameters(positional: "Id", positionalIsPipeline: false, includeCommand: true) + [
            ParameterDescriptor("HasMoreData", type: "bool", help: "Only jobs that do (or do not) have results not yet received."),
            ParameterDescriptor("Newest", type: "int", help: "Only the most recent N jobs."),
            ParameterDescriptor("Before", type: "datetime", help: "Only jobs that ended before this time."),
            ParameterDescriptor("After", type: "datetime", help: "Only jobs that ended after this time."),
            ParameterDescriptor("IncludeChildJob", type: "switch", help: "Lists the child jobs too."),
            ParameterDescriptor("ChildJobState", help: "Only child jobs in this state."),
        ],
        description: "Gets the jobs of this session, all of them or by -Id, -Name, -State or -Command.",
        examples: [
            HelpExample("Find a job by name",
                        code: "$null = Start-ThreadJob { 'x' } -Name nightly-report\n(Get-Job -Name nightly-* | Wait-Job).State\nGet-Job -Name nightly-report | Remove-Job",
                        output: "Completed\n"),
            HelpExample("Find failed jobs and why they failed",
                        code: "$null = Start-ThreadJob { throw 'disk full' } -Name backup-db\n$null = Start-ThreadJob { 'ok' } -Name backup-web\n$null = Get-Job -Name backup-* | Wait-Job\nGet-Job -State Failed | ForEach-Object { \"$($_.Name): $($_.JobStateInfo.Reason.Message)\" }\nGet-Job -Name backup-* | Remove-Job",
                        output: "backup-db: disk full\n"),
            HelpExample("List jobs whose results were not received yet",
                        code: "$job = Start-ThreadJob { 'report ready' } -Name report\n$null = Wait-Job $job\n(Get-Job -HasMoreData $true).Name\n$null = Receive-Job $job\n@(Get-Job -HasMoreData $true).Count\nRemove-Job $job",
                        output: "report\n0\n",
                        remarks: "Receive-Job takes the results out of the job, so its HasMoreData becomes False."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let selector = try JobSelector(context)
        var jobs = try selector.selected(positional: "Id") ?? selector.table.all
        if let wanted = context.value("HasMoreData") {
            let flag = Conversion.toBool(wanted)
            jobs = jobs.filter { $0.hasMoreData == flag }
        }
        if case .native(let date as DateTimeValue)? = context.value("Before") {
            jobs = jobs.filter { ($0.endTicks ?? Int.max) < date.ticks }
        }
        if case .native(let date as DateTimeValue)? = context.value("After") {
            jobs = jobs.filter { ($0.endTicks ?? Int.min) > date.ticks }
        }
        if let newest = context.value("Newest") {
            let count = max(0, try TypeConversion.toInteger(newest, "System.Int32", context.span))
            let newestIds = Set(jobs.filter { $0.endTicks != nil }.sorted { $0.endTicks! > $1.endTicks! }.prefix(count).map(\.id))
            jobs = jobs.filter { newestIds.contains($0.id) }
        }
        if let childState = context.value("ChildJobState") {
            let state = try JobSelector.state(childState, context)
            jobs += jobs.flatMap { $0.children.filter { $0.state == state } }
        } else if context.flag("IncludeChildJob") {
            jobs += jobs.flatMap(\.children)
        }
        var seen = Set<ObjectIdentifier>()
        for job in jobs.sorted(by: { $0.id < $1.id }) where seen.insert(ObjectIdentifier(job)).inserted {
            try context.write(.native(JobObject(job)))
        }
    }
}
