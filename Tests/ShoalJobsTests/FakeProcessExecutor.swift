// A process-job executor without processes: it keeps the jobs Start-Job
// hands it for the test to move through their states.

@testable import ShoalJobs
import ShoalRuntime

final class FakeProcessExecutor: ProcessJobExecutor {
    private let state = ThreadLock<(started: [Job], shutDown: Bool)>(([], false))

    func start(_ job: Job, _ request: WorkerRequest) {
        state.withLock { $0.started.append(job) }
        job.setState(.running)
        job.setStopAction { job.setState(.stopped) }
    }

    func shutdown() { state.withLock { $0.shutDown = true } }

    var started: [Job] { state.withLock { $0.started } }
    var wasShutDown: Bool { state.withLock { $0.shutDown } }
}
