// What a runspace's evaluator keeps only to go faster: reusable sinks and
// scopes, the last function look-up, boxes found by name, programs found
// on PATH. None of it is state a script can see; emptying any of it
// changes speed, never results.

/// A runspace's evaluator caches.
struct EvaluatorCaches {
    /// Emptied statement-value sinks ready for reuse (see evaluateStatementValue).
    var spareValueSinks: [CollectingSink] = []
    /// Emptied scopes of finished simple-function calls, ready for reuse
    /// (see tryDirectFunctionCall); at most `maximumSpareScopes`.
    var spareScopes: [Scope] = []
    static let maximumSpareScopes = 16
    /// The last function a call found: from the same scope, with no
    /// function or alias defined since, the same name finds the same one.
    /// (It keeps that scope alive until the next call looks elsewhere.)
    var lastFunctionLookup: (key: String, scope: Scope, generation: Int, aliasGeneration: Int, function: FunctionInfo)?
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
