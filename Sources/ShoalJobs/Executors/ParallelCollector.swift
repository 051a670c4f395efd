// What a synchronous ForEach-Object -Parallel collects from its
// iterations for the calling thread to write, and how it halts.

import ShoalRuntime

/// Gathers the records of a synchronous -Parallel run for the calling
/// thread to write, and turns an iteration's terminating error into a
/// PSTaskException error record as PowerShell does. With -HaltOnFailure
/// the first failed iteration stops the others; the stopped ones then
/// write nothing of their own.
final class ParallelCollector: JobRecorder {
    private struct State {
        var records: [JobRecord] = []
        var outstanding = 0
        var stops: [StopSignal] = []
        var stopping = false
        var halt: HaltReason?
        var submitted = 0
        var done = 0
        var failed = 0
    }
    private let state = ThreadLock(State())
    private let haltOnFailure: Bool
    /// The calling thread, waiting for records.
    let wakers = WakeList()

    init(haltOnFailure: Bool = false) { self.haltOnFailure = haltOnFailure }

    func started() {
        state.withLock { state in
            state.outstanding += 1
            state.submitted += 1
        }
    }

    /// Iterations submitted, ended and failed so far (the progress line).
    var counts: (submitted: Int, done: Int, failed: Int) { state.withLock { ($0.submitted, $0.done, $0.failed) } }

    func running(_ stop: StopSignal) -> Bool {
        state.withLock { state in
            if state.stopping { return false }
            state.stops.append(stop)
            return true
        }
    }

    /// An iteration ended; `inputText` names its input object.
    func finished(_ outcome: JobOutcome, inputText: String) {
        let halting = state.withLock { state -> Bool in
            state.outstanding -= 1
            state.done += 1
            switch outcome.state {
            case .failed:
                state.failed += 1
                let reason = outcome.reason
                state.records.append(JobRecord(.error, .error(TransferredError(
                    message: reason?.message ?? "The iteration failed.", exceptionType: reason?.exceptionType ?? "System.Exception",
                    errorId: "PSTaskException", category: .invalidOperation, target: .null, span: reason?.span,
                    commandName: "ForEach-Object", cmdletTypeName: nil))))
                if haltOnFailure, state.halt == nil {
                    state.halt = HaltReason(inputText: inputText, reason: reason)
                    return true
                }
            case .stopped where state.halt == nil:
                state.records.append(JobRecord(.error, .error(TransferredError(
                    message: "The pipeline has been stopped.", exceptionType: "System.Management.Automation.PipelineStoppedException",
                    errorId: "PSTaskException", category: .operationStopped, target: .null, span: nil,
                    commandName: "ForEach-Object", cmdletTypeName: nil))))
            default:
                break
            }
            return false
        }
        if halting { stopAll() }
        wakers.wakeAll()
    }

    /// The failed iteration that halted the run, if one did.
    var halt: HaltReason? { state.withLock { $0.halt } }

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

/// The iteration whose failure halted a -HaltOnFailure run.
struct HaltReason: Sendable {
    let inputText: String
    let message: String

    init(inputText: String, reason: TransferredError?) {
        self.inputText = inputText
        message = reason?.message ?? "The iteration failed."
    }

    var text: String { "ForEach-Object -Parallel stopped after the iteration for input '\(inputText)' failed: \(message)" }
    static let errorId = "ParallelHaltedOnFailure"

    /// The terminating error the halted command ends with.
    func error(_ context: CmdletContext) -> ScriptError {
        context.terminatingError(text, id: HaltReason.errorId, category: .operationStopped)
    }

    /// The reason a halted PSTaskJob failed.
    var jobReason: TransferredError {
        TransferredError(ErrorRecord(text, errorId: HaltReason.errorId, category: .operationStopped))
    }
}
