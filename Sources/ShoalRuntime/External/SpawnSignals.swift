// What every program shoal starts gets from posix_spawn: the default
// disposition of each signal the shell handles or ignores (SIGPIPE is
// ignored in the shell, SIGINT caught, ...) and no signal blocked.

import Glibc

public enum SpawnSignals {
    /// The signals the shell changes for itself.
    static let reset: [Int32] = [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGHUP]

    /// Sets `attributes` so the program starts with default signals and an empty mask.
    public static func apply(to attributes: inout posix_spawnattr_t) {
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in reset { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    }
}
