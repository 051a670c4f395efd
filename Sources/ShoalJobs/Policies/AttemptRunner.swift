// Runs one job's (or -Parallel iteration's) attempts under its policy:
// each attempt is stopped when it outlives -TimeoutSeconds and then counts
// as failed with a TimeoutException; a failed attempt runs again, after
// -RetryDelaySeconds, until -RetryCount retries are used up. What a failed
// attempt wrote is dropped for one warning record naming the failure, so
// what is received is the last attempt's output. Thread, pool and process
// executors all run their attempts through here.

import ShoalRuntime
import Synchronization

/// One attempt's timeout: armed once the attempt runs, with how to stop it.
final class AttemptWatch: Sendable {
    private let timers: JobTimers
    private let seconds: Int
    private let state = ThreadLock<(timedOut: Bool, token: JobTimers.Token?)>((false, nil))

    init(timers: JobTimers, seconds: Int) {
        self.timers = timers
        self.seconds = seconds
    }

    /// The attempt runs; `stop` ends it early (its runspace, its process group).
    func started(stop: @escaping @Sendable () -> Void) {
        let token = timers.schedule(after: Double(seconds)) { [self] in
            state.withLock { $0.timedOut = true }
            stop()
        }
        state.withLock { $0.token = token }
    }

    /// The attempt is over: a deadline still pending never fires.
    func disarm() -> Bool {
        let (timedOut, token) = state.withLock { state in
            defer { state.token = nil }
            return (state.timedOut, state.token)
        }
        if let token { timers.cancel(token) }
        return timedOut
    }
}

final class AttemptRunner: Sendable {
    let policy: JobPolicy
    let timers: JobTimers
    let clock: any WaitClock

    init(policy: JobPolicy, table: JobTable) {
        self.policy = policy
        self.timers = table.timers
        self.clock = table.clock
    }

    /// Runs attempts until one does not fail, the retries are used up or
    /// the work is stopped (`isStopped`, with `stopSources` woken by a stop
    /// so that a retry delay ends at once). `attempt` runs one attempt and
    /// calls the watch's `started` once it runs (no watch: no time limit).
    func run(recorder: any JobRecorder, isStopped: () -> Bool, stopSources: () -> [WakeList],
             attempt: (AttemptWatch?) -> JobOutcome) -> JobOutcome {
        var number = 1
        while true {
            recorder.beginAttempt(number)
            // Only an attempt with a time limit needs watching.
            let watch = policy.timeoutSeconds.map { AttemptWatch(timers: timers, seconds: $0) }
            var outcome = attempt(watch)
            if watch?.disarm() == true, outcome.state != .completed {
                outcome = JobOutcome(state: .failed, reason: AttemptRunner.timeoutReason(policy.timeoutSeconds ?? 0))
            }
            guard outcome.state == .failed, number < policy.maxAttempts, !isStopped() else { return outcome }
            let message = outcome.reason?.message ?? "The job failed."
            recorder.discardAttempt(warning: "Attempt \(number) of \(policy.maxAttempts) failed: \(message)")
            if policy.retryDelaySeconds > 0 {
                _ = Waiting.wait(on: stopSources, stop: nil, timeout: policy.retryDelaySeconds, clock: clock, until: isStopped)
            }
            if isStopped() { return JobOutcome(state: .stopped) }
            number += 1
        }
    }

    /// Why a job that ran out of time failed.
    static func timeoutReason(_ seconds: Int) -> TransferredError {
        TransferredError(ErrorRecord("The job timed out after \(seconds) seconds.", exceptionType: "System.TimeoutException",
                                     errorId: "JobTimedOut", category: .operationTimeout))
    }
}
