// What a runspace's evaluator keeps only to go faster: reusable sinks and
// scopes, the last function look-up, boxes found by name, programs found
// on PATH. None of it is state a script can see; emptying any of it
// changes speed, never results.

/// A runspace's evaluator caches.
struct EvaluatorCaches {
    /// Emptied statement-value sinks ready for reuse (see evaluateStatementValue).
    var spareValueSinks: [CollectingSink] = []
    /// The one an outermost statement value takes first: taking it moves no array.
    var spareValueSink: CollectingSink?
    /// Emptied scopes of finished simple-function calls, ready for reuse
    /// (see tryDirectFunctionCall); at most `maximumSpareScopes`.
    var spareScopes: [Scope] = []
    static let maximumSpareScopes = 16
    /// The last function a call found: from the same scope, with no
    /// function or alias defined since, the same name finds the same one.
    /// (It keeps that scope alive until the next call looks elsewhere.)
    let lastFunctionLookup = FunctionLookupMemo()
    /// Counts function definitions in this runspace's scopes (the only
    /// ones its look-ups search), so a remembered look-up knows when it
    /// may have gone stale.
    var functionGeneration = 0
    /// Boxes found by name while `slotsUsable` is false (see LocalBoxCache).
    let localBoxCache = LocalBoxCache()
    /// Programs found on PATH, valid while PATH is `pathCacheKey`.
    var pathCache: [String: String] = [:]
    var pathCacheKey = ""
}

/// The last function look-up (see EvaluatorCaches.lastFunctionLookup): a
/// class, so that checking it copies nothing (a tuple copied out of an
/// optional retains its key, scope and function on every call).
final class FunctionLookupMemo {
    private(set) var key = ""
    private(set) var scope: Scope?
    private(set) var generation = 0
    private(set) var aliasGeneration = 0
    private(set) var function: FunctionInfo?

    /// The remembered function, if `key` was looked up last from `scope` with these generations.
    @inline(__always)
    func function(for key: String, from scope: Scope, generation: Int, aliasGeneration: Int) -> FunctionInfo? {
        guard self.scope === scope, self.generation == generation, self.aliasGeneration == aliasGeneration,
              self.key == key else { return nil }
        return function
    }

    func remember(_ key: String, from scope: Scope, generation: Int, aliasGeneration: Int, _ function: FunctionInfo) {
        self.key = key
        self.scope = scope
        self.generation = generation
        self.aliasGeneration = aliasGeneration
        self.function = function
    }

    /// Forgets the look-up if it was made from `scope` (which is about to be reused).
    func forget(scope: Scope) {
        guard self.scope === scope else { return }
        self.scope = nil
        function = nil
    }
}
