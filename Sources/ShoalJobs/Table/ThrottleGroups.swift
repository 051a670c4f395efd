// The session's throttle groups by name (case-insensitive, as PowerShell
// names are). A group comes into being with its first job or with
// Set-JobThrottle; until set, its limit is the thread-job default, 5.

import ShoalRuntime
import Synchronization

public final class ThrottleGroups: Sendable {
    private let gates = ThreadLock<[String: ThrottleGate]>([:])
    /// The limit of a group nobody has set one for.
    public static let defaultLimit = 5

    /// The group called `name`, made if new.
    func gate(named name: String) -> ThrottleGate {
        gates.withLock { gates in
            let key = name.lowercased()
            if let gate = gates[key] { return gate }
            let gate = ThrottleGate(name: name, limit: ThrottleGroups.defaultLimit)
            gates[key] = gate
            return gate
        }
    }

    /// Every group, by name.
    public var all: [ThrottleGate] { gates.withLock { $0.values.sorted { $0.name.lowercased() < $1.name.lowercased() } } }

    /// Runs `start` now for a job without a group; for one with a group,
    /// once the group has room, with the job's slot (freed when the job
    /// finishes, also if it is stopped while it waits).
    func admit(_ job: Job, start: @escaping @Sendable (GroupSlot?) -> Void) {
        guard let name = job.policy.throttleGroup else {
            start(nil)
            return
        }
        let gate = gate(named: name)
        let slot = GroupSlot(gate: gate, ticket: gate.makeTicket())
        job.whenFinished { gate.release(slot.ticket) }
        gate.admit(slot.ticket) { start(slot) }
    }
}

/// One job's slot in a throttle group.
struct GroupSlot: Sendable {
    let gate: ThrottleGate
    let ticket: ThrottleGate.Ticket

    /// Lends the slot while the job waits for other jobs.
    var lender: SlotLending.Lender {
        SlotLending.Lender(lend: { gate.lend(ticket) }, reclaim: { gate.reclaim(ticket) })
    }
}
