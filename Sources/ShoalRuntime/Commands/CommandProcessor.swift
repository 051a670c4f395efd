// One stage of a running pipeline. Stages are chained through
// ProcessorSink, so an object written by one stage is processed by the
// next at once: the first object reaches the last stage before the first
// stage ends.

import ShoalSyntax

/// A pipeline stage: begin once, process per input object, end once.
public class CommandProcessor {
    let runspace: Runspace
    var output: OutputSink = NullSink()
    var streams: StreamSet
    /// True when an earlier stage feeds this one.
    var hasUpstream = false

    /// The scope the command was invoked from: an upstream function writes
    /// objects from inside its own scope, but this stage must still run in
    /// its caller's (a ForEach-Object block sees the caller's variables).
    let invocationScope: Scope
    let invocationSlotsUsable: Bool

    init(runspace: Runspace) {
        self.runspace = runspace
        self.streams = runspace.streams
        self.invocationScope = runspace.scope
        self.invocationSlotsUsable = runspace.slotsUsable
    }

    func begin() throws {}
    /// Set once `begin` has run: an upstream stage may write from its own
    /// `begin` block, which must reach this stage after its `begin`.
    private(set) var hasBegun = false

    /// What `begin` threw: a stage whose `begin` failed (its arguments did
    /// not bind) must not process the objects an upstream `begin` goes on
    /// writing after the error, so each gets the same error.
    private var beginError: (any Error)?

    /// Runs `begin` unless it has already run.
    final func beginOnce() throws {
        guard !hasBegun else { return }
        if let beginError { throw beginError }
        hasBegun = true
        do {
            try begin()
        } catch {
            hasBegun = false
            beginError = error
            throw error
        }
    }
    /// Called per input object, or once with nil when there is no upstream.
    func process(_ item: Value?) throws {}
    func end() throws {}
    /// Releases processes and files after success or failure.
    func dispose() {}

    /// Runs a closure with this stage's scope and streams as the runspace's.
    @inline(__always)
    func withStreams<T>(_ body: () throws -> T) rethrows -> T {
        // A stage called from the stage before it usually finds the runspace
        // already set up as it needs it; then only what the body changed is
        // put back (to the same values), sparing the copies per object.
        if runspace.scope === invocationScope, runspace.slotsUsable == invocationSlotsUsable,
           runspace.streams.isSame(as: streams) {
            defer {
                if runspace.scope !== invocationScope { runspace.scope = invocationScope }
                runspace.slotsUsable = invocationSlotsUsable
                if !runspace.streams.isSame(as: streams) { runspace.streams = streams }
            }
            return try body()
        }
        let saved = runspace.streams
        runspace.streams = streams
        defer { runspace.streams = saved }
        return try runspace.withScope(invocationScope, slotsUsable: invocationSlotsUsable, body)
    }
}

/// Feeds objects into the next stage.
final class ProcessorSink: OutputSink {
    let next: CommandProcessor
    init(_ next: CommandProcessor) { self.next = next }
    override func write(_ value: Value) throws {
        try next.runspace.checkStop()
        if !next.hasBegun {
            do {
                try next.beginOnce()
            } catch {
                // The stage could not start (its arguments did not bind): the
                // whole pipeline fails, as in pwsh, where binding comes before
                // any begin block; the writer's own try/catch never sees it.
                throw DownstreamBeginError(stage: ObjectIdentifier(next), error: error)
            }
        }
        do {
            try next.process(value)
        } catch is StopUpstreamSignal {
            throw UpstreamStopped(stage: ObjectIdentifier(next))
        }
    }
}

/// Thrown by a command that needs no more input (Select-Object -First has
/// its objects), as pwsh's StopUpstreamCommandsException: the stages
/// before it stop at once (an endless producer too); it and the stages
/// after it end normally. No script `catch` sees it.
public struct StopUpstreamSignal: Error {
    public init() {}
}

/// A StopUpstreamSignal on its way back through the upstream stages to the
/// pipeline that owns the stage that raised it.
struct UpstreamStopped: Error {
    let stage: ObjectIdentifier
}

/// A later stage's `begin` failed while an earlier stage's `begin` wrote to
/// it; carried past the writer's statements to the pipeline that owns it.
struct DownstreamBeginError: Error {
    let stage: ObjectIdentifier
    let error: any Error
}

/// The first stage when it is an expression: `1..3 | ...`.
final class ExpressionProcessor: CommandProcessor {
    let expression: ExpressionNode
    init(runspace: Runspace, expression: ExpressionNode) {
        self.expression = expression
        super.init(runspace: runspace)
    }
    override func process(_ item: Value?) throws {
        try withStreams {
            try runspace.writeOutput(of: expression, to: output)
        }
    }
}

/// A built-in cmdlet.
final class CmdletProcessor: CommandProcessor {
    let cmdlet: any Cmdlet
    let binder: ParameterBinder
    let arguments: [InvocationArgument]
    var context: CmdletContext!
    var outVariableItems: [Value]?
    /// Script blocks run per input object for a pipeline parameter (see takeDelayBoundScriptBlocks).
    var delayBound: [DelayBoundScriptBlock] = []

    let implementingType: String?
    let confirmImpact: ConfirmImpact?

    init(runspace: Runspace, cmdlet registered: RegisteredCmdlet, arguments: [InvocationArgument], span: SourceSpan) {
        self.cmdlet = registered.make()
        self.arguments = arguments
        binder = ParameterBinder(plan: registered.plan, commandName: registered.descriptor.name, span: span)
        implementingType = registered.descriptor.implementingType
        confirmImpact = registered.descriptor.confirmImpact
        super.init(runspace: runspace)
    }

    override func begin() throws {
        let result = try binder.bind(arguments, runspace: runspace)
        var bound = result.bound
        delayBound = try binder.takeDelayBoundScriptBlocks(from: &bound, hasInput: hasUpstream)
        var sink = output
        if result.common.outVariable != nil {
            outVariableItems = []
            let downstream = output
            sink = ClosureSink { [unowned self] value in
                self.outVariableItems?.append(value)
                try downstream.write(value)
            }
        }
        context = CmdletContext(runspace: runspace, commandName: binder.commandName, span: binder.span, bound: bound,
                                output: sink, streams: streams, common: result.common)
        context.implementingType = implementingType
        context.declared = binder.plan
        if let confirmImpact {
            context.shouldProcessState = ShouldProcessState(commandName: binder.commandName, impact: confirmImpact,
                                                            whatIf: result.common.whatIf, confirm: result.common.confirm)
        }
        if hasUpstream { context.pipelineKey = binder.simplePipelineKey }
        let set = try binder.chooseParameterSet(bound, pipelinePending: hasUpstream)
        context.parameterSetName = binder.setName(set)
        let missing = binder.missingMandatory(bound, ignoringPipelineParameters: hasUpstream, inSet: set)
        if !missing.isEmpty { throw binder.missingMandatoryError(missing) }
        try withStreams { try cmdlet.begin(context) }
    }

    override func process(_ item: Value?) throws {
        if let item, hasUpstream, context.pipelineKey != nil {
            if !delayBound.isEmpty {
                do {
                    try binder.bindDelayed(delayBound, item: item, into: &context.bound, runspace: runspace)
                } catch let error as ScriptError {
                    try withStreams { try context.writeError(error.record.targeting(item)) }
                    return
                }
            }
            context.pipelineObjectUnbound = false
            context.inputObject = item
            context.hasPipelineInput = true
        } else if let item, hasUpstream {
            let set: Int?
            do {
                _ = try binder.bindPipelineInput(item, into: &context.bound, runspace: runspace)
                try binder.bindDelayed(delayBound, item: item, into: &context.bound, runspace: runspace)
                set = try binder.chooseParameterSet(context.bound, pipelinePending: false)
                context.parameterSetName = binder.setName(set)
            } catch let error as ScriptError {
                // As pwsh: an object that cannot be bound is a non-terminating
                // error about that object, and the next object is tried.
                try withStreams { try context.writeError(error.record.targeting(item)) }
                return
            }
            context.inputObject = item
            context.hasPipelineInput = true
            if binder.hasMandatoryParameters {
                let missing = binder.missingMandatory(context.bound, ignoringPipelineParameters: false, inSet: set)
                if !missing.isEmpty { throw binder.missingMandatoryError(missing) }
            }
        }
        try withStreams { try cmdlet.process(context) }
    }

    override func end() throws {
        try withStreams { try cmdlet.end(context) }
        if let name = context.common.outVariable, let items = outVariableItems {
            runspace.setVariable(name, .list(items))
        }
    }
}
