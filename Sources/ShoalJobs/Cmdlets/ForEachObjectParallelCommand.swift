// ForEach-Object with -Parallel: each input object runs the block in a
// runspace from a pool of -ThrottleLimit (default 5). Without -AsJob the
// results stream into the pipeline as they arrive; with -AsJob one
// PSTaskJob is returned whose child jobs are the iterations. Every other
// use of ForEach-Object is handed to the ordinary cmdlet.

import ShoalRuntime
import ShoalSyntax
import Synchronization

public final class ForEachObjectParallelCommand: Cmdlet {
    /// The ordinary ForEach-Object this command extends.
    static let base = Mutex<CmdletTypeBox?>(nil)

    public static var descriptor: CmdletDescriptor {
        let baseParameters = base.withLock { $0 }?.type.descriptor.parameters ?? [ParameterDescriptor("InputObject", pipeline: true)]
        return CmdletDescriptor(
            "ForEach-Object", synopsis: "Performs an operation against each item in a collection of input objects.",
            parameters: baseParameters + [
                ParameterDescriptor("Parallel", type: "scriptblock"),
                ParameterDescriptor("ThrottleLimit", type: "int"),
                ParameterDescriptor("TimeoutSeconds", type: "int"),
                ParameterDescriptor("AsJob", type: "switch"),
                ParameterDescriptor("UseNewRunspace", type: "switch"),
            ] + JobPolicyParameters.retries)
    }

    public init() {}

    var ordinary: (any Cmdlet)?
    var block: ScriptBlock?
    var pool: PoolExecutor?
    var collector: ParallelCollector?
    var usingValues: [String: TransferValue] = [:]
    var parentJob: Job?
    var deadline: Double?
    var clock: any WaitClock = SystemClock()
    var policy = JobPolicy()
    var table: JobTable?

    public func begin(_ context: CmdletContext) throws {
        guard case .scriptBlock(let block)? = context.value("Parallel") else {
            if let type = ForEachObjectParallelCommand.base.withLock({ $0 })?.type {
                ordinary = type.init()
                try ordinary?.begin(context)
            }
            return
        }
        self.block = block
        let asJob = context.flag("AsJob")
        if asJob && context.has("TimeoutSeconds") {
            throw context.terminatingError("The 'TimeoutSeconds' parameter cannot be used with the 'AsJob' parameter.",
                                           id: "ParallelCannotUseTimeoutWithJob", category: "InvalidArgument")
        }
        if context.common.errorAction != nil || context.common.warningAction != nil || context.common.informationAction != nil
            || context.common.pipelineVariable != nil {
            throw context.terminatingError(
                "The following common parameters are not currently supported in the Parallel parameter set: ErrorAction, WarningAction, InformationAction, PipelineVariable",
                id: "ParallelCommonParametersNotSupported", category: "InvalidArgument")
        }
        let throttle = try context.integer("ThrottleLimit", minimum: 1) ?? 5
        let table = try JobsModule.table(of: context)
        self.table = table
        policy = try JobPolicyParameters.read(context, timeout: false)
        clock = table.clock
        if let seconds = try context.integer("TimeoutSeconds", minimum: 0), seconds > 0 {
            deadline = table.clock.now() + Double(seconds)
        }
        for name in block.ast.layout.usingNames.sorted() {
            guard let value = context.runspace.usingValue(name) else {
                // One in a nested block (a -Parallel inside this one) may
                // name a variable of this block's iterations.
                if !block.ast.layout.directUsingNames.contains(name) { continue }
                throw context.terminatingError(
                    "The value of the using variable '$using:\(name)' cannot be retrieved because it has not been set in the local session.",
                    id: "UsingVariableIsUndefined", category: "InvalidOperation")
            }
            if case .scriptBlock = value {
                throw context.terminatingError("A $using variable cannot be a script block. Passed-in script block variables are not supported with ForEach-Object -Parallel, and can result in undefined behavior.",
                                               id: "ParallelUsingVariableCannotBeScriptBlock", category: "InvalidType")
            }
            usingValues[name] = TransferValue(value)
        }
        pool = PoolExecutor(size: throttle, factory: table.threadExecutor.factory) { JobsModule.attach($0, table: table) }
        if asJob {
            parentJob = table.makeJob(name: nil, kind: .task, location: "PowerShell", command: block.text)
        } else {
            collector = ParallelCollector()
        }
    }

    public func process(_ context: CmdletContext) throws {
        if let ordinary {
            try ordinary.process(context)
            return
        }
        guard let block, let pool, let table, context.hasPipelineInput || context.has("InputObject") else { return }
        let item = context.hasPipelineInput ? (context.inputObject ?? .null) : (context.value("InputObject") ?? .null)
        if case .scriptBlock = item {
            try context.writeError("Piped input object cannot be a script block. Passed-in script block variables are not supported with ForEach-Object -Parallel, and can result in undefined behavior.",
                                   id: "ParallelPipedInputObjectCannotBeScriptBlock", category: "InvalidType")
            return
        }
        if let deadline, clock.now() > deadline { return }
        var spec = JobSpec(script: block.ast, location: context.runspace.location)
        spec.dollarUnder = TransferValue(item)
        spec.usingValues = usingValues
        let attempts = AttemptRunner(policy: policy, table: table)
        if let parentJob {
            let child = table.makeJob(name: nil, kind: .taskChild, location: "PowerShell", command: block.text, policy: policy)
            parentJob.addChild(child)
            pool.submit(PoolItem(spec: spec, recorder: child, onStart: { stop in
                child.setStopAction { stop.request() }
                if child.stopRequested { return false }
                child.setState(.running)
                return true
            }, onFinish: { [parentJob] outcome in
                child.setState(outcome.state == .notStarted ? .stopped : outcome.state, reason: outcome.reason)
                ForEachObjectParallelCommand.settle(parentJob)
            }, attempts: attempts))
        } else if let collector {
            collector.started()
            if policy.retryCount > 0 {
                let buffer = AttemptBuffer(collector)
                pool.submit(PoolItem(spec: spec, recorder: buffer, onStart: { stop in collector.running(stop) },
                                     onFinish: { outcome in
                                         buffer.flush()
                                         collector.finished(outcome)
                                     }, attempts: attempts))
            } else {
                pool.submit(PoolItem(spec: spec, recorder: collector, onStart: { stop in collector.running(stop) },
                                     onFinish: { outcome in collector.finished(outcome) }))
            }
            try drain(collector, context)
        }
    }

    public func end(_ context: CmdletContext) throws {
        if let ordinary {
            try ordinary.end(context)
            return
        }
        pool?.close()
        if let parentJob {
            let table = try JobsModule.table(of: context)
            parentJob.setStopAction { [parentJob] in for child in parentJob.children { child.requestStop() } }
            parentJob.setState(.running)
            table.add(parentJob)
            ForEachObjectParallelCommand.settle(parentJob)
            try context.write(.native(JobObject(parentJob)))
            return
        }
        guard let collector else { return }
        let runspace = context.runspace
        var timedOut = false
        while true {
            try drain(collector, context)
            if collector.isDone { break }
            let remaining = deadline.map { max(0, $0 - clock.now()) }
            let outcome = Waiting.wait(on: { [collector.wakers] }, stop: runspace.stopSignal, timeout: timedOut ? nil : remaining,
                                       clock: clock) {
                collector.hasRecordsOrIsDone
            }
            switch outcome {
            case .stopped:
                collector.stopAll()
                try context.checkStopped()
            case .timedOut:
                timedOut = true
                collector.stopAll()
            case .done:
                break
            }
        }
        try drain(collector, context)
    }

    func drain(_ collector: ParallelCollector, _ context: CmdletContext) throws {
        do {
            for record in collector.take() { try RecordReplay.replay(record, into: context) }
        } catch {
            // Downstream wants no more (Select-Object -First) or failed: the
            // iterations still running or queued are stopped, as pwsh's StopProcessing does.
            collector.stopAll()
            pool?.close()
            throw error
        }
    }

    /// A PSTaskJob finishes when all its iterations have: Completed if
    /// every one did, Stopped if it was stopped, otherwise Failed.
    static func settle(_ parent: Job) {
        let children = parent.children
        guard parent.state == .running, children.allSatisfy({ $0.state.isFinished }) else { return }
        if parent.stopRequested {
            parent.setState(.stopped)
        } else {
            parent.setState(children.allSatisfy { $0.state == .completed } ? .completed : .failed)
        }
    }
}

/// Gathers the records of a synchronous -Parallel run for the calling
/// thread to write, and turns an iteration's terminating error into a
/// PSTaskException error record as PowerShell does.
final class ParallelCollector: JobRecorder {
    private let state = ThreadLock<(records: [JobRecord], outstanding: Int, stops: [StopSignal], stopping: Bool)>(([], 0, [], false))
    /// The calling thread, waiting for records.
    let wakers = WakeList()

    func started() { state.withLock { $0.outstanding += 1 } }

    func running(_ stop: StopSignal) -> Bool {
        state.withLock { state in
            if state.stopping { return false }
            state.stops.append(stop)
            return true
        }
    }

    func finished(_ outcome: JobOutcome) {
        state.withLock { state in
            state.outstanding -= 1
            switch outcome.state {
            case .failed:
                let reason = outcome.reason
                state.records.append(JobRecord(.error, .error(TransferredError(
                    message: reason?.message ?? "The iteration failed.", exceptionType: reason?.exceptionType ?? "System.Exception",
                    errorId: "PSTaskException", category: "InvalidOperation", target: .null, span: reason?.span,
                    commandName: "ForEach-Object", cmdletTypeName: nil))))
            case .stopped:
                state.records.append(JobRecord(.error, .error(TransferredError(
                    message: "The pipeline has been stopped.", exceptionType: "System.Management.Automation.PipelineStoppedException",
                    errorId: "PSTaskException", category: "OperationStopped", target: .null, span: nil,
                    commandName: "ForEach-Object", cmdletTypeName: nil))))
            default:
                break
            }
        }
        wakers.wakeAll()
    }

    func record(_ record: JobRecord) {
        // Only the first record of a batch wakes the caller; it takes them all.
        let wasEmpty = state.withLock { state -> Bool in
            state.records.append(record)
            return state.records.count == 1
        }
        if wasEmpty { wakers.wakeAll() }
    }

    /// An iteration's Write-Progress reaches the caller's progress display
    /// (or its job, when the caller is one), as in pwsh.
    func recordProgress(_ progress: ProgressData) { record(JobRecord(.progress, progress.transferValue)) }

    func take() -> [JobRecord] {
        state.withLock { state in
            defer { state.records.removeAll() }
            return state.records
        }
    }

    var isDone: Bool { state.withLock { $0.outstanding == 0 && $0.records.isEmpty } }

    var hasRecordsOrIsDone: Bool { state.withLock { !$0.records.isEmpty || $0.outstanding == 0 } }

    func stopAll() {
        let stops = state.withLock { state -> [StopSignal] in
            state.stopping = true
            return state.stops
        }
        for stop in stops { stop.request() }
        // An iteration waiting to retry ends at once.
        wakers.wakeAll()
    }

    var isStopRequested: Bool { state.withLock { $0.stopping } }
    var stopWakers: WakeList { wakers }
}

/// A cmdlet type that can sit in a Mutex: metatypes never change.
final class CmdletTypeBox: @unchecked Sendable {
    let type: any Cmdlet.Type
    init(_ type: any Cmdlet.Type) { self.type = type }
}
