// The evaluator's fast paths (a node's precomputed shape, the direct call
// of a function, integer arithmetic and `+=` on a variable) each
// shortcut a general path and must behave exactly as it does.
// `SHOAL_FAST_PATHS=off` turns all of them off, so the whole test suite can
// run both ways (the README's test command does) and a fast path that
// drifts from its general path fails a test.

import Glibc

/// Whether this process runs the evaluator's fast paths.
public enum FastPaths {
    /// Read once: the setting is the process's, fixed at start.
    public static let enabled: Bool = {
        guard let setting = getenv("SHOAL_FAST_PATHS") else { return true }
        return String(cString: setting).lowercased() != "off"
    }()
}
