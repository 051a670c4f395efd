// External programs in a pipeline. At the end of a pipeline whose output
// goes to the terminal the program writes there directly; otherwise its
// standard output is read as lines of text. Pipeline input is written to
// its standard input from a helper thread, so a program that reads and
// writes at once cannot deadlock. Every descriptor shoal opens is
// close-on-exec and each child is waited for, so nothing leaks.

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
    var outputDescriptor: Int32 = -1
    var pendingInput: [String] = []
    var started = false

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
        if !hasUpstream { try start(input: nil) }
    }

    override func process(_ item: Value?) throws {
        if let item, hasUpstream { pendingInput.append(Conversion.toString(item)) }
    }

    override func end() throws {
        if !started { try start(input: pendingInput) }
        if outputDescriptor >= 0 { try pumpOutput() }
        let code = waitForExit()
        try runspace.checkStop()
        runspace.setLastExitCode(code)
        if code != 0 { runspace.lastCommandSucceeded = false }
    }

    override func dispose() {
        if outputDescriptor >= 0 {
            close(outputDescriptor)
            outputDescriptor = -1
        }
        if pid > 0 {
            kill(pid, SIGTERM)
            _ = waitForExit()
        }
    }

    func start(input: [String]?) throws {
        started = true
        runspace.host.flushPendingOutput()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGHUP] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        // A job's programs get a process group of their own, so Ctrl-C at
        // the terminal (which signals the shell's group) never reaches them.
        if runspace.isBackground { cshoal_spawnattr_new_group(&attributes) }

        var inputPipe: [Int32] = [-1, -1]
        var outputPipe: [Int32] = [-1, -1]
        if input != nil {
            guard cshoal_pipe_cloexec(&inputPipe) == 0 else { throw spawnError("cannot create a pipe") }
            posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        }
        if !writesToTerminal {
            guard cshoal_pipe_cloexec(&outputPipe) == 0 else { throw spawnError("cannot create a pipe") }
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        }
        switch errorMode {
        case .inherit: break
        case .discard: posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        case .mergeIntoOutput: posix_spawn_file_actions_adddup2(&actions, outputPipe[1] >= 0 ? outputPipe[1] : 1, 2)
        }
        cshoal_spawn_add_chdir(&actions, runspace.location)
        cshoal_spawn_add_closefrom(&actions, 3)
        let argv: [UnsafeMutablePointer<CChar>?] = ([displayName] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        let status = posix_spawn(&child, path, &actions, &attributes, argv, environ)
        if inputPipe[0] >= 0 { close(inputPipe[0]) }
        if outputPipe[1] >= 0 { close(outputPipe[1]) }
        guard status == 0 else {
            if inputPipe[1] >= 0 { close(inputPipe[1]) }
            if outputPipe[0] >= 0 { close(outputPipe[0]) }
            throw spawnError(String(cString: strerror(status)))
        }
        pid = child
        runspace.stopSignal.adopt(child)
        outputDescriptor = outputPipe[0]
        if let input {
            let descriptor = inputPipe[1]
            let lines = input
            startNativeThread(stackSize: 256 << 10) {
                for line in lines {
                    let bytes = Array((line + "\n").utf8)
                    var offset = 0
                    while offset < bytes.count {
                        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
                        if written < 0 {
                            if errno == EINTR { continue }
                            close(descriptor)
                            return
                        }
                        offset += written
                    }
                }
                close(descriptor)
            }
        }
    }

    func spawnError(_ reason: String) -> ScriptError {
        ScriptError(ErrorRecord("An error occurred trying to start process '\(path)': \(reason).",
                                exceptionType: "System.ComponentModel.Win32Exception", errorId: "NativeCommandFailed",
                                category: "ResourceUnavailable", span: span, commandName: displayName))
    }

    /// Reads the child's output and writes each line downstream as it comes.
    func pumpOutput() throws {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        func emit(_ bytes: ArraySlice<UInt8>) throws {
            var line = bytes
            if line.last == 13 { line = line.dropLast() }
            try output.write(.string(String(decoding: line, as: UTF8.self)))
        }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(outputDescriptor, $0.baseAddress, 65_536) }
            if count < 0 {
                if errno == EINTR { try runspace.checkStop(); continue }
                break
            }
            if count == 0 { break }
            pending.append(contentsOf: buffer[0..<count])
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 10) {
                try emit(pending[start..<newline])
                start = newline + 1
            }
            pending.removeSubrange(pending.startIndex..<start)
        }
        if !pending.isEmpty { try emit(pending[...]) }
        close(outputDescriptor)
        outputDescriptor = -1
    }

    func waitForExit() -> Int32 {
        guard pid > 0 else { return 0 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR {
                runspace.stopSignal.release(pid)
                pid = 0
                return 1
            }
        }
        runspace.stopSignal.release(pid)
        pid = 0
        let signal = status & 0x7f
        if signal != 0 { return 128 + signal }
        return (status >> 8) & 0xff
    }
}

extension Runspace {
    func setLastExitCode(_ code: Int32) {
        globalScope.setLocal("lastexitcode", .int(Int(code)))
    }

    /// Finds an executable on PATH (cached until PATH changes).
    public func findExecutable(_ name: String) -> String? {
        if name.contains("/") {
            let full = name.hasPrefix("/") ? name : location + "/" + name
            return access(full, X_OK) == 0 && !isDirectory(full) ? full : nil
        }
        let pathVariable = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        if pathVariable != pathCacheKey {
            pathCache.removeAll()
            pathCacheKey = pathVariable
        }
        if let cached = pathCache[name] { return cached }
        for directory in pathVariable.split(separator: ":") {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0, !isDirectory(candidate) {
                pathCache[name] = candidate
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
