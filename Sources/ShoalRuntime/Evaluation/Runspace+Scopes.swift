// Switching the current scope: every call, dot-source, module import and
// closure runs its body with another scope current and must put back the
// one it found, with the flag that says whether the executing block's
// variables sit in that scope's slots. One helper does both.

extension Runspace {
    /// Runs `body` with `scope` current (its slots in use when
    /// `slotsUsable`), then makes the scope and flag it found current again,
    /// however `body` ends.
    @inline(__always)
    func withScope<T>(_ scope: Scope, slotsUsable: Bool, _ body: () throws -> T) rethrows -> T {
        let saved = (self.scope, self.slotsUsable)
        self.scope = scope
        self.slotsUsable = slotsUsable
        defer { (self.scope, self.slotsUsable) = saved }
        return try body()
    }

    /// `withScope` for a scope the caller holds in a variable: the two are
    /// swapped in and out, so no reference count changes (the caller's
    /// variable holds the scope found meanwhile). A call's scope is
    /// switched this way twice per call.
    @inline(__always)
    func withScope<T>(swapping scope: inout Scope, slotsUsable: Bool, _ body: () throws -> T) rethrows -> T {
        let savedFlag = self.slotsUsable
        swap(&self.scope, &scope)
        self.slotsUsable = slotsUsable
        defer {
            swap(&self.scope, &scope)
            self.slotsUsable = savedFlag
        }
        return try body()
    }
}
