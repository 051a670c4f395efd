// A real OpenSSH server on 127.0.0.1 for the remoting tests: a fresh host
// key, a client key authorised for the current user, an sshd_config that
// puts the built shoal on the sessions' PATH (and as the `shoal`
// subsystem), and an ssh config whose aliases h1, h2, h3 all reach it, so
// one server stands for three machines. The shell under test finds the
// config through SHOAL_SSH_COMMAND. The server runs in the foreground as
// the test's child and is stopped by `stop()`.

import Foundation
import Glibc

public final class LoopbackSSH: @unchecked Sendable {
    public let directory: URL
    public let port: Int
    private var server: ChildProcess?

    /// Why no server could start (sshd missing), or nil.
    public private(set) var unavailable: String?

    /// The far side's home (sshd's SetEnv): a bootstrap's cache goes here.
    public var remoteHome: String { directory.path + "/home" }

    /// A server whose sessions find `shoal` (the binary under test) on PATH.
    public init(shoal: String) {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shoal-ssh-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        port = LoopbackSSH.freePort()
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") else {
            unavailable = "openssh-server is not installed"
            return
        }
        // sshd running as root wants its privilege-separation directory.
        if getuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
        let path = directory.path
        try? FileManager.default.createDirectory(atPath: "\(path)/home", withIntermediateDirectories: true)
        for key in ["hostkey", "userkey", "otherkey"] {
            _ = try? ChildProcess("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", "\(path)/\(key)"]).wait(timeout: 20)
        }
        let user = String(cString: getpwuid(getuid()).pointee.pw_name)
        let shoalDirectory = URL(fileURLWithPath: shoal).deletingLastPathComponent().path
        write("authorized_keys", read("userkey.pub"))
        chmod("\(path)/authorized_keys", 0o600)
        write("sshd_config", """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(path)/hostkey
            PidFile \(path)/sshd.pid
            AuthorizedKeysFile \(path)/authorized_keys
            StrictModes no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            PermitRootLogin prohibit-password
            MaxStartups 100
            MaxSessions 100
            SetEnv PATH=\(shoalDirectory):/usr/local/bin:/usr/bin:/bin HOME=\(path)/home
            Subsystem shoal \(shoal) --remote

            """)
        write("known_hosts", "[127.0.0.1]:\(port) \(read("hostkey.pub"))")
        // `liar` is the same server, but known by another key: a changed host key.
        write("liar_known_hosts", "[127.0.0.1]:\(port) \(read("otherkey.pub"))")
        // ssh takes the first value it finds: `liar`'s own block comes first.
        write("ssh_config", """
            Host liar
              UserKnownHostsFile \(path)/liar_known_hosts
            Host h1 h2 h3 liar
              HostName 127.0.0.1
              Port \(port)
              User \(user)
              IdentityFile \(path)/userkey
              IdentitiesOnly yes
              UserKnownHostsFile \(path)/known_hosts
              StrictHostKeyChecking yes
              LogLevel ERROR
            Host refuses
              HostName 127.0.0.1
              Port 1
              User \(user)
              IdentityFile \(path)/userkey

            """)
        server = try? ChildProcess("/usr/sbin/sshd", ["-D", "-e", "-f", "\(path)/sshd_config"],
                                   standardError: open("\(path)/sshd.log", O_WRONLY | O_CREAT, 0o644))
        // Ready once it accepts a connection.
        for _ in 0..<200 where !accepts() { usleep(20_000) }
        if !accepts() { unavailable = "sshd did not start: \(read("sshd.log"))" }
    }

    /// What the shell under test needs to reach h1, h2, h3 (and liar, refuses).
    public var environment: [String: String] { ["SHOAL_SSH_COMMAND": "ssh -F \(directory.path)/ssh_config"] }

    /// Command lines of the processes this server's sessions run now
    /// (descendants of its sshd): what is left on the "far side".
    public func sessionProcesses() -> [String] {
        guard let root = server?.pid else { return [] }
        var parents: [Int32: Int32] = [:]
        var commands: [Int32: String] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, let parent = Int32(fields[1]) else { continue }
            parents[pid] = parent
            let command = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") ?? Data()
            commands[pid] = String(decoding: command.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
        }
        func descends(_ pid: Int32) -> Bool {
            var current = pid
            for _ in 0..<64 {
                guard let parent = parents[current] else { return false }
                if parent == root { return true }
                current = parent
            }
            return false
        }
        return parents.keys.filter(descends).compactMap { commands[$0] }
    }

    /// Stops sshd (once) and removes its directory: host key, config, logs.
    public func stop() {
        if let server {
            kill(server.pid, SIGTERM)
            _ = server.wait(timeout: 10)
            self.server = nil
        }
        try? FileManager.default.removeItem(at: directory)
    }

    // A test that fails before its `defer { stop() }` must not leave sshd running.
    deinit { stop() }

    /// A port on 127.0.0.1 that nothing listens on now, below Linux's
    /// ephemeral range (32768 and up), where outgoing connections' own
    /// ports once took the one picked ("Address already in use").
    private static func freePort() -> Int {
        for _ in 0..<100 {
            let candidate = Int.random(in: 20_000...32_000)
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(socket) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(candidate).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            if bound { return candidate }
        }
        return Int.random(in: 20_000...32_000)
    }

    private func accepts() -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    private func write(_ name: String, _ text: String) {
        try? text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func read(_ name: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }
}
