// What a job table needs from whatever runs its thread jobs. The shell's
// is `ThreadExecutor` (a throttled pool of threads); tests hand the table
// a fake that runs jobs when and how the test says.

import ShoalRuntime

/// Runs thread jobs (Start-ThreadJob) under a per-session throttle.
protocol ThreadJobExecutor: AnyObject, Sendable {
    /// Makes job runspaces; -Parallel and runspace pools use it too.
    var factory: RunspaceFactory { get }
    /// How many thread jobs run at once; the rest wait NotStarted.
    var throttleLimit: Int { get set }
    /// Queues a job; it starts when the throttle allows. `attach` prepares
    /// its runspace (gives it the job table).
    func submit(_ job: Job, _ spec: JobSpec, attach: @escaping @Sendable (Runspace) -> Void)
}
