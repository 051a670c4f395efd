// Bootstrap: when the far side has no shoal (or another version), and the
// user asked for it (-Bootstrap, or $ShoalRemoteBootstrap = $true), this
// shoal copies its own binary over the same ssh to
// `~/.cache/shoal/<version>-<size>-<mtime>/shoal` there (the build, not
// just the version: two builds of one version are two binaries), checks its SHA-256 against the
// local binary's before putting it in place, and connects again. Only when
// the far side's `uname -sm` is this machine's: a binary for another
// system or processor would not run. Never without being asked. Every
// connection prefers that cached shoal of its own version (see
// `launchCommand`), so one bootstrap serves later connections too.

import CShoal
import Glibc
import ShoalRuntime

enum RemoteBootstrap {
    /// Where the far side keeps this build's shoal (the shell expands $HOME there).
    static let cachedDirectory = "$HOME/.cache/shoal/\(buildKey)"

    /// This binary's version, size and modification time.
    static let buildKey: String = {
        var info = stat()
        guard stat(ShoalExecutable.path, &info) == 0 else { return ShoalVersion.string }
        return "\(ShoalVersion.string)-\(info.st_size)-\(info.st_mtim.tv_sec)"
    }()

    /// What ssh runs on the far side: the cached shoal of this version if
    /// it is there, else `remoteCommand` (`shoal` on PATH, or $ShoalRemoteCommand).
    static func launchCommand(_ remoteCommand: String) -> String {
        // $ShoalRemoteCommand is shell text on the far side, as GIT_SSH_COMMAND is here.
        let argument = RemoteServer.argument
        return "p=\"\(cachedDirectory)/shoal\"; if [ -x \"$p\" ]; then exec \"$p\" \(argument); fi; exec \(remoteCommand) \(argument)"
    }

    /// Copies this shoal to `target`; throws why it could not.
    static func install(_ target: SSHTarget) throws(RemoteConnection.Failure) {
        let platform = try run(target, "uname -sm", input: nil).trimmingCharacters()
        guard platform == RemoteHello.localPlatform else {
            throw RemoteConnection.Failure(message: "shoal cannot bootstrap \(target.computerName): it runs \(platform.isEmpty ? "an unknown system" : platform), and this shoal is built for \(RemoteHello.localPlatform).")
        }
        let binary = ShoalExecutable.path
        guard let hash = sha256(of: binary) else {
            throw RemoteConnection.Failure(message: "shoal cannot read its own binary \(binary) to bootstrap \(target.computerName).")
        }
        let descriptor = open(binary, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw RemoteConnection.Failure(message: "shoal cannot read its own binary \(binary) to bootstrap \(target.computerName).")
        }
        defer { close(descriptor) }
        // Written aside, checked, then moved into place: a half-copied binary is never run.
        let script = """
            umask 022; d="\(cachedDirectory)"; mkdir -p "$d" && cat > "$d/shoal.part" && \
            [ "$(sha256sum "$d/shoal.part" | cut -d' ' -f1)" = \(hash) ] && chmod 755 "$d/shoal.part" && \
            mv -f "$d/shoal.part" "$d/shoal" && echo installed || { rm -f "$d/shoal.part"; echo 'checksum mismatch' >&2; exit 1; }
            """
        let said = try run(target, script, input: descriptor)
        guard said.contains("installed") else {
            throw RemoteConnection.Failure(message: "shoal could not bootstrap \(target.computerName): \(said.isEmpty ? "the copy failed" : said)")
        }
    }

    /// Runs `command` on the far side; its standard output, or throws with ssh's error.
    private static func run(_ target: SSHTarget, _ command: String, input: Int32?) throws(RemoteConnection.Failure) -> String {
        var arguments = target.sshArguments
        // The command replaces the remote shoal's launch (the last argument).
        arguments[arguments.count - 1] = command
        if target.subsystem != nil {
            throw RemoteConnection.Failure(message: "shoal cannot bootstrap through a subsystem (-Subsystem): install shoal on \(target.computerName) for it.")
        }
        var output: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        guard cshoal_pipe_cloexec(&output) == 0, cshoal_pipe_cloexec(&errors) == 0 else {
            throw RemoteConnection.Failure(message: "ssh could not be started.")
        }
        let null = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { if null >= 0 { close(null) } }
        guard let pid = RemoteConnection.spawnSSH(target.sshCommand.first ?? "ssh", arguments, input: input ?? null,
                                                  output: output[1], errors: errors[1]) else {
            for descriptor in output + errors { close(descriptor) }
            throw RemoteConnection.Failure(message: "ssh could not be started.")
        }
        close(output[1])
        close(errors[1])
        let said = RemoteConnection.readText(output[0]).trimmingCharacters()
        let complaint = RemoteConnection.readText(errors[0]).trimmingCharacters()
        close(output[0])
        close(errors[0])
        let status = ProcessExecutor.reap(pid)
        guard status == 0 || !said.isEmpty else {
            throw RemoteConnection.Failure(message: complaint.isEmpty ? "ssh failed with status \((status >> 8) & 0xff)." : complaint)
        }
        return said + complaint
    }

    static func sha256(of path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var digest = MessageDigest(.sha256)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { break }
            buffer.withUnsafeBytes { digest.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        return digest.finish().map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
