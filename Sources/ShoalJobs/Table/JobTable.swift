// The session's job table: every job the session started, in id order,
// behind a Mutex, with the look-ups the job cmdlets share and an event
// stream (state changes and progress) for the REPL's notices.

import CShoal
import ShoalRuntime
import Synchronization

/// Something that happened to a job.
public enum JobEvent: Sendable {
    case added(Job)
    case stateChanged(Job, JobState)
    case progress(Job, ProgressData)
    case removed(Job)
    /// The user waits for the job in the foreground, or stops it.
    case attended(Job)
}

public final class JobTable: Sendable {
    private let jobs = Mutex<[Job]>([])
    private let listeners = Mutex<[@Sendable (JobEvent) -> Void]>([])
    /// Runs thread jobs (its throttle is per session).
    let threadExecutor: any ThreadJobExecutor
    /// Runs process jobs (Start-Job).
    let processExecutor: any ProcessJobExecutor
    /// What the table's waits (Wait-Job -Timeout, -Parallel -TimeoutSeconds,
    /// a job waiting for its receiver) read the time from and sleep on.
    public let clock: any WaitClock
    /// Per-attempt timeouts, on `clock`.
    let timers: JobTimers
    /// Named limits jobs queue under (-ThrottleGroup, Set-JobThrottle).
    public let throttleGroups = ThrottleGroups()
    /// The PSSessions (New-PSSession); closed when the session ends.
    public let remoteSessions = RemoteSessionTable()
    /// The PSSession the interactive shell's commands go to (Enter-PSSession),
    /// and whether leaving closes it.
    private let entered = ThreadLock<(session: RemoteSession, owns: Bool)?>(nil)
    /// Set by the interactive shell: Enter-PSSession works there only.
    public let interactive = Atomic<Bool>(false)
    /// Job logs by path: commands writing one log share its buffer.
    private let logs = ThreadLock<[String: JobLog]>([:])

    /// Job ids are process-wide and never reused, as PowerShell's are.
    private static let nextId = Atomic<Int>(1)

    /// The shell's table: thread jobs on a pool of threads, process jobs
    /// in contained worker processes, the system's clock.
    public convenience init(runspaceFactory: RunspaceFactory) {
        self.init(threads: ThreadExecutor(factory: runspaceFactory), processes: ProcessExecutor(), clock: SystemClock())
    }

    /// A table with the given executors and clock (tests hand it fakes).
    init(threads: any ThreadJobExecutor, processes: any ProcessJobExecutor, clock: any WaitClock) {
        threadExecutor = threads
        processExecutor = processes
        self.clock = clock
        timers = JobTimers(clock: clock)
    }

    static func takeIds(_ count: Int) -> Int {
        nextId.wrappingAdd(count, ordering: .relaxed).oldValue
    }

    static func newInstanceId() -> String { GuidValue.randomText() }

    /// Creates a job with the next id (not yet in the table).
    public func makeJob(name: String?, kind: JobKind, location: String, command: String,
                        policy: JobPolicy = JobPolicy()) -> Job {
        Job(id: JobTable.takeIds(1), name: name, kind: kind, location: location, command: command, policy: policy, table: self)
    }

    public func add(_ job: Job) {
        jobs.withLock { $0.append(job) }
        publish(.added(job))
    }

    public func remove(_ job: Job) {
        jobs.withLock { $0.removeAll { $0 === job } }
        publish(.removed(job))
    }

    /// The top-level jobs, by id.
    public var all: [Job] { jobs.withLock { $0 } }

    /// Top-level jobs and, recursively, their children.
    public var allIncludingChildren: [Job] {
        var result: [Job] = []
        func visit(_ job: Job) {
            result.append(job)
            for child in job.children { visit(child) }
        }
        for job in all { visit(job) }
        return result
    }

    public func contains(_ job: Job) -> Bool { jobs.withLock { $0.contains { $0 === job } } }

    /// The log at `path` (absolute), opened on first use.
    func jobLog(at path: String) throws(JobLogError) -> JobLog {
        if let open = logs.withLock({ $0[path] }) { return open }
        let log = try JobLog(path: path, timers: timers)
        return logs.withLock { logs in
            if let raced = logs[path] { return raced }
            logs[path] = log
            return log
        }
    }

    // MARK: - Entered session

    public var isInteractive: Bool { interactive.load(ordering: .relaxed) }

    /// The PSSession the prompt's commands run in, if any.
    public var enteredSession: RemoteSession? { entered.withLock { $0?.session } }

    func enter(_ session: RemoteSession, owns: Bool) {
        let previous = entered.withLock { state in
            defer { state = (session, owns) }
            return state
        }
        if let previous, previous.owns, previous.session !== session { remoteSessions.remove(previous.session) }
    }

    /// Back to the local prompt; a session opened for the stay is closed.
    public func leaveSession() {
        let left = entered.withLock { state in
            defer { state = nil }
            return state
        }
        if let left, left.owns { remoteSessions.remove(left.session) }
    }

    // MARK: - Events

    /// Registers a listener for job events; it runs on the thread that
    /// caused the event, so it must be quick and thread-safe.
    public func subscribe(_ listener: @escaping @Sendable (JobEvent) -> Void) {
        listeners.withLock { $0.append(listener) }
    }

    func publish(_ event: JobEvent) {
        for listener in listeners.withLock({ $0 }) { listener(event) }
    }

    /// Stops every job and waits (briefly) for them: the session is ending.
    public func shutdown() {
        for job in all where !job.state.isFinished { job.requestStop() }
        _ = Job.wait(for: allIncludingChildren, stop: nil, timeout: 3, until: Job.allFinished)
        processExecutor.shutdown()
        remoteSessions.closeAll()
        for log in logs.withLock({ Array($0.values) }) { log.flush() }
    }
}

/// Makes the runspaces jobs run in: the session hands one to the job
/// table so a job's runspace has the same commands as the shell's.
public struct RunspaceFactory: Sendable {
    let make: @Sendable (any ShellHost) -> Runspace
    public init(_ make: @escaping @Sendable (any ShellHost) -> Runspace) { self.make = make }
    public func callAsFunction(host: any ShellHost) -> Runspace { make(host) }
}
