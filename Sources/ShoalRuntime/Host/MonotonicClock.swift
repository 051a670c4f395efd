// The one clock for measuring intervals (Measure-Command, Stopwatch,
// Test-Connection latencies, counter rates): CLOCK_MONOTONIC, which a
// change of the wall clock does not move.

import Glibc

public enum MonotonicClock {
    /// Nanoseconds since an arbitrary fixed point.
    public static func nanoseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1_000_000_000 + now.tv_nsec
    }

    /// The same in seconds.
    public static func seconds() -> Double { Double(nanoseconds()) / 1e9 }
}
