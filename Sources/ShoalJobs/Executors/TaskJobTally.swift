// Counts a PSTaskJob's iterations (or a RemoteJob's hosts) as they finish, so the parent settles
// in constant time per iteration (scanning every child at each end made a
// 10,000-item -AsJob quadratic), and makes its aggregate progress line.

import ShoalRuntime
import Synchronization

final class TaskJobTally: Sendable {
    private struct State {
        var created = 0
        var finished = 0
        var failed = 0
        var allCompleted = true
        var closed = false
        var progress: AggregateProgress
    }
    private let state: ThreadLock<State>

    init(clock: any WaitClock, activity: String = "ForEach-Object -Parallel") {
        state = ThreadLock(State(progress: AggregateProgress(activity: activity, clock: clock)))
    }

    /// One more iteration.
    func created() { state.withLock { $0.created += 1 } }

    /// An iteration ended: whether it was the last (and no more will
    /// come), and the parent's progress when a new line is due.
    func finished(completed: Bool) -> (last: Bool, progress: ProgressData?) {
        state.withLock { state in
            state.finished += 1
            if !completed {
                state.allCompleted = false
                state.failed += 1
            }
            let progress = state.progress.data(done: state.finished, failed: state.failed, total: state.closed ? state.created : nil)
            return (state.closed && state.finished == state.created, progress)
        }
    }

    /// No more iterations; true when all have ended already.
    func close() -> Bool {
        state.withLock { state in
            state.closed = true
            return state.finished == state.created
        }
    }

    /// Whether every iteration completed.
    var allCompleted: Bool { state.withLock { $0.allCompleted } }

    /// Ends the parent once its children have: Stopped if it was stopped,
    /// Completed if every child completed, otherwise Failed.
    func settle(_ parent: Job) {
        guard parent.state == .running else { return }
        if parent.stopRequested {
            parent.setState(.stopped)
        } else {
            parent.setState(allCompleted ? .completed : .failed)
        }
    }
}
