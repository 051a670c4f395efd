// Process jobs: each Start-Job runs in a `shoal --job-worker` process of
// its own process group. A few workers are kept started and waiting, so a
// job does not pay for a process start. Workers are spawned from one
// long-lived thread because the kernel's "die with your parent" signal,
// which guarantees no worker outlives a killed shell, is tied to the
// thread that spawned the process.

import CShoal
import DequeModule
import Glibc
import ShoalRuntime
import Synchronization

final class ProcessExecutor: ProcessJobExecutor {
    struct Worker: Sendable {
        let pid: pid_t
        let requestDescriptor: Int32
        let recordDescriptor: Int32
        /// The fork server that is the worker's parent; nil when the shell is.
        var forkedBy: ForkServer? = nil

        /// Waits for the worker to end; how it ended.
        func reap() -> WorkerExit { forkedBy?.waitForExit(pid) ?? ProcessExecutor.reapWithUsage(pid) }

        /// Whether it has ended (a child of the shell is reaped by asking).
        func hasEnded() -> Bool {
            if let forkedBy { return forkedBy.hasExited(pid) }
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) != 0
        }
    }

    /// Process groups of workers running jobs, killed when the session ends.
    private let running = Mutex<Set<pid_t>>([])
    private let spawner = WorkerSpawner()
    private let warm: WarmWorkerPool
    /// How many idle workers to keep ready: enough for a burst of
    /// Start-Job calls to find one waiting, few enough to cost little.
    static let warmTarget = 2

    init() {
        warm = WarmWorkerPool(spawner: spawner, target: ProcessExecutor.warmTarget)
    }

    /// Starts a job's request in a worker; the job becomes Running. Its
    /// attempts (more than one with -RetryCount) run on a thread of their own.
    func start(_ job: Job, _ request: WorkerRequest) {
        let message = WorkerMessage.request(request).encoded
        guard let worker = send(message) else {
            job.setState(.failed, reason: ProcessExecutor.startFailure)
            return
        }
        job.setState(.running)
        startNativeThread(stackSize: 512 << 10) { [self] in
            let firstWorker = Mutex<Worker?>(worker)
            let runner = AttemptRunner(policy: job.policy, table: job.table)
            let outcome = runner.run(recorder: job, isStopped: { job.stopRequested }, stopSources: { [job.wakers] }) { watch in
                runAttempt(job, message, firstWorker: firstWorker.withLock { $0.take() }, watch: watch)
            }
            job.setState(outcome.state, reason: outcome.reason)
        }
    }

    /// One attempt. A worker that dies before it accepts the request never
    /// ran the job: another one gets it.
    private func runAttempt(_ job: Job, _ message: [UInt8], firstWorker: Worker?, watch: AttemptWatch?) -> JobOutcome {
        var next = firstWorker
        for _ in 0..<3 {
            if job.stopRequested { return JobOutcome(state: .stopped) }
            guard let worker = next ?? send(message) else { break }
            next = nil
            if let outcome = readRecords(of: worker, into: job, watch: watch) { return outcome }
        }
        return job.stopRequested ? JobOutcome(state: .stopped) : JobOutcome(state: .failed, reason: ProcessExecutor.startFailure)
    }

    static var startFailure: TransferredError {
        TransferredError(ErrorRecord("The background process for the job could not be started.",
                                     errorId: "JobProcessStartFailed", category: .resourceUnavailable))
    }

    /// Hands a request to a live worker (an idle one, or a new one).
    private func send(_ message: [UInt8]) -> Worker? {
        for _ in 0..<3 {
            guard let worker = warm.take() ?? spawner.spawn() else { return nil }
            if FrameIO.write(message, to: worker.requestDescriptor) {
                close(worker.requestDescriptor)
                return worker
            }
            // Its reading end is gone: it died after its last check.
            WarmWorkerPool.discard(worker, reaped: false)
        }
        return nil
    }

    /// Reads a worker's messages until it exits; how the attempt ended, or
    /// nil when the worker ended before it accepted the request (the job
    /// has not run).
    private func readRecords(of worker: Worker, into job: Job, watch: AttemptWatch?) -> JobOutcome? {
        running.withLock { _ = $0.insert(worker.pid) }
        job.setStopAction { ProcessExecutor.terminate(group: worker.pid) }
        job.setWorkerProcess(worker.pid)
        var outcome: JobOutcome?
        var accepted = false
        let notes = NoteSet.remoting()
        while let payload = FrameIO.readFrame(from: worker.recordDescriptor) {
            guard let message = try? WorkerMessage.decode(payload) else { break }
            switch message {
            case .accepted:
                accepted = true
                watch?.started { ProcessExecutor.terminate(group: worker.pid) }
            case .record(let record):
                job.append(JobRecord(record.stream, record.stream == .output ? record.value.deserialized.fromRemote(notes) : record.value.deserialized))
            case .progress(let progress): job.recordProgress(progress)
            case .finished(let result): outcome = result
            default: break
            }
        }
        close(worker.recordDescriptor)
        let exit = worker.reap()
        let status = exit.status
        job.workerEnded(usage: exit.usage)
        // Programs the job started and left running end with it.
        ProcessGroupKeeper.end(worker.pid)
        running.withLock { _ = $0.remove(worker.pid) }
        guard accepted else { return nil }
        if let outcome { return outcome }
        if job.stopRequested { return JobOutcome(state: .stopped) }
        return JobOutcome(state: .failed, reason: TransferredError(ErrorRecord(
            "The background process for job \(job.name) (process \(worker.pid)) ended unexpectedly: \(ProcessExecutor.describe(status)).",
            errorId: "JobProcessExitedUnexpectedly", category: .invalidResult)))
    }

    static func reapWithUsage(_ pid: pid_t) -> WorkerExit {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { return WorkerExit(status: -1, usage: nil) }
        }
        return WorkerExit(status: status, usage: ResourceUsage(usage))
    }

    static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        return status
    }

    static func describe(_ status: Int32) -> String {
        let signal = status & 0x7f
        if signal != 0 {
            let names: [Int32: String] = [SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM", SIGABRT: "SIGABRT",
                                          SIGBUS: "SIGBUS", SIGILL: "SIGILL", SIGFPE: "SIGFPE", SIGINT: "SIGINT", SIGHUP: "SIGHUP"]
            return "killed by signal \(signal) (\(names[signal] ?? "signal \(signal)"))"
        }
        return "it exited with status \((status >> 8) & 0xff) before reporting a result"
    }

    /// SIGTERM to the job's process group, SIGKILL a little later if needed.
    static func terminate(group pid: pid_t) {
        kill(-pid, SIGTERM)
        startNativeThread(stackSize: 128 << 10) {
            for _ in 0..<40 {
                var request = timespec(tv_sec: 0, tv_nsec: 50_000_000)
                nanosleep(&request, nil)
                if kill(-pid, 0) != 0 { return }
            }
            kill(-pid, SIGKILL)
        }
    }

    /// Kills idle workers and every job process; the session is ending.
    func shutdown() {
        warm.shutdown()
        spawner.forkServer.shutdown()
        for pid in running.withLock({ $0 }) { kill(-pid, SIGKILL) }
        ProcessGroupKeeper.killAll()
    }

    /// Every job process still running (for signal handlers).
    var runningGroups: [pid_t] { running.withLock { Array($0) } }
}

/// Spawns worker processes on one thread that lives as long as the session.
final class WorkerSpawner: Sendable {
    private let requests = ThreadLock<(next: Int, pending: Deque<Int>, results: [Int: ProcessExecutor.Worker?])>((0, [], [:]))
    private let requestSignal = ChangeSignal()
    private let resultSignal = ChangeSignal()
    private let started = Atomic<Bool>(false)

    /// Spawns one worker; returns nil if the process could not start.
    func spawn() -> ProcessExecutor.Worker? {
        if !started.exchange(true, ordering: .relaxed) {
            startNativeThread(stackSize: 256 << 10) { [self] in serve() }
        }
        let id = requests.withLock { state -> Int in
            state.next += 1
            state.pending.append(state.next)
            return state.next
        }
        requestSignal.notify()
        while true {
            let seen = resultSignal.current
            if let result = requests.withLock({ $0.results.removeValue(forKey: id) }) { return result }
            resultSignal.wait(after: seen, seconds: 0.5)
        }
    }

    private func serve() {
        while true {
            let seen = requestSignal.current
            while let id = requests.withLock({ $0.pending.popFirst() }) {
                let worker = launch()
                requests.withLock { $0.results[id] = .some(worker) }
                resultSignal.notify()
            }
            requestSignal.wait(after: seen, seconds: 5)
        }
    }

    static var executable: String { ShoalExecutable.path }

    /// Forks workers from an initialised shoal; spawns them when it cannot.
    let forkServer = ForkServer()

    /// A `shoal --job-worker` with its request pipe on standard input, its
    /// record pipe on descriptor 3, and nothing else open.
    func launch() -> ProcessExecutor.Worker? {
        var requestPipe: [Int32] = [-1, -1]
        var recordPipe: [Int32] = [-1, -1]
        guard cshoal_pipe_cloexec(&requestPipe) == 0 else { return nil }
        guard cshoal_pipe_cloexec(&recordPipe) == 0 else {
            close(requestPipe[0]); close(requestPipe[1])
            return nil
        }
        var forkedBy: ForkServer?
        var pid = forkServer.fork(request: requestPipe[0], records: recordPipe[1])
        if pid != nil {
            forkedBy = forkServer
        } else {
            pid = WorkerSpawner.spawnShoal("--job-worker", descriptors: [(requestPipe[0], 0), (recordPipe[1], WorkerMessage.protocolDescriptor)])
        }
        close(requestPipe[0])
        close(recordPipe[1])
        guard let pid else {
            close(requestPipe[1])
            close(recordPipe[0])
            return nil
        }
        ProcessGroupKeeper.register(pid)
        return ProcessExecutor.Worker(pid: pid, requestDescriptor: requestPipe[1], recordDescriptor: recordPipe[0], forkedBy: forkedBy)
    }

    /// Starts `shoal <argument>` in a new process group with `descriptors`
    /// moved to their places, /dev/null on the standard streams otherwise,
    /// and nothing else open.
    static func spawnShoal(_ argument: String, descriptors: [(Int32, Int32)]) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for standard: Int32 in 0...2 where !descriptors.contains(where: { $0.1 == standard }) {
            posix_spawn_file_actions_addopen(&actions, standard, "/dev/null", standard == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        for (descriptor, target) in descriptors { posix_spawn_file_actions_adddup2(&actions, descriptor, target) }
        cshoal_spawn_add_closefrom(&actions, (descriptors.map(\.1).max() ?? 2) + 1)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        SpawnSignals.apply(to: &attributes)
        cshoal_spawnattr_new_group(&attributes)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(executable), strdup(argument), nil]
        defer { for pointer in argv { free(pointer) } }
        // Swift's crash backtracer would catch a fatal signal and let the
        // worker linger; a crashed worker must die so its job fails.
        var environment: [UnsafeMutablePointer<CChar>?] = [strdup("SWIFT_BACKTRACE=enable=no")]
        for entry in ProcessEnvironment.entries where !entry.hasPrefix("SWIFT_BACKTRACE=") { environment.append(strdup(entry)) }
        environment.append(nil)
        defer { for pointer in environment { free(pointer) } }
        var pid = pid_t()
        return posix_spawn(&pid, executable, &actions, &attributes, argv, environment) == 0 ? pid : nil
    }
}

/// How a worker process ended: its wait status and what it used.
struct WorkerExit: Sendable {
    let status: Int32
    /// Nil when the kernel's accounting was lost (the worker's parent died).
    let usage: ResourceUsage?
}

extension NoteSet {
    /// PowerShell's remoting notes for the output of one job: a worker
    /// process's ("localhost", not shown) or a remote host's.
    static func remoting(computer: String = "localhost", runspaceId: String = JobTable.newInstanceId(),
                         showComputerName: Bool = false) -> NoteSet {
        NoteSet([("PSComputerName", .string(computer)), ("RunspaceId", .string(runspaceId)),
                 ("PSShowComputerName", .bool(showComputerName))])
    }
}

extension TransferValue {
    /// An output object received from another process or computer, with
    /// that job's remoting notes.
    func fromRemote(_ notes: NoteSet) -> TransferValue {
        switch self {
        case .object(let typeNames, let properties):
            return .object(typeNames: typeNames, properties: properties + notes.notes)
        case .snapshot(let typeNames, let properties, let toString):
            return .snapshot(typeNames: typeNames, properties: properties + notes.notes, toString: toString)
        case .adorned(let base, let existing):
            return .adorned(base: base, notes: existing.appending(notes))
        case .null, .error:
            return self
        default:
            // A string or number is wrapped to carry the notes, as pwsh's PSObject does.
            return .adorned(base: self, notes: notes)
        }
    }
}
