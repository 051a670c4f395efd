// What a job table needs from whatever runs its process jobs. The shell's
// is `ProcessExecutor` (contained worker processes); tests hand the table
// a fake that needs no processes.

/// Runs process jobs (Start-Job, `pipeline &`).
protocol ProcessJobExecutor: AnyObject, Sendable {
    /// Starts a job's request; the executor moves the job through its
    /// states and into its final one, and sets its stop action.
    func start(_ job: Job, _ request: WorkerRequest)
    /// The session ends: nothing it started may outlive it.
    func shutdown()
}
