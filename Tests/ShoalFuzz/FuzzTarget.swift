// An in-process fuzz target for parse + evaluate (bench/fuzz.sh builds and
// runs it; bench/README.md says how).
//
// Each input is script text: it is read as tab completion reads it (the
// parser keeping its tokens), parsed, and if it parses it runs in a
// fresh runspace whose output is captured and thrown away. Nothing may harm
// the machine: the runspace is sandboxed (no external programs, no `> file`
// redirection), the cmdlets that write, delete or move files, stop
// processes or use the network are removed, and the jobs module is not
// loaded. A watchdog stops each input after `timeLimit` through the
// runspace's stop signal, so loops and sleeps end; an input that cannot be
// stopped that way is left to libFuzzer's -timeout, as a finding.
//
// Built with `-sanitize=fuzzer -DSHOAL_LIBFUZZER`, the program is
// libFuzzer's driver around LLVMFuzzerTestOneInput. Built normally (CI
// builds every target), it is a program that replays the files and
// directories named on its command line through the same function, to
// reproduce a crash: `shoal-fuzz crash-1234...`. With SHOAL_FUZZ_PRINT=1
// it also prints what each input wrote.

import Glibc
import ShoalCmdlets
import ShoalRuntime
import ShoalSyntax

enum FuzzTarget {
    /// How long one input may run before the watchdog stops it:
    /// SHOAL_FUZZ_TIME_LIMIT_MS, or 200 ms. Inputs that loop until stopped
    /// take most of the fuzzing time, so a shorter limit runs more inputs.
    static let timeLimit: Double = {
        guard let text = getenv("SHOAL_FUZZ_TIME_LIMIT_MS"), let ms = Double(String(cString: text)), ms > 0 else { return 0.2 }
        return ms / 1000
    }()
    /// How long a stopped input may take to end. An input still running
    /// then ignores the stop signal: the worker thread is sent SIGABRT, so
    /// libFuzzer reports a crash with that thread's stack.
    static let stopGrace: Double = 2

    /// Cmdlets that change files, processes or the network.
    static let dangerousCmdlets = [
        "Set-Content", "Add-Content", "Out-File", "New-Item", "Remove-Item", "Copy-Item", "Move-Item", "Rename-Item",
        "Export-Csv", "Tee-Object", "Stop-Process", "Test-Connection",
    ]

    /// One registry for every input, made as Session.makeRegistry makes
    /// the shell's, without the jobs module and the dangerous cmdlets.
    static let registry: CommandRegistry = {
        let registry = CommandRegistry()
        CmdletLibrary.register(into: registry)
        for name in dangerousCmdlets { registry.unregister(name) }
        return registry
    }()

    /// The environment at start: `$env:X = ...` in one input must not
    /// change the next.
    static let environment: [(String, String)] = {
        var pairs: [(String, String)] = []
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                pairs.append((String(text[..<equals]), String(text[text.index(after: equals)...])))
            }
            pointer += 1
        }
        return pairs
    }()

    static var printsOutput: Bool { getenv("SHOAL_FUZZ_PRINT").map { String(cString: $0) == "1" } ?? false }

    /// Parses and runs one input. Runs on the worker thread.
    static func evaluate(_ text: String, stopSignal: StopSignal) {
        // As tab completion reads it: the parser keeping its tokens.
        _ = Parser.tokens(of: text)
        let block: ScriptBlock
        do {
            block = ScriptBlock(try Parser.parseScript(SourceFile(name: "<fuzz>", text: text)))
        } catch {
            let message = error.description
            if printsOutput { print("parse error: \(message)") }
            return
        }
        let host = CapturingHost()
        let runspace = Runspace(registry: registry, host: host, stopSignal: stopSignal)
        runspace.options.sandboxed = true
        let sink = HostOutputSink(host: host, style: runspace.style, runspace: runspace)
        do {
            try runspace.runScript(block, arguments: [], output: sink, scriptPath: nil)
            sink.finish()
        } catch let error as ScriptError {
            sink.finish()
            runspace.recordError(error.record)
            host.writeError(error.record.displayText + "\n")
        } catch {
            // ControlFlow (exit, a stray break) and PipelineStoppedError are normal ends.
            sink.finish()
        }
        if printsOutput {
            print(host.output, terminator: "")
            if !host.errors.isEmpty { print("stderr:\n" + host.errors, terminator: "") }
        }
    }

    // MARK: - The worker thread

    // The shell evaluates on a thread with a 1 GiB stack (ShellMain.run), so
    // deep recursion that works there must work here too: inputs run on
    // one such thread. The caller hands an input over, then waits with a
    // deadline; past it, it requests a stop and waits `stopGrace` more.

    final class Handoff: @unchecked Sendable {
        var text = ""
        var stopSignal = StopSignal()
        var start = sem_t()
        var done = sem_t()
        var worker = pthread_t()
        init() {
            sem_init(&start, 0, 0)
            sem_init(&done, 0, 0)
        }
    }

    static let handoff: Handoff = {
        let handoff = Handoff()
        _ = registry
        _ = environment
        let thread = startNativeThread(stackSize: 1 << 30) {
            while true {
                while sem_wait(&handoff.start) != 0 {}
                evaluate(handoff.text, stopSignal: handoff.stopSignal)
                sem_post(&handoff.done)
            }
        }
        guard let thread else { fatalError("cannot start the fuzz worker thread") }
        handoff.worker = thread
        return handoff
    }()

    static func runOne(_ text: String) {
        let handoff = self.handoff
        handoff.text = text
        handoff.stopSignal = StopSignal()
        sem_post(&handoff.start)
        if !waitForWorker(seconds: timeLimit) {
            handoff.stopSignal.request()
            if !waitForWorker(seconds: stopGrace) {
                let message = "shoal-fuzz: the input still runs \(stopGrace) s after a stop request; aborting its thread\n"
                _ = message.withCString { write(2, $0, strlen($0)) }
                pthread_kill(handoff.worker, SIGABRT)
                while sem_wait(&handoff.done) != 0 {}
            }
        }
        restoreEnvironment()
    }

    /// Waits for the worker to finish the input; false after `seconds`.
    static func waitForWorker(seconds: Double) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = now.tv_nsec + Int(seconds * 1e9)
        var deadline = timespec(tv_sec: now.tv_sec + nanoseconds / 1_000_000_000, tv_nsec: nanoseconds % 1_000_000_000)
        while true {
            if sem_timedwait(&handoff.done, &deadline) == 0 { return true }
            if errno == ETIMEDOUT { return false }
        }
    }

    static func restoreEnvironment() {
        var changed = false
        var count = 0
        var pointer = environ
        while pointer.pointee != nil { count += 1; pointer += 1 }
        if count != environment.count { changed = true }
        if !changed {
            for (name, value) in environment {
                guard let current = getenv(name), String(cString: current) == value else { changed = true; break }
            }
        }
        guard changed else { return }
        clearenv()
        for (name, value) in environment { setenv(name, value, 1) }
    }

    static func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
        runOne(String(decoding: bytes, as: UTF8.self))
    }
}

#if SHOAL_LIBFUZZER

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.testOneInput(data, size)
    return 0
}

// libFuzzer's own `main` cannot be used: SwiftPM links every executable
// with `main` defined as this module's entry point (shoal_fuzz_main). So
// the entry point hands the command line to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@main
struct ShoalFuzzDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzTestOneInput))
    }
}

#else

@main
struct ShoalFuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.isEmpty || arguments.contains("-h") || arguments.contains("--help") {
            print("usage: shoal-fuzz FILE|DIRECTORY...  (replays fuzz inputs; SHOAL_FUZZ_PRINT=1 prints their output)")
            exit(arguments.isEmpty ? 64 : 0)
        }
        for path in arguments.flatMap(files(under:)) {
            print(path)
            guard let bytes = readFileBytes(path) else {
                print("  cannot read \(path)")
                continue
            }
            bytes.withUnsafeBufferPointer { FuzzTarget.testOneInput($0.baseAddress, $0.count) }
        }
    }

    /// A file itself, or the files in a directory (recursively, sorted).
    static func files(under path: String) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, let names = DirectoryListing.names(path) else { return [path] }
        return names.sorted().flatMap { files(under: path + "/" + $0) }
    }
}

#endif
