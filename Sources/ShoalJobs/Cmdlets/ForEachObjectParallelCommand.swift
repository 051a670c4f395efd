// ForEach-Object with -Parallel: each input object runs the block in a
// runspace from a pool of -ThrottleLimit (default 5). Without -AsJob the
// results stream into the pipeline as they arrive; with -AsJob one
// PSTaskJob is returned whose child jobs are the iterations. Every other
// use of ForEach-Object is handed to the ordinary cmdlet.

import ShoalRuntime
import ShoalSyntax

public final class ForEachObjectParallelCommand: Cmdlet {
    public static var descriptor: CmdletDescriptor { descriptor(extending: nil) }

    /// ForEach-Object's declaration with -Parallel and its parameters added
    /// to the ordinary one's (`base`).
    static func descriptor(extending base: CmdletDescriptor?) -> CmdletDescriptor {
        let baseParameters = base?.parameters ?? [ParameterDescriptor("InputObject", pipeline: true)]
        return CmdletDescriptor(
            "ForEach-Object", synopsis: "Performs an operation against each item in a collection of input objects.",
            parameters: baseParameters + [
                ParameterDescriptor("Parallel", type: "scriptblock",
                                    help: "A script block run for each object in a runspace of its own, several at once ($using: reads the caller's variables)."),
                ParameterDescriptor("ThrottleLimit", type: "int", help: "How many iterations run at once (5 by default)."),
                ParameterDescriptor("TimeoutSeconds", type: "int", help: "Stops the iterations still running after this many seconds."),
                ParameterDescriptor("AsJob", type: "switch", help: "Returns a job at once instead of streaming the results."),
                ParameterDescriptor("UseNewRunspace", type: "switch", help: "Accepted: every iteration already gets a new runspace."),
                ParameterDescriptor("HaltOnFailure", type: "switch",
                                    help: "Stops the other iterations when one fails (shoal addition).").addedByShoal(),
                JobPolicyParameters.throttleGroup, JobPolicyParameters.jobLog,
                ParameterDescriptor("Resume", type: "switch", help: "With -JobLog, skips every input the log shows as run, as GNU parallel --resume (shoal addition).").addedByShoal(),
                ParameterDescriptor("ResumeFailed", type: "switch",
                                    help: "With -JobLog, skips the inputs the log shows succeeded, so failed ones run again (shoal addition).").addedByShoal(),
            ] + JobPolicyParameters.retries,
            description: base?.description ?? "", examples: base?.examples ?? [])
    }

    public init() {}

    /// Registers ForEach-Object with -Parallel in place of the ordinary
    /// one in `registry`, which then serves every call without -Parallel.
    static func register(extending registry: CommandRegistry) {
        let base = registry.cmdlet(named: "ForEach-Object").flatMap { $0.type == ForEachObjectParallelCommand.self ? nil : $0 }
        registry.register(RegisteredCmdlet(ForEachObjectParallelCommand.self, descriptor: descriptor(extending: base?.descriptor)) {
            let command = ForEachObjectParallelCommand()
            command.makeOrdinary = base?.make
            return command
        })
    }

    /// Makes the ordinary ForEach-Object, for calls without -Parallel.
    var makeOrdinary: (@Sendable () -> any Cmdlet)?
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
    /// -HaltOnFailure with -AsJob: the first failed iteration, once one has.
    var jobHalt: ThreadLock<HaltReason?>?
    /// -AsJob: how many iterations there are and how many have ended.
    var tally = TaskJobTally(clock: SystemClock())
    /// The input's position, the job log's Seq.
    var seq = 0
    /// -Resume: inputs the job log says need not run again.
    var resumeSkips: Set<String> = []
    /// The block as job-log lines show it.
    var escapedCommand = ""
    /// Runs the iterations' attempts under the policy.
    var attempts: AttemptRunner?
    /// Whether the iterations' input text is needed (job log, halting).
    var needsInputText = false
    /// The line that counts the iterations (synchronous runs).
    var progress: AggregateProgress?

    public func begin(_ context: CmdletContext) throws {
        guard case .scriptBlock(let block)? = context.value("Parallel") else {
            if let makeOrdinary {
                ordinary = makeOrdinary()
                try ordinary?.begin(context)
            }
            return
        }
        self.block = block
        let asJob = context.flag("AsJob")
        if !asJob && context.has("ThrottleGroup") {
            throw context.terminatingError("The 'ThrottleGroup' parameter can be used only with the 'AsJob' parameter.",
                                           id: "ParallelThrottleGroupNeedsJob", category: .invalidArgument)
        }
        if asJob && context.has("TimeoutSeconds") {
            throw context.terminatingError("The 'TimeoutSeconds' parameter cannot be used with the 'AsJob' parameter.",
                                           id: "ParallelCannotUseTimeoutWithJob", category: .invalidArgument)
        }
        if context.common.errorAction != nil || context.common.warningAction != nil || context.common.informationAction != nil
            || context.common.pipelineVariable != nil {
            throw context.terminatingError(
                "The following common parameters are not currently supported in the Parallel parameter set: ErrorAction, WarningAction, InformationAction, PipelineVariable",
                id: "ParallelCommonParametersNotSupported", category: .invalidArgument)
        }
        let throttle = try context.integer("ThrottleLimit", minimum: 1) ?? 5
        let table = try JobsModule.table(of: context)
        self.table = table
        policy = try JobPolicyParameters.read(context, timeout: false)
        if policy.log != nil { escapedCommand = JobLog.escapedCommand(block.text) }
        attempts = AttemptRunner(policy: policy, table: table)
        needsInputText = policy.log != nil || context.flag("HaltOnFailure") || context.flag("Resume") || context.flag("ResumeFailed")
        if context.flag("Resume") || context.flag("ResumeFailed") {
            guard let log = policy.log else {
                throw context.terminatingError("The 'Resume' and 'ResumeFailed' parameters need the 'JobLog' parameter: the log says what has run.",
                                               id: "ParallelResumeNeedsJobLog", category: .invalidArgument)
            }
            log.flush()
            let logged = JobLog.readOutcomes(log.path)
            // As GNU parallel's --resume: whatever the log has is done; --resume-failed runs its failures again.
            resumeSkips = context.flag("ResumeFailed") ? logged.succeeded : logged.succeeded.union(logged.failed)
        }
        clock = table.clock
        if let seconds = try context.integer("TimeoutSeconds", minimum: 0), seconds > 0 {
            deadline = table.clock.now() + Double(seconds)
        }
        for name in block.node.layout.usingNames.sorted() {
            guard let value = context.runspace.usingValue(name) else {
                // One in a nested block (a -Parallel inside this one) may
                // name a variable of this block's iterations.
                if !block.node.layout.directUsingNames.contains(name) { continue }
                throw context.terminatingError(
                    "The value of the using variable '$using:\(name)' cannot be retrieved because it has not been set in the local session.",
                    id: "UsingVariableIsUndefined", category: .invalidOperation)
            }
            if case .scriptBlock = value {
                throw context.terminatingError("A $using variable cannot be a script block. Passed-in script block variables are not supported with ForEach-Object -Parallel, and can result in undefined behavior.",
                                               id: "ParallelUsingVariableCannotBeScriptBlock", category: .invalidType)
            }
            usingValues[name] = TransferValue(value)
        }
        pool = PoolExecutor(size: throttle, factory: table.threadExecutor.factory) { JobsModule.attach($0, table: table) }
        if asJob {
            if context.flag("HaltOnFailure") { jobHalt = ThreadLock(nil) }
            tally = TaskJobTally(clock: table.clock)
            parentJob = table.makeJob(name: nil, kind: .task, location: "PowerShell", command: block.text)
        } else {
            collector = ParallelCollector(haltOnFailure: context.flag("HaltOnFailure"))
            progress = AggregateProgress(activity: "ForEach-Object -Parallel", clock: table.clock)
        }
    }

    public func process(_ context: CmdletContext) throws {
        if let ordinary {
            try ordinary.process(context)
            return
        }
        guard let block, let pool, let table, let attempts, context.hasPipelineInput || context.has("InputObject") else { return }
        let item = context.hasPipelineInput ? (context.inputObject ?? .null) : (context.value("InputObject") ?? .null)
        if case .scriptBlock = item {
            try context.writeError("Piped input object cannot be a script block. Passed-in script block variables are not supported with ForEach-Object -Parallel, and can result in undefined behavior.",
                                   id: "ParallelPipedInputObjectCannotBeScriptBlock", category: .invalidType)
            return
        }
        if let deadline, clock.now() > deadline { return }
        // Halted: no new iteration starts.
        if collector?.halt != nil || jobHalt?.withLock({ $0 }) != nil { return }
        // The input's text names it in the log and in a halt; most runs need neither.
        let inputText = needsInputText ? Conversion.toString(item) : ""
        seq += 1
        if !resumeSkips.isEmpty, resumeSkips.contains(JobLog.escape(inputText)) { return }
        let seq = seq
        var spec = JobSpec(script: block.node, location: context.runspace.location)
        spec.dollarUnder = TransferValue(item)
        spec.usingValues = usingValues
        if let parentJob {
            let child = table.makeJob(name: nil, kind: .taskChild, location: "PowerShell", command: block.text, policy: policy)
            parentJob.addChild(child)
            policy.log?.record(child, seq: seq, input: inputText, flushing: false, escapedCommand: escapedCommand)
            // Also when it is stopped before it started (queued in its throttle group).
            tally.created()
            child.whenFinished { [jobHalt, tally] in
                let (last, progress) = tally.finished(completed: child.state == .completed)
                // The REPL shows the parent's aggregate line; it is not kept on the job.
                if let progress { table.publish(.progress(parentJob, progress)) }
                if last { ForEachObjectParallelCommand.settle(parentJob, tally: tally, halt: jobHalt?.withLock { $0 }) }
            }
            let item = spec
            let halting = haltCheck(child, parent: parentJob, inputText: inputText)
            table.throttleGroups.admit(child) { slot in
                pool.submit(PoolItem.running(child, item, slot: slot, attempts: attempts, beforeEnd: halting))
            }
        } else if let collector {
            collector.started()
            if policy.retryCount > 0 || policy.log != nil {
                let recorder = IterationRecorder(collector, holdsRecords: policy.retryCount > 0)
                let (log, command) = (policy.log, escapedCommand)
                pool.submit(PoolItem(spec: spec, recorder: recorder, onStart: { stop in collector.running(stop) },
                                     onFinish: { outcome in
                                         recorder.flush()
                                         log?.append(recorder.logLine(seq: seq, outcome: outcome, command: command, input: inputText))
                                         collector.finished(outcome, inputText: inputText)
                                     }, attempts: policy.governsAttempts ? attempts : nil))
            } else {
                pool.submit(PoolItem(spec: spec, recorder: collector, onStart: { stop in collector.running(stop) },
                                     onFinish: { outcome in collector.finished(outcome, inputText: inputText) }))
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
            if let log = policy.log { parentJob.whenFinished(beforeWaking: true) { log.flush() } }
            parentJob.setState(.running)
            table.add(parentJob)
            if tally.close() { ForEachObjectParallelCommand.settle(parentJob, tally: tally, halt: jobHalt?.withLock { $0 }) }
            try context.write(.native(JobObject(parentJob)))
            return
        }
        guard let collector else { return }
        // The log is complete when the command returns, and the bar gone.
        defer {
            policy.log?.flush()
            if let progress, progress.hasShown { context.runspace.writeProgress(progress.completed) }
        }
        let runspace = context.runspace
        var timedOut = false
        while true {
            try drain(collector, context, inputsEnded: true)
            if collector.isDone { break }
            let remaining = timedOut ? nil : deadline.map { max(0, $0 - clock.now()) }
            // The progress line is redrawn even while no iteration ends.
            let timeout = [remaining, AggregateProgress.interval].compactMap { $0 }.min()
            let outcome = Waiting.wait(on: { [collector.wakers] }, stop: runspace.stopSignal, timeout: timeout, clock: clock) {
                collector.hasRecordsOrIsDone
            }
            switch outcome {
            case .stopped:
                collector.stopAll()
                try context.checkStopped()
            case .timedOut:
                if !timedOut, let deadline, clock.now() >= deadline {
                    timedOut = true
                    collector.stopAll()
                }
            case .done:
                break
            }
        }
        try drain(collector, context, inputsEnded: true)
        if let halt = collector.halt { throw halt.error(context) }
    }

    func drain(_ collector: ParallelCollector, _ context: CmdletContext, inputsEnded: Bool = false) throws {
        do {
            for record in collector.take() { try RecordReplay.replay(record, into: context) }
            let counts = collector.counts
            // While input still comes the total is unknown.
            if let record = progress?.record(done: counts.done, failed: counts.failed, total: inputsEnded ? counts.submitted : nil) {
                context.runspace.writeProgress(record)
            }
        } catch {
            // Downstream wants no more (Select-Object -First) or failed: the
            // iterations still running or queued are stopped, as pwsh's StopProcessing does.
            collector.stopAll()
            pool?.close()
            throw error
        }
    }

    /// With -HaltOnFailure, what an iteration's failure does before the
    /// iteration ends: the first one records the halt (so the parent's end
    /// names it) and stops the other iterations right after.
    private func haltCheck(_ child: Job, parent: Job, inputText: String) -> @Sendable (JobOutcome) -> (@Sendable () -> Void)? {
        guard let jobHalt else { return { _ in nil } }
        return { outcome in
            guard outcome.state == .failed else { return nil }
            let first = jobHalt.withLock { halt -> Bool in
                if halt != nil { return false }
                halt = HaltReason(inputText: inputText, reason: outcome.reason)
                return true
            }
            guard first else { return nil }
            return { for other in parent.children where other !== child { other.requestStop() } }
        }
    }

    /// A PSTaskJob finishes when all its iterations have: Completed if
    /// every one did, Stopped if it was stopped, otherwise Failed (with
    /// -HaltOnFailure, with the failed input as the reason).
    static func settle(_ parent: Job, tally: TaskJobTally, halt: HaltReason?) {
        guard parent.state == .running else { return }
        if let halt {
            parent.setState(.failed, reason: halt.jobReason)
        } else {
            tally.settle(parent)
        }
    }

}
