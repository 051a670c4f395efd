// Drives the real `shoal` binary through a pseudo-terminal, as a user at a
// terminal would: `setsid -c` makes the terminal its controlling one (so
// Ctrl-C sends SIGINT), a reader thread collects everything it prints, and
// `expect` waits (generously) for text to appear. Text is compared with the
// escape sequences and carriage returns taken out.

import Foundation
import Glibc
import Synchronization
import Testing

final class PseudoTerminal: Sendable {
    let master: Int32
    let pid: pid_t
    private let transcript = Transcript()
    /// Where the next `expect` starts looking.
    private let mark = Mutex(0)

    /// A temporary home (history and profile) shared by sessions that need to.
    final class Home: Sendable {
        let path: String
        init() {
            path = NSTemporaryDirectory() + "shoal-pty-\(getpid())-\(UUID().uuidString)"
            try? FileManager.default.createDirectory(atPath: path + "/state", withIntermediateDirectories: true)
            try? FileManager.default.createDirectory(atPath: path + "/config/shoal", withIntermediateDirectories: true)
        }
        var historyPath: String { path + "/state/shoal/history" }
        var profilePath: String { path + "/config/shoal/profile.ps1" }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    init(home: Home, arguments: [String] = [], columns: UInt16 = 100, directory: String? = nil) throws {
        // posix_openpt and friends are hidden from Swift's Glibc module;
        // these are the Linux ioctls behind them.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
              ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else {
            throw PseudoTerminalError.setup("/dev/ptmx")
        }
        let name = "/dev/pts/\(number)"
        var size = winsize(ws_row: 30, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw PseudoTerminalError.setup("open slave") }
        defer { close(slave) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ["/usr/bin/setsid", "-c", "/usr/bin/env", "-C", directory ?? "/tmp",
                    PseudoTerminal.shoal] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["XDG_STATE_HOME"] = home.path + "/state"
        environment["XDG_CONFIG_HOME"] = home.path + "/config"
        environment["HOME"] = home.path
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var child: pid_t = 0
        let cArgv = argv.map { strdup($0) } + [nil]
        let cEnvp = envp.map { strdup($0) } + [nil]
        defer { (cArgv + cEnvp).forEach { free($0) } }
        let status = posix_spawn(&child, argv[0], &actions, &attributes, cArgv, cEnvp)
        guard status == 0 else { throw PseudoTerminalError.setup("posix_spawn \(status)") }
        pid = child
        let fd = master
        let transcript = self.transcript
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(fd, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                transcript.bytes.withLock { $0.append(contentsOf: buffer[0..<count]) }
            }
        }
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// The `shoal` binary: `SHOAL_BINARY`, or the package's debug build.
    static let shoal: String = {
        if let override = ProcessInfo.processInfo.environment["SHOAL_BINARY"], !override.isEmpty { return override }
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent("shoal").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/shoal").path
    }()

    /// Types text (`\r` is Enter, `\u{3}` Ctrl-C, `\t` Tab, `\u{4}` Ctrl-D).
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Everything printed so far, without escape sequences and carriage returns.
    var text: String { PseudoTerminal.plain(transcript.bytes.withLock { $0 }) }

    static func plain(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                    index += 1
                    while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                }
                index += 1
                continue
            }
            if byte != UInt8(ascii: "\r"), byte != 0x07 { result.append(byte) }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Waits until `needle` appears after the last match; records an issue
    /// (with the transcript) if it does not within `timeout` seconds.
    @discardableResult
    func expect(_ needle: String, timeout: Double = 120, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let all = text
            let start = mark.withLock { $0 }
            let utf8 = Array(all.utf8)
            if start <= utf8.count {
                let tail = String(decoding: utf8[start...], as: UTF8.self)
                if let range = tail.range(of: needle) {
                    let consumed = tail[..<range.upperBound].utf8.count
                    mark.withLock { $0 = start + consumed }
                    return true
                }
            }
            usleep(20_000)
        }
        Issue.record("Timed out waiting for \(needle.debugDescription). Transcript:\n\(text)", sourceLocation: sourceLocation)
        return false
    }

    /// Waits for the process to end; returns its exit status.
    func waitForExit(timeout: Double = 120) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
            }
            usleep(20_000)
        }
        return nil
    }
}

/// The bytes read from the terminal, shared with the reader thread.
final class Transcript: Sendable {
    let bytes = Mutex<[UInt8]>([])
}

enum PseudoTerminalError: Error {
    case setup(String)
}
