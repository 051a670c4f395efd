// The fallback when this process may open no ICMP socket: one echo
// request through the system's ping program (iputils or busybox), as
// .NET's Ping class does on Linux. Its exit status says whether a reply
// came; its "time=" field gives the round trip.

import CShoal
import Glibc
import ShoalRuntime

enum SystemPing {
    /// The ping program on PATH, if any.
    static var program: String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/sbin", "/sbin"] {
            let candidate = directory + "/ping"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    static func echo(_ program: String, to address: SocketAddress, payloadSize: Int, timeout: Double, runspace: Runspace) throws -> EchoReply {
        let seconds = max(1, Int(timeout.rounded(.up)))
        var arguments = [program, "-n", "-c", "1", "-W", String(seconds), "-s", String(payloadSize)]
        if address.isIPv6 { arguments.append("-6") }
        arguments.append(address.text)
        var pipe: [Int32] = [-1, -1]
        guard cshoal_pipe_cloexec(&pipe) == 0 else { return .timedOut }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, program, &actions, nil, argv, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned == 0 else { return .timedOut }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            if runspace.stopSignal.isRequested {
                kill(child, SIGKILL)
                var status: Int32 = 0
                waitpid(child, &status, 0)
                try runspace.checkStop()
            }
            var poller = pollfd(fd: pipe[0], events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 50) <= 0 { continue }
            let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
        guard exited == 0 else { return .timedOut }
        let text = String(decoding: output, as: UTF8.self)
        var latency = 0
        if let field = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).first(where: { $0.hasPrefix("time=") }) {
            latency = Int(Double(field.dropFirst(5)) ?? 0)
        }
        return EchoReply(status: "Success", latency: latency, from: address)
    }
}
