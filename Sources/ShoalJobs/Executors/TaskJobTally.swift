// Counts a PSTaskJob's iterations as they finish, so the parent settles
// in constant time per iteration (scanning every child at each end made a
// 10,000-item -AsJob quadratic).

import Synchronization

final class TaskJobTally: Sendable {
    private let state = Mutex<(created: Int, finished: Int, allCompleted: Bool, closed: Bool)>((0, 0, true, false))

    /// One more iteration.
    func created() { state.withLock { $0.created += 1 } }

    /// An iteration ended; true when it was the last and no more will come.
    func finished(completed: Bool) -> Bool {
        state.withLock { state in
            state.finished += 1
            if !completed { state.allCompleted = false }
            return state.closed && state.finished == state.created
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
}
