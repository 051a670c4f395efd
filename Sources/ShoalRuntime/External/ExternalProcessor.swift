// External programs in a pipeline. Bytes pass untouched between programs:
// two programs side by side are joined by an OS pipe (`cat f | gzip`), and a
// program whose output is redirected to a file writes the file itself
// (`head -c 1000 /dev/urandom > r.bin`, `2> err.txt`). Only where a
// command or a variable receives a program's output is it decoded into
// lines. At the end of a pipeline headed for the console the program
// writes there directly. Objects from a command are written to a program's
// standard input as they come, while its output is read, so neither side
// can deadlock and nothing is held in memory. Every descriptor shoal opens
// is close-on-exec and each child is waited for, so nothing leaks.

import CShoal
import Glibc
import ShoalSyntax

/// A sink that writes to the process's own standard output; external
/// programs at the end of a pipeline may write there themselves.
public protocol DirectTerminalSink: AnyObject {
    /// False when the host captures output instead of printing it.
    var allowsDirectWrites: Bool { get }
}

final class ExternalProcessor: CommandProcessor {
    enum ErrorMode { case inherit, discard, mergeIntoOutput }
    let path: String
    let arguments: [String]
    let displayName: String
    let span: SourceSpan
    var errorMode: ErrorMode = .inherit
    var pid: pid_t = 0
    /// Where the child's standard output is read as lines, or -1.
    var outputDescriptor: Int32 = -1
    /// Where pipeline objects are written to the child, or -1.
    var inputDescriptor: Int32 = -1
    /// The next program, reading this one's output through an OS pipe.
    weak var pipedTo: ExternalProcessor?
    /// The program before, whose output this one reads directly.
    var pipedFrom: ExternalProcessor?
    /// The read end of the pipe from `pipedFrom`, until this child is started.
    var pipedInput: Int32 = -1
    var lineReader = LineReader()
    private var readBuffer: [UInt8] = []

    init(runspace: Runspace, path: String, arguments: [String], displayName: String, span: SourceSpan) {
        self.path = path
        self.arguments = arguments
        self.displayName = displayName
        self.span = span
        super.init(runspace: runspace)
    }

    var writesToTerminal: Bool {
        (output as? DirectTerminalSink)?.allowsDirectWrites == true && errorMode != .mergeIntoOutput
    }

    override func begin() throws {
        try start()
    }

    override func process(_ item: Value?) throws {
        guard let item, hasUpstream, pipedFrom == nil else { return }
        try writeInput(Array((Conversion.toString(item) + "\n").utf8))
    }

    override func end() throws {
        if inputDescriptor >= 0 {
            close(inputDescriptor)
            inputDescriptor = -1
        }
        // A program feeding another is waited for after the last one's
        // output is read: waiting first could block on a full pipe.
        if pipedTo != nil { return }
        if outputDescriptor >= 0 { try pumpOutput() }
        try pipedFrom?.finishPiped()
        try finish()
    }

    /// Waits for the child and records its exit status. With
    /// `$PSNativeCommandUseErrorActionPreference` a non-zero status is also
    /// an error that `$ErrorActionPreference` routes, as in pwsh 7.4.
    func finish() throws {
        let code = waitForExit()
        // Set before a stop is reported: after Ctrl-C, $LASTEXITCODE is 130.
        runspace.setLastExitCode(code)
        if code != 0 { runspace.commandFailed() }
        try runspace.checkStop()
        guard code != 0 else { return }
        guard let useErrorAction = runspace.variable("PSNativeCommandUseErrorActionPreference"),
              Conversion.toBool(useErrorAction) else { return }
        let record = ErrorRecord("Program \"\(displayName)\" ended with non-zero exit code: \(code).",
                                 exceptionType: "System.Management.Automation.NativeCommandExitException",
                                 errorId: "ProgramExitedWithNonZeroCode", category: .notSpecified, target: .string(path),
                                 span: span, commandName: displayName)
        try runspace.reportNonTerminatingError(record, action: runspace.preference("ErrorActionPreference", default: .continue),
                                               streams: streams, errorVariable: nil)
    }

    /// Waits for the programs feeding this one, first to last.
    func finishPiped() throws {
        try pipedFrom?.finishPiped()
        try finish()
    }

    override func dispose() {
        for descriptor in [outputDescriptor, inputDescriptor, pipedInput] where descriptor >= 0 { close(descriptor) }
        (outputDescriptor, inputDescriptor, pipedInput) = (-1, -1, -1)
        if pid > 0 {
            kill(pid, SIGTERM)
            let code = waitForExit()
            runspace.setLastExitCode(code)
            if code != 0 { runspace.commandFailed() }
        }
    }

    func start() throws {
        runspace.host.flushPendingOutput()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        SpawnSignals.apply(to: &attributes)
        // A job's programs in the shell get a process group of their own, so
        // Ctrl-C at the terminal (which signals the shell's group) never
        // reaches them, and one signal ends each with its children. In a job
        // worker they stay in the worker's group, which is the job's.
        let leadsGroup = runspace.options.isBackground && !ProcessGroupKeeper.nativesJoinCallerGroup
        if leadsGroup { cshoal_spawnattr_new_group(&attributes) }

        // Descriptors the parent closes once the child has its copies.
        var childEnds: [Int32] = []
        defer { for descriptor in childEnds { close(descriptor) } }
        var parentEnds: [Int32] = []
        func makePipe() throws -> (read: Int32, write: Int32) {
            var ends: [Int32] = [-1, -1]
            guard cshoal_pipe_cloexec(&ends) == 0 else {
                for descriptor in parentEnds { close(descriptor) }
                throw spawnError("cannot create a pipe")
            }
            return (ends[0], ends[1])
        }

        if pipedInput >= 0 {
            posix_spawn_file_actions_adddup2(&actions, pipedInput, 0)
            childEnds.append(pipedInput)
            pipedInput = -1
        } else if hasUpstream {
            let pipe = try makePipe()
            posix_spawn_file_actions_adddup2(&actions, pipe.read, 0)
            childEnds.append(pipe.read)
            parentEnds.append(pipe.write)
            inputDescriptor = pipe.write
        }
        var downstreamInput: Int32 = -1
        if pipedTo != nil {
            let pipe = try makePipe()
            posix_spawn_file_actions_adddup2(&actions, pipe.write, 1)
            childEnds.append(pipe.write)
            parentEnds.append(pipe.read)
            downstreamInput = pipe.read
        } else if let file = output as? FileSink {
            posix_spawn_file_actions_adddup2(&actions, file.descriptor, 1)
        } else if output is NullSink {
            // `> $null`: the output goes where nobody has to read it.
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else if !writesToTerminal {
            let pipe = try makePipe()
            posix_spawn_file_actions_adddup2(&actions, pipe.write, 1)
            childEnds.append(pipe.write)
            parentEnds.append(pipe.read)
            outputDescriptor = pipe.read
        }
        switch errorMode {
        case .inherit:
            if let file = streams[.error] as? FileSink { posix_spawn_file_actions_adddup2(&actions, file.descriptor, 2) }
        case .discard: posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        case .mergeIntoOutput: posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        cshoal_spawn_add_chdir(&actions, runspace.location)
        cshoal_spawn_add_closefrom(&actions, 3)
        let argv: [UnsafeMutablePointer<CChar>?] = ([displayName] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        let status = ProcessEnvironment.withEnviron { posix_spawn(&child, path, &actions, &attributes, argv, $0) }
        guard status == 0 else {
            for descriptor in parentEnds { close(descriptor) }
            (inputDescriptor, outputDescriptor) = (-1, -1)
            throw spawnError(String(cString: strerror(status)))
        }
        pid = child
        runspace.stopSignal.adopt(child, leadsGroup: leadsGroup)
        pipedTo?.pipedInput = downstreamInput
    }

    func spawnError(_ reason: String) -> ScriptError {
        ScriptError(ErrorRecord("An error occurred trying to start process '\(path)': \(reason).",
                                exceptionType: "System.ComponentModel.Win32Exception", errorId: "NativeCommandFailed",
                                category: .resourceUnavailable, span: span, commandName: displayName))
    }

    /// The last program of a chain joined by OS pipes: the one whose output
    /// shoal reads.
    var chainEnd: ExternalProcessor {
        var last = self
        while let next = last.pipedTo { last = next }
        return last
    }

    /// Writes bytes to the child's standard input. While the child does not
    /// take them, its output (or that of the chain it feeds) is read and
    /// passed on, so a program that writes as much as it reads never
    /// blocks the pipeline. A child that has closed its input gets no more.
    func writeInput(_ bytes: [UInt8]) throws {
        guard inputDescriptor >= 0 else { return }
        let reader = chainEnd
        var offset = 0
        while offset < bytes.count {
            var descriptors = [pollfd(fd: inputDescriptor, events: Int16(POLLOUT), revents: 0)]
            if reader.outputDescriptor >= 0 {
                descriptors.append(pollfd(fd: reader.outputDescriptor, events: Int16(POLLIN), revents: 0))
            }
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
                if errno == EINTR { try runspace.checkStop(); continue }
                break
            }
            if descriptors.count > 1, descriptors[1].revents != 0 {
                if try !reader.readOutputChunk() { reader.closeOutput() }
            }
            let ready = descriptors[0].revents
            if ready & Int16(POLLERR | POLLHUP) != 0 {
                closeInput()
                return
            }
            guard ready & Int16(POLLOUT) != 0 else { continue }
            // The pipe said it has room: this write takes at least one byte without blocking long.
            let chunk = min(bytes.count - offset, 4096)
            let written = bytes.withUnsafeBytes { Glibc.write(inputDescriptor, $0.baseAddress! + offset, chunk) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                closeInput()
                return
            }
            offset += written
            try runspace.checkStop()
        }
    }

    func closeInput() {
        if inputDescriptor >= 0 { close(inputDescriptor) }
        inputDescriptor = -1
    }

    func closeOutput() {
        if outputDescriptor >= 0 { close(outputDescriptor) }
        outputDescriptor = -1
    }

    /// Reads the child's output to its end, writing each line downstream as it comes.
    func pumpOutput() throws {
        while try readOutputChunk() {}
        if let last = lineReader.finish() { try output.write(.string(last)) }
        closeOutput()
    }

    /// Reads what the child has written and passes on its complete lines;
    /// false at the end of its output.
    func readOutputChunk() throws -> Bool {
        if readBuffer.isEmpty { readBuffer = [UInt8](repeating: 0, count: 65_536) }
        while true {
            let count = readBuffer.withUnsafeMutableBytes { read(outputDescriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { try runspace.checkStop(); continue }
                return false
            }
            if count == 0 { return false }
            try lineReader.add(readBuffer[0..<count]) { try output.write(.string($0)) }
            return true
        }
    }

    func waitForExit() -> Int32 {
        guard pid > 0 else { return 0 }
        var status: Int32 = 0
        // Where the shell itself does not stop on Ctrl-Z (at the prompt), a
        // program that did would never be resumed: it is continued at once.
        let resumesStopped = ExternalProcessor.shellIgnoresSuspend
        while true {
            if waitpid(pid, &status, resumesStopped ? WUNTRACED : 0) < 0 {
                if errno == EINTR { continue }
                runspace.stopSignal.release(pid)
                pid = 0
                return 1
            }
            guard resumesStopped, status & 0xff == 0x7f else { break }
            kill(pid, SIGCONT)
            runspace.host.writeDiagnostic("\nNo job control in shoal: the program goes on; use Start-Job or a trailing & for background work\n",
                                          kind: .warning)
        }
        runspace.stopSignal.release(pid)
        pid = 0
        let signal = status & 0x7f
        if signal == SIGINT, !runspace.options.isBackground { awaitInterruptOfCommand() }
        if signal != 0 { return 128 + signal }
        return (status >> 8) & 0xff
    }

    /// A foreground program that died of SIGINT most likely went with the
    /// user's Ctrl-C, which stops the whole command line; the shell's own
    /// SIGINT reaches the runspace from another thread (the interactive
    /// shell's watcher), which on a loaded machine can come after the next
    /// statement started. Waits a moment for it, so that `sleep 10; 'next'`
    /// stopped by Ctrl-C never runs 'next'; a program killed by someone
    /// else costs that moment and nothing more.
    private func awaitInterruptOfCommand() {
        for _ in 0..<50 where !runspace.stopSignal.isRequested { usleep(2_000) }
    }
}

extension ExternalProcessor {
    /// True when SIGTSTP does not stop shoal (the interactive shell handles it).
    static var shellIgnoresSuspend: Bool {
        var current = sigaction()
        guard sigaction(SIGTSTP, nil, &current) == 0 else { return false }
        return current.__sigaction_handler.sa_handler != nil
    }
}

/// Splits a program's output into lines: a line ends at LF, and a CR just
/// before the LF is dropped with it (text from Windows tools reads the same).
struct LineReader {
    private var pending: [UInt8] = []

    mutating func add(_ bytes: ArraySlice<UInt8>, emit: (String) throws -> Void) throws {
        pending.append(contentsOf: bytes)
        var start = pending.startIndex
        while let newline = pending[start...].firstIndex(of: 10) {
            var line = pending[start..<newline]
            if line.last == 13 { line = line.dropLast() }
            try emit(String(decoding: line, as: UTF8.self))
            start = newline + 1
        }
        pending.removeSubrange(pending.startIndex..<start)
    }

    /// The last line when the output did not end with a newline.
    mutating func finish() -> String? {
        guard !pending.isEmpty else { return nil }
        defer { pending.removeAll() }
        var line = pending[...]
        if line.last == 13 { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}

extension Runspace {
    func setLastExitCode(_ code: Int32) {
        globalScope.setLocal("lastexitcode", .int(Int(code)))
    }

    /// Finds an executable on PATH (cached until PATH changes).
    public func findExecutable(_ name: String) -> String? {
        if options.sandboxed { return nil }
        if name.contains("/") {
            let full = name.hasPrefix("/") ? name : location + "/" + name
            return access(full, X_OK) == 0 && !isDirectory(full) ? full : nil
        }
        let pathVariable = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        if pathVariable != caches.pathCacheKey {
            caches.pathCache.removeAll()
            caches.pathCacheKey = pathVariable
        }
        if let cached = caches.pathCache[name] { return cached }
        for directory in pathVariable.split(separator: ":") {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0, !isDirectory(candidate) {
                caches.pathCache[name] = candidate
                return candidate
            }
        }
        return nil
    }

    func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
