// Test-Connection: ICMP echo requests (`-Count`, `-Delay`, `-BufferSize`,
// `-TimeoutSeconds`, `-Repeat`) or a TCP connect (`-TcpPort`), as objects
// or, with -Quiet, one Boolean per target. Names resolve within the
// timeout; one that does not is PowerShell's non-terminating
// TestConnectionException, or `False` with -Quiet.

import Glibc
import ShoalRuntime

public final class TestConnectionCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Test-Connection", synopsis: "Sends ICMP echo request packets, or pings, to one or more computers, or tests a TCP port.",
        parameters: [
            ParameterDescriptor("TargetName", type: "string[]", position: 0, mandatory: true, pipeline: true,
                                pipelineByPropertyName: true, aliases: ["ComputerName"]),
            ParameterDescriptor("Ping", type: "switch"),
            ParameterDescriptor("IPv4", type: "switch"),
            ParameterDescriptor("IPv6", type: "switch"),
            ParameterDescriptor("ResolveDestination", type: "switch"),
            ParameterDescriptor("Source", type: "string"),
            ParameterDescriptor("MaxHops", type: "int", aliases: ["Ttl", "TimeToLive", "Hops"]),
            ParameterDescriptor("Count", type: "int"),
            ParameterDescriptor("Delay", type: "int"),
            ParameterDescriptor("BufferSize", type: "int", aliases: ["Size", "Bytes", "BS"]),
            ParameterDescriptor("DontFragment", type: "switch"),
            ParameterDescriptor("Repeat", type: "switch", aliases: ["Continuous"]),
            ParameterDescriptor("Quiet", type: "switch"),
            ParameterDescriptor("Detailed", type: "switch"),
            ParameterDescriptor("TimeoutSeconds", type: "int"),
            ParameterDescriptor("MtuSize", type: "switch", aliases: ["MtuSizeDetect"]),
            ParameterDescriptor("Traceroute", type: "switch"),
            ParameterDescriptor("TcpPort", type: "int"),
        ])
    public init() {}

    /// Parameters that belong to the ping sets only.
    static let pingOnly = ["Ping", "BufferSize", "DontFragment", "MaxHops"]
    var count = 4
    var timeout = 5.0
    let source = HostIdentity.hostName
    private var sockets: [Int32: IcmpEcho] = [:]

    public func begin(_ context: CmdletContext) throws {
        try ParameterChecks.range("Count", 1, Double(Int32.max), in: context)
        try ParameterChecks.range("Delay", 1, Double(Int32.max), in: context)
        try ParameterChecks.range("TimeoutSeconds", 1, Double(Int32.max), in: context)
        try ParameterChecks.range("BufferSize", 0, 65_500, in: context)
        try ParameterChecks.range("MaxHops", 1, 128, in: context)
        try ParameterChecks.range("TcpPort", 0, 65_535, in: context)
        let modes = ["TcpPort", "Traceroute", "MtuSize"].filter(context.has)
        if modes.count > 1 || (!modes.isEmpty && Self.pingOnly.contains(where: context.has))
            || (context.has("Detailed") && !context.has("TcpPort")) || (context.has("Repeat") && modes.contains { $0 != "TcpPort" }) {
            throw context.ambiguousParameterSet()
        }
        if context.has("IPv4") && context.has("IPv6") { throw context.ambiguousParameterSet() }
        if let mode = modes.first, mode != "TcpPort" {
            throw context.terminatingError("Test-Connection -\(mode) is not supported by shoal yet; use the system's tracepath or ping -M do.",
                                           id: "NotSupported", category: .notImplemented,
                                           exceptionType: "System.NotSupportedException")
        }
        if context.has("Source") {
            throw context.terminatingError("Test-Connection -Source cannot be set: requests always leave from this computer.",
                                           id: "ParameterArgumentValidationError", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        timeout = Double(context.value("TimeoutSeconds").flatMap(StartSleepCommand.number) ?? 5)
        if context.flag("Repeat") {
            count = Int.max
        } else if let given = context.value("Count").flatMap(StartSleepCommand.number) {
            count = Int(given)
        } else if context.has("TcpPort") {
            count = 1
        }
    }

    public func process(_ context: CmdletContext) throws {
        for target in (context.value("TargetName")?.enumeratedItems ?? []).map(Conversion.toString) {
            try context.checkStopped()
            guard let (destination, address) = try resolve(target, context) else {
                if context.flag("Quiet") { try context.write(.bool(false)) }
                continue
            }
            if let port = context.value("TcpPort").flatMap(StartSleepCommand.number) {
                try testPort(Int(port), target: target, address: address, context)
            } else {
                try ping(destination, address: address, context)
            }
        }
    }

    /// The name to show and the address to test, or nil after reporting
    /// a name that does not resolve.
    private func resolve(_ target: String, _ context: CmdletContext) throws -> (String, SocketAddress)? {
        var reason = "Cannot resolve the target name."
        var candidates: [SocketAddress] = []
        do {
            candidates = try HostResolver.addresses(of: target, timeout: timeout, runspace: context.runspace)
            if context.flag("IPv4") || context.flag("IPv6") {
                let wanted = context.flag("IPv6") ? AF_INET6 : AF_INET
                candidates = candidates.filter { $0.family == wanted }
                if candidates.isEmpty { reason = "Target \(wanted == AF_INET6 ? "IPv6" : "IPv4") address absent." }
            }
        } catch is HostResolver.Failure {
            candidates = []
        }
        guard let address = candidates.first else {
            // -Quiet hides a name that does not resolve, not a missing address family.
            if !context.flag("Quiet") || reason.hasPrefix("Target") {
                try context.writeError(
                    "Testing connection to computer '\(target)' failed: \(reason)", id: "TestConnectionException",
                    category: .resourceUnavailable, target: .string(target),
                    exceptionType: "System.Net.NetworkInformation.PingException")
            }
            return nil
        }
        let isLiteral = SocketAddress(literal: target) != nil
        var destination = isLiteral ? address.text : target
        if context.flag("ResolveDestination") { destination = HostResolver.name(of: address) ?? destination }
        return (destination, address)
    }

    private func ping(_ destination: String, address: SocketAddress, _ context: CmdletContext) throws {
        let bufferSize = Int(context.value("BufferSize").flatMap(StartSleepCommand.number) ?? 32)
        let delay = Double(context.value("Delay").flatMap(StartSleepCommand.number) ?? 1)
        let quiet = context.flag("Quiet")
        var allReplied = true
        let echo = sockets[address.family] ?? IcmpEcho.open(family: address.family)
        if let echo { sockets[address.family] = echo }
        let program = echo == nil ? SystemPing.program(context.runspace) : nil
        if echo == nil && program == nil {
            try context.writeError(
                "Testing connection to computer '\(destination)' failed: this process may open no ICMP socket (see net.ipv4.ping_group_range) and no ping program was found.",
                id: "TestConnectionException", category: .resourceUnavailable, target: .string(destination),
                exceptionType: "System.Net.NetworkInformation.PingException")
            if quiet { try context.write(.bool(false)) }
            return
        }
        var sequence = 1
        while sequence <= count {
            let reply: EchoReply
            if let echo {
                reply = try echo.echo(to: address, sequence: UInt16(truncatingIfNeeded: sequence), payloadSize: bufferSize,
                                      timeout: timeout, runspace: context.runspace)
            } else {
                do {
                    reply = try SystemPing.echo(program!, to: address, payloadSize: bufferSize, timeout: timeout, runspace: context.runspace)
                } catch let failure as SystemPing.Failure {
                    try context.writeError(
                        "Testing connection to computer '\(destination)' failed: \(failure.message)", id: "TestConnectionException",
                        category: .resourceUnavailable, target: .string(destination),
                        exceptionType: "System.Net.NetworkInformation.PingException")
                    if quiet { try context.write(.bool(false)) }
                    return
                }
            }
            allReplied = allReplied && reply.status == "Success"
            if !quiet {
                try context.write(ConnectionResults.pingStatus(ping: sequence, source: source, destination: destination,
                                                               reply: reply, bufferSize: bufferSize))
            }
            if sequence < count { try context.runspace.sleep(seconds: delay) }
            sequence += 1
        }
        // PowerShell answers True only when every request got its reply.
        if quiet { try context.write(.bool(allReplied)) }
    }

    private func testPort(_ port: Int, target: String, address: SocketAddress, _ context: CmdletContext) throws {
        let delay = Double(context.value("Delay").flatMap(StartSleepCommand.number) ?? 1)
        guard context.flag("Detailed") else {
            // Without -Detailed, PowerShell answers after the first attempt.
            let outcome = try TcpProbe.connect(to: address.with(port: port), timeout: timeout, runspace: context.runspace)
            try context.write(.bool(outcome.connected))
            return
        }
        var attempt = 1
        while attempt <= count {
            let outcome = try TcpProbe.connect(to: address.with(port: port), timeout: timeout, runspace: context.runspace)
            try context.write(ConnectionResults.tcpPortStatus(id: attempt, source: source, target: target, address: address,
                                                              port: port, outcome: outcome))
            if attempt < count { try context.runspace.sleep(seconds: delay) }
            attempt += 1
        }
    }
}
