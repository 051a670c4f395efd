// SIGTERM and SIGHUP end the shell, but never leave its jobs behind: the
// signals are blocked in every thread and one thread waits for them, stops
// every job (killing their process groups) and then exits. Worker
// processes also die with the shell through the kernel's parent-death
// signal, which covers SIGKILL, where no cleanup can run.

import Glibc
import ShoalJobs
import ShoalRuntime
import Synchronization

enum SignalWatcher {
    private static let table = Mutex<JobTable?>(nil)
    private static let console = Mutex<ConsoleHost?>(nil)

    /// Blocks the signals in this thread (and so in every thread it starts)
    /// and starts the waiting thread. Call before starting other threads.
    static func install() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGHUP)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let waited = signals
        startNativeThreadForSignals {
            var set = waited
            var signal: Int32 = 0
            while sigwait(&set, &signal) != 0 {}
            // What the script wrote before the signal still reaches its reader.
            console.withLock { $0 }?.flush()
            if let jobs = table.withLock({ $0 }) { jobs.shutdown() }
            _exit(128 + signal)
        }
    }

    /// The session whose jobs a signal must stop, and the console to flush first.
    static func watch(_ jobs: JobTable, console host: ConsoleHost) {
        table.withLock { $0 = jobs }
        console.withLock { $0 = host }
    }

    private static func startNativeThreadForSignals(_ body: @escaping @Sendable () -> Void) {
        startNativeThread(stackSize: 256 << 10, body)
    }
}
