// One ssh connection to a remote shoal: the `ssh` process (in a process
// group of its own, registered with the group keeper, so it ends with the
// shell), the pipes to and from the far side's protocol, and its standard
// error, which says why a connection failed. Opening it waits for the far
// side's hello and checks that it speaks this shell's protocol.

import CShoal
import Glibc
import ShoalRuntime

final class RemoteConnection: Sendable {
    let target: SSHTarget
    let pid: pid_t
    private let toRemote: Int32
    private let fromRemote: Int32
    private let errorOutput: Int32
    let hello: RemoteHello
    private let state = ThreadLock<(closed: Bool, exitStatus: Int32?)>((false, nil))
    private let writeLock = ThreadLock(())

    /// Why a connection could not be opened or was lost.
    struct Failure: Error {
        let message: String
        /// The far side has no shoal, or another version: copying this one there would do.
        var bootstrapWouldHelp = false
    }

    private init(target: SSHTarget, pid: pid_t, toRemote: Int32, fromRemote: Int32, errorOutput: Int32, hello: RemoteHello) {
        self.target = target
        self.pid = pid
        self.toRemote = toRemote
        self.fromRemote = fromRemote
        self.errorOutput = errorOutput
        self.hello = hello
    }

    /// Starts ssh and waits for the far side's hello; with the target's
    /// `bootstrap`, a far side without this shoal gets it copied first.
    static func open(_ target: SSHTarget) throws(Failure) -> RemoteConnection {
        do {
            return try connect(target)
        } catch let failure {
            guard target.bootstrap, failure.bootstrapWouldHelp else { throw failure }
            try RemoteBootstrap.install(target)
            return try connect(target)
        }
    }

    private static func connect(_ target: SSHTarget) throws(Failure) -> RemoteConnection {
        var input: [Int32] = [-1, -1], output: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        guard cshoal_pipe_cloexec(&input) == 0, cshoal_pipe_cloexec(&output) == 0, cshoal_pipe_cloexec(&errors) == 0 else {
            throw Failure(message: "The ssh client could not be started: \(String(cString: strerror(errno))).")
        }
        guard let pid = spawnSSH(target.sshCommand.first ?? "ssh", target.sshArguments, input: input[0], output: output[1],
                                 errors: errors[1]) else {
            for descriptor in input + output + errors { Glibc.close(descriptor) }
            throw Failure(message: "The ssh client could not be started: is OpenSSH's ssh installed and on PATH?")
        }
        ProcessGroupKeeper.register(pid)
        Glibc.close(input[0])
        Glibc.close(output[1])
        Glibc.close(errors[1])
        let hello: RemoteHello?
        if let payload = FrameIO.readFrame(from: output[0]), case .hello(let said)? = try? WorkerMessage.decode(payload) {
            hello = said
        } else {
            hello = nil
        }
        guard let hello, hello.magic == RemoteHello.currentMagic, hello.protocolVersion == RemoteHello.currentProtocol else {
            Glibc.close(input[1])
            Glibc.close(output[0])
            kill(-pid, SIGTERM)
            let status = ProcessExecutor.reap(pid)
            ProcessGroupKeeper.end(pid)
            let said = RemoteConnection.drain(errors[0])
            Glibc.close(errors[0])
            let (message, missing) = RemoteConnection.describeFailure(target: target, hello: hello, status: status, sshSaid: said)
            throw Failure(message: message, bootstrapWouldHelp: missing)
        }
        return RemoteConnection(target: target, pid: pid, toRemote: input[1], fromRemote: output[0], errorOutput: errors[0],
                                hello: hello)
    }

    /// Sends a message; false when the connection is gone.
    func send(_ message: WorkerMessage) -> Bool {
        let bytes = message.encoded
        return writeLock.withLock { _ in FrameIO.write(bytes, to: toRemote) }
    }

    /// The next message from the far side; nil when the connection ended.
    func receive() -> WorkerMessage? {
        guard let payload = FrameIO.readFrame(from: fromRemote) else { return nil }
        return try? WorkerMessage.decode(payload)
    }

    /// Whether the connection has not been closed.
    var isUsable: Bool { state.withLock { !$0.closed } }

    /// Stops ssh (from any thread): the reader sees the connection end;
    /// `close` then releases it.
    func terminate() {
        // Under the lock: `close` cannot reap ssh (and free its pid) between the check and the signal.
        state.withLock { state in
            if !state.closed { ProcessExecutor.terminate(group: pid) }
        }
    }

    /// Ends the connection: the far side sees its input end, stops what it
    /// runs and exits; ssh is stopped too if it does not go.
    func close() {
        let first = state.withLock { state -> Bool in
            defer { state.closed = true }
            return !state.closed
        }
        guard first else { return }
        Glibc.close(toRemote)
        ProcessExecutor.terminate(group: pid)
        let status = ProcessExecutor.reap(pid)
        ProcessGroupKeeper.end(pid)
        state.withLock { $0.exitStatus = status }
        Glibc.close(fromRemote)
        Glibc.close(errorOutput)
    }

    /// Why the connection ended under a running command (after `receive` gave nil).
    func lostReason() -> String {
        let said = RemoteConnection.drain(errorOutput, waitForEnd: false)
        let detail = said.isEmpty ? "the connection closed" : said
        return "The connection to \(target.computerName) was lost: \(detail)."
    }

    // MARK: - Spawning and errors

    static func spawnSSH(_ program: String, _ arguments: [String], input: Int32, output: Int32, errors: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        cshoal_spawn_add_closefrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        SpawnSignals.apply(to: &attributes)
        // Its own group: Ctrl-C at the prompt is the shell's to handle, and a stop ends ssh alone.
        cshoal_spawnattr_new_group(&attributes)
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var environment: [UnsafeMutablePointer<CChar>?] = ProcessEnvironment.entries.map { strdup($0) } + [nil]
        defer { for pointer in environment { free(pointer) } }
        var pid = pid_t()
        return posix_spawnp(&pid, program, &actions, &attributes, argv, &environment) == 0 ? pid : nil
    }

    /// PowerShell's message for a computer it cannot open a session to.
    static func openFailureMessage(_ computer: String, _ reason: String) -> String {
        "Connecting to remote server \(computer) failed with the following error message : \(reason) For more information, see the about_Remote_Troubleshooting Help topic."
    }

    /// Why -ComputerName fails: it names a WinRM computer.
    static let winRMReason = "The shoal client cannot connect to the destination: -ComputerName names a WinRM computer, and shoal remotes over SSH only (use -HostName)."

    /// Text read from a descriptor until its end (at most 64 KB; with
    /// `waitForEnd` false, only what is there now).
    static func readText(_ descriptor: Int32, waitForEnd: Bool = true) -> String {
        if !waitForEnd {
            let flags = fcntl(descriptor, F_GETFL)
            _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 65_536 {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What ssh wrote to its standard error, as one line.
    private static func drain(_ descriptor: Int32, waitForEnd: Bool = true) -> String {
        let lines = readText(descriptor, waitForEnd: waitForEnd).split(whereSeparator: \.isNewline)
            .map { String($0).trimmingCharacters() }.filter { !$0.isEmpty && !$0.hasPrefix("Warning: Permanently added") }
        return lines.joined(separator: " ")
    }

    /// The message, and whether the far side lacks this shoal (bootstrap would help).
    private static func describeFailure(target: SSHTarget, hello: RemoteHello?, status: Int32, sshSaid: String) -> (String, Bool) {
        let offer = " Install it there, or copy this one there with -Bootstrap (or $ShoalRemoteBootstrap = $true)."
        if let hello {
            return ("\(target.computerName) runs shoal \(hello.shoalVersion) (remoting protocol \(hello.protocolVersion)); this shell is shoal \(ShoalVersion.string) (protocol \(RemoteHello.currentProtocol)).\(offer)", true)
        }
        if status & 0x7f != 0, sshSaid.isEmpty { return ("ssh was \(ProcessExecutor.describe(status)) before the remote shoal answered.", false) }
        let exitCode = (status >> 8) & 0xff
        if exitCode == 127 || sshSaid.contains("not found") {
            return ("shoal was not found on \(target.computerName) (\(sshSaid.isEmpty ? "exit status 127" : sshSaid)).\(offer)", true)
        }
        return (sshSaid.isEmpty ? "ssh exited with status \(exitCode) before the remote shoal answered." : sshSaid, false)
    }
}
