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
                                pipelineByPropertyName: true, aliases: ["ComputerName"],
                                help: "The computers to test, as names or IP addresses; a name that does not resolve is an error (False with -Quiet)."),
            ParameterDescriptor("Ping", type: "switch", help: "Sends ICMP echo requests (the default test)."),
            ParameterDescriptor("IPv4", type: "switch", help: "Tests the target's IPv4 address only."),
            ParameterDescriptor("IPv6", type: "switch", help: "Tests the target's IPv6 address only."),
            ParameterDescriptor("ResolveDestination", type: "switch", help: "Shows the name the address resolves back to as the Destination."),
            ParameterDescriptor("Source", type: "string", help: "Refused: the requests always leave from this computer."),
            ParameterDescriptor("MaxHops", type: "int", aliases: ["Ttl", "TimeToLive", "Hops"],
                                help: "Accepted (1 to 128) but not applied yet: the requests use the system's time to live."),
            ParameterDescriptor("Count", type: "int", help: "How many echo requests to send (4 by default); with -TcpPort -Detailed, how many connections to try."),
            ParameterDescriptor("Delay", type: "int", help: "Seconds between requests (1 by default)."),
            ParameterDescriptor("BufferSize", type: "int", aliases: ["Size", "Bytes", "BS"], help: "Bytes of data in each echo request (32 by default)."),
            ParameterDescriptor("DontFragment", type: "switch", help: "Accepted but not applied yet."),
            ParameterDescriptor("Repeat", type: "switch", aliases: ["Continuous"], help: "Keeps testing until Ctrl-C."),
            ParameterDescriptor("Quiet", type: "switch",
                                help: "Writes only True or False per target: whether every request got a reply, or whether the port accepted the connection."),
            ParameterDescriptor("Detailed", type: "switch", help: "With -TcpPort, writes an object per attempt (source, target, address, port, status) instead of True or False."),
            ParameterDescriptor("TimeoutSeconds", type: "int", help: "How long to wait for each reply or connection, in seconds (5 by default)."),
            ParameterDescriptor("MtuSize", type: "switch", aliases: ["MtuSizeDetect"], help: "Not supported yet: an error suggests ping -M do."),
            ParameterDescriptor("Traceroute", type: "switch", help: "Not supported yet: an error suggests the system's tracepath."),
            ParameterDescriptor("TcpPort", type: "int", help: "Tests whether a TCP connection to this port succeeds, and writes True or False."),
        ],
        description: "Pings computers with ICMP echo requests and writes a result per reply (True or False with -Quiet), or with -TcpPort tests whether a TCP port accepts connections.",
        examples: [
            HelpExample("Check which ports of a host are open",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-testconnection-1'\n$null = New-Item -ItemType Directory -Force $dir\n# Two local ports for the example: one listening (web), one that refuses connections (db)\nSet-Content \"$dir/listen.py\" @'\nimport socket, time\nweb = socket.socket(); web.bind(('127.0.0.1', 0)); web.listen()\ndb = socket.socket(); db.bind(('127.0.0.1', 0))\nprint(web.getsockname()[1], db.getsockname()[1], flush=True)\ntime.sleep(30)\n'@\n$listener = Start-Process /usr/bin/python3 \"$dir/listen.py\" -RedirectStandardOutput \"$dir/ports.txt\" -PassThru\nwhile (-not $listener.HasExited -and -not (Get-Content \"$dir/ports.txt\" -ErrorAction Ignore)) { Start-Sleep -Milliseconds 20 }\n$web, $db = (Get-Content \"$dir/ports.txt\") -split ' '\n\n[pscustomobject]@{ Service = 'web'; Open = Test-Connection 127.0.0.1 -TcpPort $web }\n[pscustomobject]@{ Service = 'db'; Open = Test-Connection 127.0.0.1 -TcpPort $db }\n\n$listener | Stop-Process\n$listener.WaitForExit()\nRemove-Item -Recurse $dir",
                        output: "\nService Open\n------- ----\nweb     True\ndb      False\n\n",
                        remarks: "With -TcpPort, Test-Connection answers True or False; -Detailed writes an object per attempt instead."),
            HelpExample("Wait until a service accepts connections",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-testconnection-2'\n$null = New-Item -ItemType Directory -Force $dir\n# A local service for the example that takes a moment to start listening\nSet-Content \"$dir/service.py\" @'\nimport socket, time\ns = socket.socket(); s.bind(('127.0.0.1', 0))\nprint(s.getsockname()[1], flush=True)\ntime.sleep(0.3); s.listen()\ntime.sleep(30)\n'@\n$service = Start-Process /usr/bin/python3 \"$dir/service.py\" -RedirectStandardOutput \"$dir/port.txt\" -PassThru\nwhile (-not $service.HasExited -and -not (Get-Content \"$dir/port.txt\" -ErrorAction Ignore)) { Start-Sleep -Milliseconds 20 }\n$port = Get-Content \"$dir/port.txt\"\n\n$deadline = (Get-Date).AddSeconds(30)\nwhile (-not (Test-Connection 127.0.0.1 -TcpPort $port -TimeoutSeconds 1)) {\n    if ((Get-Date) -gt $deadline) { throw 'the service did not start' }\n    Start-Sleep -Milliseconds 100\n}\n'the service is up'\n\n$service | Stop-Process\n$service.WaitForExit()\nRemove-Item -Recurse $dir",
                        output: "the service is up\n",
                        remarks: "Without -Quiet or -Detailed, -TcpPort tries once and answers True or False, so it fits in a loop."),
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
