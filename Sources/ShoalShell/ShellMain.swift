// Entry point logic for the `shoal` executable: picks the run mode and
// runs it on a thread with a large stack (deep recursion in scripts must
// end in a "call depth overflow" error, never a crash).

import Glibc
import ShoalJobs
import ShoalRuntime
import Synchronization

public enum ShellMain {
    /// Runs shoal with the given arguments and returns the exit status.
    public static func run(_ arguments: [String]) -> Int32 {
        // A write to a closed pipe (a reader that left, a dead job worker)
        // must fail with EPIPE, never kill the shell; native programs get
        // the default disposition back when they are started.
        signal(SIGPIPE, SIG_IGN)
        if arguments.first == ProcessGroupKeeper.keeperArgument {
            return ProcessGroupKeeper.serve()
        }
        if arguments.first == "--job-worker" {
            return JobWorker.serve { host in Session(host: host).runspace }
        }
        if arguments.first == RemoteServer.argument {
            return RemoteServer.serve { host in
                let session = Session(host: host)
                return (session.runspace, session.close)
            }
        }
        if arguments.first == ForkServerProcess.argument {
            return ForkServerProcess.serve { host in Session(host: host).runspace }
        }
        let commandLine: ShoalCommandLine
        do {
            commandLine = try ShoalCommandLine.parse(arguments, standardInputIsTerminal: isatty(0) == 1)
        } catch {
            writeError("shoal: \(error.message)\n")
            return 64
        }
        switch commandLine.mode {
        case .version:
            print("shoal \(ShoalVersion.string)")
            return 0
        case .help:
            print(ShoalCommandLine.helpText, terminator: "")
            return 0
        default:
            break
        }
        SignalWatcher.install()
        let status = ExitStatus()
        if let thread = startNativeThread(stackSize: 1 << 30, detached: false, {
            status.value.store(runMode(commandLine), ordering: .relaxed)
        }) {
            pthread_join(thread, nil)
        } else {
            status.value.store(runMode(commandLine), ordering: .relaxed)
        }
        return status.value.load(ordering: .relaxed)
    }

    static func runMode(_ commandLine: ShoalCommandLine) -> Int32 {
        let console = ConsoleHost()
        console.allowsInput = !commandLine.nonInteractive
        let session = Session(host: console)
        SignalWatcher.watch(session.jobs, console: console)
        if commandLine.mode != .interactive {
            // Nobody reads the output any more (`shoal script | head -1`):
            // stop the script, as a filter ends when its reader leaves.
            let stop = session.runspace.stopSignal
            console.brokenOutputHandler.withLock { $0 = { stop.request() } }
        }
        let runner = ScriptRunner(session: session)
        if commandLine.mode != .interactive {
            // The process ends with the script. Freeing what it built (100,000
            // objects take a fifth of a second) would only delay the exit, so
            // the session and the script's scope are left to the kernel. Jobs
            // are still shut down and output flushed, below.
            session.runspace.options.keepsFinishedScriptScope = true
            _ = Unmanaged.passRetained(session)
        }
        defer {
            session.close()
            session.runspace.host.flush()
        }
        switch commandLine.mode {
        case .command(let text):
            return runner.run(text: text, name: "<command>")
        case .file(let path, let arguments):
            let full = session.runspace.resolvePath(path)
            guard let text = readTextFile(full) else {
                writeError("shoal: The argument '\(path)' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n")
                return 64
            }
            return runner.run(text: text, name: path, arguments: arguments, scriptPath: full)
        case .standardInput:
            return runner.run(text: readAllStandardInput(), name: "<stdin>")
        case .interactive:
            return InteractiveShell(session: session, commandLine: commandLine).run()
        case .version, .help:
            return 0
        }
    }

    static func readAllStandardInput() -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, 65_536) }
            if count < 0 { if errno == EINTR { continue }; break }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func writeError(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, bytes.count) }
    }
}

/// The exit status, handed back from the interpreter thread.
final class ExitStatus: Sendable {
    let value = Atomic<Int32>(0)
}
