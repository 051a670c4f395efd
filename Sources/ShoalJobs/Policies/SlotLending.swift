// How a job gives up its throttle slots while it waits for other jobs
// (Wait-Job, Receive-Job -Wait): a thread job that waits on jobs it started
// would otherwise hold the slot they need, and a full throttle would never
// drain (PowerShell's ThreadJob issue 59). The slots a job holds belong to
// the pool thread that runs it, so they are found through the thread: the
// pool sets its lending once per thread, not once per item.

import Glibc
import ShoalRuntime

final class SlotLending: Sendable {
    /// A throttle a job holds a slot of.
    struct Lender: Sendable {
        let lend: @Sendable () -> Void
        let reclaim: @Sendable () -> Void
    }

    let lenders: [Lender]

    init(_ lenders: [Lender]) { self.lenders = lenders }

    /// The same, with one more throttle (a throttle group's slot).
    func adding(_ lender: Lender) -> SlotLending { SlotLending(lenders + [lender]) }

    /// Runs `body` (a wait) with the slots lent out.
    func whileWaiting<T>(_ body: () throws -> T) rethrows -> T {
        for lender in lenders { lender.lend() }
        defer { for lender in lenders { lender.reclaim() } }
        return try body()
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<SlotLending>.fromOpaque(pointer).release() }
        }
        return key
    }()

    /// The slots of the job the calling thread runs; nil on other threads.
    static var current: SlotLending? {
        guard let pointer = pthread_getspecific(key) else { return nil }
        return Unmanaged<SlotLending>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Sets what the calling thread's job lends while it waits.
    static func setCurrent(_ lending: SlotLending?) {
        let old = pthread_getspecific(key)
        pthread_setspecific(key, lending.map { Unmanaged.passRetained($0).toOpaque() })
        if let old { Unmanaged<SlotLending>.fromOpaque(old).release() }
    }

    /// Runs a wait, lending the slots of the job the calling thread runs.
    static func whileWaiting<T>(_ body: () throws -> T) rethrows -> T {
        guard let lending = current else { return try body() }
        return try lending.whileWaiting(body)
    }
}
