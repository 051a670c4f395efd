// The fallback when this process may open no ICMP socket: one echo
// request through the system's ping program (iputils or busybox), as
// .NET's Ping class does on Linux. Its exit status says whether a reply
// came; its "time=" field gives the round trip.

import CShoal
import Glibc
import ShoalRuntime

enum SystemPing {
    /// The program could not ping at all (exit status 2), with what it said.
    struct Failure: Error {
        let message: String
    }

    /// The ping program: on PATH, or where distributions keep it for root.
    static func program(_ runspace: Runspace) -> String? {
        runspace.findExecutable("ping") ?? ["/usr/sbin/ping", "/sbin/ping"].first { access($0, X_OK) == 0 }
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
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        cshoal_spawn_add_closefrom(&actions, 3)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = ProcessEnvironment.withEnviron { posix_spawn(&child, program, &actions, nil, argv, $0) }
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
        let text = String(decoding: output, as: UTF8.self)
        // 1: no reply; 2 (or a signal): ping itself failed, and says why.
        if exited == 1 { return .timedOut }
        guard exited == 0 else {
            let reason = text.split(separator: "\n").last.map(String.init) ?? "ping exited with status \(exited)"
            throw Failure(message: reason)
        }
        var latency = 0
        if let field = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).first(where: { $0.hasPrefix("time=") }) {
            latency = Int(Double(field.dropFirst(5)) ?? 0)
        }
        return EchoReply(status: "Success", latency: latency, from: address)
    }
}
