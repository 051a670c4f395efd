// A job as scripts see it: PowerShell's Job properties (Id, Name, State,
// HasMoreData, ChildJobs, the stream collections, JobStateInfo, ...) read
// live from the shared Job.

import ShoalRuntime

public final class JobObject: IdentityObject, TabularObject, TypeHierarchyObject {
    public let job: Job
    public init(_ job: Job) { self.job = job }

    public var identity: ObjectIdentifier { ObjectIdentifier(job) }

    public var typeName: String {
        switch job.kind {
        case .background, .remote: return "System.Management.Automation.PSRemotingJob"
        case .backgroundChild: return "System.Management.Automation.PSRemotingChildJob"
        case .thread: return "Microsoft.PowerShell.ThreadJob.ThreadJob"
        case .task: return "System.Management.Automation.PSTaskJob"
        case .taskChild: return "System.Management.Automation.PSTaskChildJob"
        }
    }

    public var stringValue: String { typeName }
    public var baseTypeNames: [String] { ["System.Management.Automation.Job", "System.Management.Automation.Job2"] }

    /// The columns of PowerShell's default job table.
    public var propertyNames: [String] { ["Id", "Name", "PSJobTypeName", "State", "HasMoreData", "Location", "Command"] }

    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "id": return .int(job.id)
        case "name": return .string(job.name)
        case "instanceid": return .string(job.instanceId)
        case "psjobtypename": return .string(job.kind.rawValue)
        case "state": return EnumType.value("System.Management.Automation.JobState", job.state.rawValue)
        case "hasmoredata": return .bool(job.hasMoreData)
        case "location": return .string(job.location)
        case "command": return .string(job.command)
        case "statusmessage": return job.kind == .background ? .null : .string("")
        case "psbegintime": return job.beginTicks.map { .native(DateTimeValue(ticks: $0)) } ?? .null
        case "psendtime": return job.endTicks.map { .native(DateTimeValue(ticks: $0)) } ?? .null
        case "childjobs": return .list(job.children.map { .native(JobObject($0)) })
        case "jobstateinfo": return .native(JobStateInfoObject(state: job.state, reason: job.reason))
        case "output": return .native(JobStreamCollection(job: job, stream: .output))
        case "error": return .native(JobStreamCollection(job: job, stream: .error))
        case "warning": return .native(JobStreamCollection(job: job, stream: .warning))
        case "verbose": return .native(JobStreamCollection(job: job, stream: .verbose))
        case "debug": return .native(JobStreamCollection(job: job, stream: .debug))
        case "information": return .native(JobStreamCollection(job: job, stream: .information))
        case "progress": return .native(JobStreamCollection(job: job, stream: .progress))
        case "attempts": return .int(job.attempts)
        case "cputime": return .native(TimeSpanValue(ticks: job.usage.cpuNanoseconds / 100))
        case "peakworkingset":
            // A thread job shares the shell's memory: its own peak is unknowable.
            guard job.kind == .background || job.kind == .backgroundChild else { return .null }
            return job.usage.peakWorkingSet.map { .int($0) } ?? .null
        case "duration": return job.durationTicks.map { .native(TimeSpanValue(ticks: $0)) } ?? .null
        case "allocatedrunspacecount":
            // Every -Parallel iteration that ran had a runspace of its own.
            guard job.kind == .task else { return nil }
            return .int(job.children.filter { $0.beginTicks != nil }.count)
        default: return nil
        }
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "stopjob":
            job.setAttended(true)
            job.requestStop()
            _ = Job.wait(for: [job], stop: context.stopSignal, until: Job.allFinished)
            return VoidResult.value
        case "tostring": return .string(typeName)
        default: return nil
        }
    }
}

/// `$job.JobStateInfo`: the state and, for a failed job, the reason.
final class JobStateInfoObject: NativeObject {
    let state: JobState
    let reason: TransferredError?
    init(state: JobState, reason: TransferredError?) {
        self.state = state
        self.reason = reason
    }
    var typeName: String { "System.Management.Automation.JobStateInfo" }
    var stringValue: String { state.rawValue }
    var propertyNames: [String] { ["State", "Reason"] }
    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "state": return EnumType.value("System.Management.Automation.JobState", state.rawValue)
        case "reason": return reason.map { .native($0.record.exception) } ?? .null
        default: return nil
        }
    }
}

/// `$job.Output`, `$job.Error`, ...: every record of one stream.
final class JobStreamCollection: EnumerableObject {
    let job: Job
    let stream: JobStream
    init(job: Job, stream: JobStream) {
        self.job = job
        self.stream = stream
    }
    var typeName: String { "System.Management.Automation.PSDataCollection" }
    var stringValue: String { enumerated().map(Conversion.toString).joined(separator: " ") }
    var propertyNames: [String] { ["Count"] }

    func enumerated() -> [Value] {
        job.records(of: stream).map { RecordReplay.scriptValue($0, stream: stream) }
    }

    func property(_ name: String) -> Value? {
        name.lowercased() == "count" ? .int(job.records(of: stream).count) : nil
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "readall": return .list(enumerated())
        default: return nil
        }
    }
}
