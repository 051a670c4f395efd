// How a job's runspace gives up its throttle slots while it waits for
// other jobs (Wait-Job, Receive-Job -Wait): a thread job that waits on jobs
// it started would otherwise hold the slot they need, and a full throttle
// would never drain (PowerShell's ThreadJob issue 59).

import ShoalRuntime
import Synchronization

final class SlotLending: Sendable {
    private struct Lender {
        let lend: @Sendable () -> Void
        let reclaim: @Sendable () -> Void
    }
    private let state = Mutex<(lenders: [Lender], depth: Int)>(([], 0))

    /// A throttle the runspace's job holds a slot of.
    func add(lend: @escaping @Sendable () -> Void, reclaim: @escaping @Sendable () -> Void) {
        state.withLock { $0.lenders.append(Lender(lend: lend, reclaim: reclaim)) }
    }

    /// Runs `body` (a wait) with the slots lent out; nested waits lend once.
    func whileWaiting<T>(_ body: () throws -> T) rethrows -> T {
        let lenders = state.withLock { state -> [Lender] in
            state.depth += 1
            return state.depth == 1 ? state.lenders : []
        }
        for lender in lenders { lender.lend() }
        defer {
            let lenders = state.withLock { state -> [Lender] in
                state.depth -= 1
                return state.depth == 0 ? state.lenders : []
            }
            for lender in lenders { lender.reclaim() }
        }
        return try body()
    }

    /// The runspace's lending, made on first use.
    static func of(_ runspace: Runspace) -> SlotLending {
        let key = ObjectIdentifier(SlotLending.self)
        if let existing = runspace.extensions[key] as? SlotLending { return existing }
        let made = SlotLending()
        runspace.extensions[key] = made
        return made
    }

    /// Runs a wait of `runspace`'s, lending its job's slots if it is a job's.
    static func whileWaiting<T>(in runspace: Runspace, _ body: () throws -> T) rethrows -> T {
        guard let lending = runspace.extensions[ObjectIdentifier(SlotLending.self)] as? SlotLending else { return try body() }
        return try lending.whileWaiting(body)
    }
}
