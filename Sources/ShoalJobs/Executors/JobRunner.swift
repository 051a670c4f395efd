// Runs one job's script inside a runspace and records everything it
// produces. Thread jobs, pool items and worker processes all run jobs
// through here; only where the records go differs (a Job in the table, or
// the pipe back to the shell).

import ShoalRuntime
import ShoalSyntax

/// What a job runs and with what.
public struct JobSpec: Sendable {
    public var script: ScriptBlockNode
    public var arguments: [TransferValue] = []
    /// `AddParameter(name, value)` of a `[powershell]` instance.
    public var namedArguments: [(name: String, value: TransferValue)] = []
    /// `$_` for a ForEach-Object -Parallel iteration.
    public var dollarUnder: TransferValue?
    /// Pipeline input (`-InputObject` or piped objects); nil when none.
    public var input: [TransferValue]?
    public var usingValues: [String: TransferValue] = [:]
    public var initialization: ScriptBlockNode?
    /// Whether the initialization script's output is part of the job's
    /// output (thread jobs) or discarded (Start-Job runs it to Out-Default).
    public var initializationOutputIsJobOutput = true
    public var location: String
    /// The drive `location` is on, when the job's runspace has it too (see WorkerRequest.locationDrive).
    public var locationDrive: String?

    public init(script: ScriptBlockNode, location: String) {
        self.script = script
        self.location = location
    }
}

/// Where a running job's records go.
public protocol JobRecorder: AnyObject, Sendable {
    func record(_ record: JobRecord)
    func recordProgress(_ progress: ProgressData)
    /// Attempt `number` (from 1) begins.
    func beginAttempt(_ number: Int)
    /// The attempt that just failed will be retried: what it wrote is
    /// dropped, and `warning` says why it failed.
    func discardAttempt(warning: String)
    /// What an attempt used (its thread's CPU time).
    func addUsage(_ usage: ResourceUsage)
    /// Whether `addUsage` keeps anything (measuring costs a system call).
    var keepsUsage: Bool { get }
    /// Whether the work was asked to stop (a retry then does not start).
    var isStopRequested: Bool { get }
    /// Woken when the work is asked to stop.
    var stopWakers: WakeList { get }
}

extension JobRecorder {
    // Recorders that never retry (a worker's channel, a [powershell]
    // invocation) need none of the attempt bookkeeping.
    public func beginAttempt(_ number: Int) {}
    public func discardAttempt(warning: String) {}
    public func addUsage(_ usage: ResourceUsage) {}
    public var keepsUsage: Bool { false }
    public var isStopRequested: Bool { false }
    public var stopWakers: WakeList { WakeList() }
}

extension Job: JobRecorder {
    public func record(_ record: JobRecord) { append(record) }
    public var isStopRequested: Bool { stopRequested }
    public var stopWakers: WakeList { wakers }
    public var keepsUsage: Bool { true }
}

/// How a job's script ended.
public struct JobOutcome: Sendable {
    public var state: JobState
    public var reason: TransferredError?
}

public enum JobRunner {
    /// Runs `spec` in `runspace`, sending every record to `recorder`.
    public static func run(_ spec: JobSpec, in runspace: Runspace, recorder: any JobRecorder) -> JobOutcome {
        runspace.location = spec.location
        if let name = spec.locationDrive, runspace.drives.fileSystemDrive(named: name) != nil {
            runspace.drives.currentDriveName = name
        }
        runspace.options.isBackground = true
        let output = RecordingSink(recorder, .output)
        runspace.streams = StreamSet(error: RecordingSink(recorder, .error), warning: RecordingSink(recorder, .warning),
                                     verbose: RecordingSink(recorder, .verbose), debug: RecordingSink(recorder, .debug),
                                     information: RecordingSink(recorder, .information))
        for (name, value) in spec.usingValues {
            runspace.globalScope.setLocal("__using_" + name.lowercased(), value.value)
        }
        if let item = spec.dollarUnder { runspace.setCurrentItem(item.value) }
        // The job's $MyInvocation, also for lookups by name
        // ($ExecutionContext.SessionState.PSVariable.Get('MyInvocation')).
        let invocation = InvocationInfo(span: spec.script.span, commandName: "")
        let block = ScriptBlock(spec.script)
        invocation.scriptBlock = block
        runspace.globalScope.setLocal("myinvocation", .native(invocation))
        runspace.progressSink = JobProgressSink(recorder: recorder)
        // What the job's programs left running ends with the job.
        defer { runspace.stopSignal.endGroups() }
        do {
            if let initialization = spec.initialization {
                let sink: OutputSink = spec.initializationOutputIsJobOutput ? output : NullSink()
                // In the job's global scope, as pwsh runs it: its functions
                // and variables are there for the job's script block.
                try runspace.runJobScript(ScriptBlock(initialization), arguments: [], input: nil, output: sink, dotSource: true)
            }
            // The script runs in the runspace's global scope, as pwsh's jobs,
            // thread jobs, -Parallel iterations and remote calls run theirs
            // (PowerShell.AddScript without a local scope): its variables and
            // `$script:` ones are the same, and a remote session's next call
            // sees what this one defined. Its arguments bind to its param
            // block; those the block does not take are $args (set only when
            // the block reads it: a job's start makes nothing it need not).
            if block.node.layout.usesArgs {
                let declared = spec.script.paramBlock?.parameters.count ?? 0
                runspace.globalScope.setLocal("args", .list(spec.arguments.dropFirst(declared).map(\.value)))
            }
            try runspace.runJobScript(block, arguments: spec.arguments.map(\.value),
                                      namedArguments: spec.namedArguments.map { ($0.name, $0.value.value) },
                                      input: spec.input.map { $0.map(\.value) }, output: output, inGlobalScope: true)
            return JobOutcome(state: .completed)
        } catch is PipelineStoppedError {
            return JobOutcome(state: .stopped)
        } catch let flow as ControlFlow {
            if runspace.stopSignal.isRequested { return JobOutcome(state: .stopped) }
            _ = flow
            return JobOutcome(state: .completed)
        } catch let error as ScriptError {
            if runspace.stopSignal.isRequested { return JobOutcome(state: .stopped) }
            return JobOutcome(state: .failed, reason: TransferredError(error.record))
        } catch {
            return JobOutcome(state: .failed, reason: TransferredError(ErrorRecord(
                "\(error)", errorId: "JobFailed", category: .invalidResult, span: nil)))
        }
    }
}

/// Records pipeline objects or stream records on a job.
final class RecordingSink: OutputSink {
    let recorder: any JobRecorder
    let stream: JobStream
    init(_ recorder: any JobRecorder, _ stream: JobStream) {
        self.recorder = recorder
        self.stream = stream
    }
    override func write(_ value: Value) throws {
        recorder.record(JobRecord(stream, TransferValue(value)))
    }
}

/// A job runspace's host: nothing reaches the terminal; what a script
/// prints directly becomes information records on the job.
final class JobHost: ShellHost {
    let recorder: any JobRecorder
    weak var pendingFormatter: StreamingFormatter?
    init(recorder: any JobRecorder) { self.recorder = recorder }
    func writeOutput(_ text: String) {
        recorder.record(JobRecord(.information, .string(text.hasSuffix("\n") ? String(text.dropLast()) : text)))
    }
    func writeError(_ text: String) {
        recorder.record(JobRecord(.warning, .string(text.hasSuffix("\n") ? String(text.dropLast()) : text)))
    }
    func writeDiagnostic(_ text: String, kind: DiagnosticKind) { writeError(text) }
    func flush() {}
    var isTerminal: Bool { false }
}

/// Write-Progress inside a job: kept on the job, never drawn.
final class JobProgressSink: ProgressSink {
    let recorder: any JobRecorder
    init(recorder: any JobRecorder) { self.recorder = recorder }
    func writeProgress(_ record: ProgressRecord) {
        recorder.recordProgress(ProgressData(
            activity: record.activity, status: record.statusDescription, percentComplete: record.percentComplete,
            secondsRemaining: record.secondsRemaining, currentOperation: record.currentOperation ?? "",
            activityId: record.activityId, parentId: record.parentActivityId, isCompleted: record.isCompleted))
    }
}
