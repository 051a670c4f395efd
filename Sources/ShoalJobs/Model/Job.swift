// A job in the session's table. Its identity is immutable; everything that
// changes (state, records, children, times) sits behind one Mutex, so the
// shell, the job's own thread and other jobs may read and update it at
// once. Every change wakes the threads waiting for this job (and only
// them); state changes are also published as events for the REPL's notices.

import ShoalRuntime
import Synchronization

/// The kinds of job, by PowerShell's PSJobTypeName.
public enum JobKind: String, Sendable {
    case background = "BackgroundJob"
    case backgroundChild = ""
    case thread = "ThreadJob"
    case task = "PSTaskJob"
    case taskChild = "PSTaskChildJob"
    /// Invoke-Command -AsJob against other computers.
    case remote = "RemoteJob"

    /// Receive-Job replays a background job's records in arrival order and
    /// the others stream by stream.
    var replaysInArrivalOrder: Bool { self == .background || self == .backgroundChild }
}

public final class Job: Sendable {
    public let id: Int
    /// Made on first use: most jobs are never asked for it, and making a
    /// GUID string costs more than starting a thread job.
    public var instanceId: String {
        lazyInstanceId.withLock { id in
            if let id { return id }
            let made = JobTable.newInstanceId()
            id = made
            return made
        }
    }
    private let lazyInstanceId = Mutex<String?>(nil)
    public let name: String
    public let kind: JobKind
    public let location: String
    public let command: String
    /// Timeout, retries, throttle group and log the job was started with.
    public let policy: JobPolicy
    let table: JobTable

    struct Data {
        var state: JobState = .notStarted
        var reason: TransferredError?
        /// Records not yet received.
        var records: [JobRecord] = []
        var beginTicks: Int?
        var endTicks: Int?
        var children: [Job] = []
        var stopRequested = false
        var stopAction: (@Sendable () -> Void)?
        var latestProgress: ProgressData?
        var failureReported = false
        /// When Receive-Job last took the records (monotonic seconds).
        var lastDrained: Double?
        /// The user waits for it in the foreground (Wait-Job, Receive-Job
        /// -Wait) or stopped it: its end is no news for a notice.
        var isAttended = false
        /// Attempts made so far (retries count).
        var attempts = 0
        /// Where the current attempt's records begin in `records`.
        var attemptStart = 0
        /// What the attempts that ended used.
        var usage = ResourceUsage()
        /// The worker process running the job now (process jobs).
        var workerProcess: Int32?
        /// What to do once the job has finished: before waiters learn of it
        /// (write its log line) and after (free its throttle slot).
        var finishRecords: [@Sendable () -> Void] = []
        var finishActions: [@Sendable () -> Void] = []
        /// Output records of the current attempt (the job log's Receive).
        var outputCount = 0
    }

    /// A ThreadLock, not a Mutex: many job threads take it (see ThreadLock).
    let data = ThreadLock(Data())
    /// Threads waiting for this job to change.
    public let wakers = WakeList()
    /// The job's own thread, waiting for a receiver to take records.
    let drainWakers = WakeList()
    /// A Start-Job parent follows its child's final state and reason.
    private let parent = Mutex(WeakJob())

    init(id: Int, name: String?, kind: JobKind, location: String, command: String, policy: JobPolicy = JobPolicy(),
         table: JobTable) {
        self.id = id
        if let name, !name.isEmpty { self.name = name } else { self.name = "Job\(id)" }
        self.kind = kind
        self.location = location
        self.command = command
        self.policy = policy
        self.table = table
    }

    // MARK: - Reading

    public var state: JobState { data.withLock { $0.state } }
    public var reason: TransferredError? { data.withLock { $0.reason } }
    public var children: [Job] { data.withLock { $0.children } }
    public var beginTicks: Int? { data.withLock { $0.beginTicks } }
    public var endTicks: Int? { data.withLock { $0.endTicks } }
    public var latestProgress: ProgressData? { data.withLock { $0.latestProgress } }

    /// CPU time and peak memory so far: a parent's add up its children's;
    /// a running process job's include what its worker has used until now.
    public var usage: ResourceUsage {
        let children = self.children
        if !children.isEmpty {
            return children.reduce(into: ResourceUsage()) { $0.add($1.usage) }
        }
        let (ended, worker) = data.withLock { ($0.usage, $0.workerProcess) }
        var total = ended
        if let worker, let live = ResourceUsage.ofLiveProcess(worker) { total.add(live) }
        return total
    }

    /// Seconds from start to end (to now while it runs); nil before it starts.
    public var durationTicks: Int? {
        let (begin, end) = data.withLock { ($0.beginTicks, $0.endTicks) }
        guard let begin else { return nil }
        return max(0, (end ?? DateTimeValue.now().ticks) - begin)
    }

    /// Attempts made: a parent's are its children's.
    public var attempts: Int {
        let children = self.children
        if !children.isEmpty { return children.reduce(0) { $0 + $1.attempts } }
        return data.withLock { $0.attempts }
    }

    /// True when Receive-Job would return something (PowerShell's rules per kind).
    public var hasMoreData: Bool {
        let children = self.children
        if !children.isEmpty {
            if kind == .background, !state.isFinished { return true }
            return children.contains { $0.hasMoreData }
        }
        return data.withLock { data in
            let pending = data.records
            switch kind {
            case .backgroundChild:
                // A failure's error is data too, until Receive-Job has written it.
                return !data.state.isFinished || !pending.isEmpty || (data.reason != nil && !data.failureReported)
            case .thread:
                return pending.contains { $0.stream != .information }
            default:
                return !pending.isEmpty
            }
        }
    }

    /// Records not yet received (nothing once received, unless -Keep).
    public var hasPendingRecords: Bool { data.withLock { !$0.records.isEmpty } }

    /// The user is waiting for this job in the foreground (or stops it), or
    /// no longer is: notices of its end are left out while attended.
    public func setAttended(_ attended: Bool) {
        data.withLock { $0.isAttended = attended }
        if attended { table.publish(.attended(self)) }
    }

    public var isAttended: Bool { data.withLock { $0.isAttended } }

    /// What a thread waiting for this job registers with: its own and its
    /// children's wake lists.
    public var waitSources: [WakeList] { [wakers] + children.flatMap(\.waitSources) }

    /// Every record of one stream not yet received (`$job.Output`; all of
    /// them with Receive-Job -Keep).
    public func records(of stream: JobStream) -> [TransferValue] {
        data.withLock { $0.records.filter { $0.stream == stream }.map(\.value) }
    }

    // MARK: - Changing

    /// Adds a record as the job produces it. A job that runs ahead of a
    /// receiver draining it (Receive-Job in a loop) waits for the receiver
    /// once `unreceivedLimit` records are waiting, as a writer waits for a
    /// full pipe, so the shell's memory stays flat; if nobody has received
    /// for a second, nothing waits and the records pile up as in pwsh.
    public func append(_ record: JobRecord) {
        let mustWait = data.withLock { data -> Bool in
            data.records.append(record)
            if record.stream == .output { data.outputCount += 1 }
            guard data.records.count >= Job.unreceivedLimit, let drained = data.lastDrained else { return false }
            return table.clock.now() - drained < 1
        }
        wakers.wakeAll()
        if mustWait {
            _ = Waiting.wait(on: { [drainWakers] }, stop: nil, timeout: 1, clock: table.clock) {
                data.withLock { $0.records.count < Job.unreceivedLimit || $0.stopRequested }
            }
        }
    }

    public func beginAttempt(_ number: Int) {
        data.withLock { data in
            data.attempts = number
            data.attemptStart = data.records.count
            data.outputCount = 0
        }
    }

    public func addUsage(_ usage: ResourceUsage) {
        data.withLock { $0.usage.add(usage) }
    }

    /// A worker process runs the job's current attempt.
    func setWorkerProcess(_ pid: Int32) {
        data.withLock { $0.workerProcess = pid }
    }

    /// The worker has been reaped; what it used (nil: unknown).
    func workerEnded(usage: ResourceUsage?) {
        data.withLock { data in
            data.workerProcess = nil
            if let usage { data.usage.add(usage) }
        }
    }

    public func discardAttempt(warning: String) {
        data.withLock { data in
            data.records.removeSubrange(min(data.attemptStart, data.records.count)...)
            data.records.append(JobRecord(.warning, .string(warning)))
            data.attemptStart = data.records.count
            data.latestProgress = nil
        }
        wakers.wakeAll()
    }

    /// Records a receiver may leave waiting before the job waits for it.
    static let unreceivedLimit = 65_536

    public func recordProgress(_ progress: ProgressData) {
        data.withLock { data in
            data.latestProgress = progress.isCompleted ? nil : progress
            data.records.append(JobRecord(.progress, progress.transferValue))
        }
        wakers.wakeAll()
        table.publish(.progress(self, progress))
    }

    func addChild(_ child: Job, mirrored: Bool = false) {
        data.withLock { $0.children.append(child) }
        if mirrored { child.parent.withLock { $0.job = self } }
        wakers.wakeAll()
    }

    /// Runs `action` once the job has finished (at once if it has): with
    /// `beforeWaking`, before the threads waiting for the job learn of it.
    func whenFinished(beforeWaking: Bool = false, _ action: @escaping @Sendable () -> Void) {
        let now = data.withLock { data -> Bool in
            if data.state.isFinished { return true }
            if beforeWaking { data.finishRecords.append(action) } else { data.finishActions.append(action) }
            return false
        }
        if now { action() }
    }

    /// Output records the current attempt wrote (a parent: its children).
    var outputCount: Int {
        let children = self.children
        if !children.isEmpty { return children.reduce(0) { $0 + $1.outputCount } }
        return data.withLock { $0.outputCount }
    }

    /// Moves to a new state; finished states are final.
    public func setState(_ newState: JobState, reason: TransferredError? = nil) {
        var finishRecords: [@Sendable () -> Void] = []
        var finishActions: [@Sendable () -> Void] = []
        let changed = data.withLock { data -> Bool in
            if data.state.isFinished || data.state == newState { return false }
            data.state = newState
            if newState == .running, data.beginTicks == nil { data.beginTicks = DateTimeValue.now().ticks }
            if newState.isFinished {
                data.endTicks = DateTimeValue.now().ticks
                data.latestProgress = nil
                data.stopAction = nil
                if let reason { data.reason = reason }
                finishRecords = data.finishRecords
                finishActions = data.finishActions
                data.finishRecords = []
                data.finishActions = []
            }
            return true
        }
        guard changed else { return }
        for record in finishRecords { record() }
        wakers.wakeAll()
        table.publish(.stateChanged(self, newState))
        // After the news of the end: the job a freed slot starts is news after it.
        for action in finishActions { action() }
        if newState.isFinished, let parent = parent.withLock({ $0.job }) {
            parent.setState(newState, reason: reason)
        }
    }

    /// What stopping this job does (kill its process, signal its runspace).
    func setStopAction(_ action: @escaping @Sendable () -> Void) {
        let stopNow = data.withLock { data -> Bool in
            data.stopAction = action
            return data.stopRequested
        }
        if stopNow { action() }
    }

    /// Asks the job (and its children) to stop; returns at once.
    public func requestStop() {
        let action = data.withLock { data -> (@Sendable () -> Void)? in
            data.stopRequested = true
            return data.state.isFinished ? nil : data.stopAction
        }
        drainWakers.wakeAll()
        // A retry waiting out its delay ends at once.
        wakers.wakeAll()
        for child in children { child.requestStop() }
        if let action { action() }
        // A job that never started (queued behind the throttle) stops here.
        if state == .notStarted { setState(.stopped) }
    }

    public var stopRequested: Bool { data.withLock { $0.stopRequested } }

    /// True the first time a failed job's reason is to be written by
    /// Receive-Job (every time with -Keep).
    func takeFailureReport(keep: Bool) -> Bool {
        data.withLock { data in
            if keep { return true }
            defer { data.failureReported = true }
            return !data.failureReported
        }
    }

    /// Takes the records not yet received, in the order Receive-Job writes
    /// them. Without `keep` they are released: a job that streams for hours
    /// while a loop receives it holds only what has not been received.
    public func takeRecords(keep: Bool) -> [JobRecord] {
        let chunk = data.withLock { data -> [JobRecord] in
            let pending = data.records
            if !keep {
                data.records = []
                data.attemptStart = 0
                data.lastDrained = table.clock.now()
            }
            return pending
        }
        if !keep { drainWakers.wakeAll() }
        if kind.replaysInArrivalOrder { return chunk }
        return JobStream.replayOrder.flatMap { stream in chunk.filter { $0.stream == stream } }
    }

    /// Waits until `done` holds for `jobs`, the timeout passes or `stop`
    /// is requested; woken only by changes of these jobs (or their children).
    /// The timeout is on the jobs' table's clock.
    static func wait(for jobs: [Job], stop: StopSignal?, timeout: Double? = nil,
                     until done: @escaping ([Job]) -> Bool) -> Waiting.Outcome {
        let clock = jobs.first?.table.clock ?? SystemClock()
        return Waiting.wait(on: { jobs.flatMap(\.waitSources) }, stop: stop, timeout: timeout, clock: clock) { done(jobs) }
    }

    /// Until every job has finished.
    static func allFinished(_ jobs: [Job]) -> Bool { jobs.allSatisfy { $0.state.isFinished } }
}

/// A weak reference that can sit inside a Mutex.
final class WeakJob: @unchecked Sendable {
    // Only read and written while the owning Mutex is held.
    weak var job: Job?
}
