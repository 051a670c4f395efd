// What the user asked of a job beyond its script: a time limit per
// attempt, retries after a failure, a throttle group to queue in and a
// job log to write. Fixed when the job is created.

/// A job's (or a -Parallel iteration's) policy.
public struct JobPolicy: Sendable {
    /// An attempt running longer is stopped and counts as failed.
    public var timeoutSeconds: Int?
    /// Attempts after the first one that fails.
    public var retryCount = 0
    /// Pause between a failed attempt and the next.
    public var retryDelaySeconds = 0.0
    /// The named group whose limit the job queues under.
    public var throttleGroup: String?
    /// Where a line is appended when the job (or iteration) finishes.
    public var log: JobLog?

    public init() {}

    /// The first attempt and the retries.
    public var maxAttempts: Int { retryCount + 1 }

    /// Whether attempts need the retry/timeout machinery at all.
    var governsAttempts: Bool { timeoutSeconds != nil || retryCount > 0 }
}
