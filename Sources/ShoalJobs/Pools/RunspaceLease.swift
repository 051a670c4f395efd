// The one runspace a `[powershell]` object without a pool keeps between
// its invocations, as pwsh's PowerShell instance keeps its runspace:
// functions and variables one Invoke defines are there for the next.

import ShoalRuntime


/// A runspace handed from one invocation to the next. Only one invocation
/// holds it at a time (it is taken out while it runs), so no two threads
/// ever use it at once: the lock orders one thread's last use before the
/// next thread's first.
final class RunspaceLease: @unchecked Sendable {
    private let kept = ThreadLock<Runspace?>(nil)

    /// The kept runspace, taken out of the lease (nil: none yet, or in use).
    func take() -> Runspace? {
        kept.withLock { runspace in
            defer { runspace = nil }
            return runspace
        }
    }

    /// Keeps `runspace` for the next invocation.
    func keep(_ runspace: Runspace) { kept.withLock { $0 = runspace } }

    /// Forgets the runspace (Dispose, or after it was stopped).
    func release() { kept.withLock { $0 = nil } }
}
