// What Test-Connection writes: PingStatus and TcpPortStatus objects with
// PowerShell's property names, and their table views (PowerShellCore's
// format data: grouped by Destination / Target, `*` for a timed-out reply).

import ShoalRuntime

enum ConnectionResults {
    static let pingStatusType = "Microsoft.PowerShell.Commands.TestConnectionCommand+PingStatus"
    static let tcpPortStatusType = "Microsoft.PowerShell.Commands.TestConnectionCommand+TcpPortStatus"

    /// One echo request's result.
    static func pingStatus(ping: Int, source: String, destination: String, reply: EchoReply, bufferSize: Int) -> Value {
        let object = PSObject(typeName: pingStatusType)
        let address: Value = reply.status == "Success" ? .string(reply.from?.text ?? "") : .null
        object.set("Ping", .int(ping))
        object.set("Source", .string(source))
        object.set("Destination", .string(destination))
        object.set("Address", address)
        object.set("DisplayAddress", address.isNull ? .string("*") : address)
        object.set("Latency", .int(reply.latency))
        object.set("Status", .string(reply.status))
        object.set("BufferSize", .int(bufferSize))
        let pingReply = PSObject(typeName: "System.Net.NetworkInformation.PingReply")
        pingReply.set("Status", .string(reply.status))
        pingReply.set("Address", address)
        pingReply.set("RoundtripTime", .int(reply.latency))
        object.set("Reply", .object(pingReply))
        return .object(object)
    }

    /// One TCP connection attempt's result (`-TcpPort -Detailed`).
    static func tcpPortStatus(id: Int, source: String, target: String, address: SocketAddress, port: Int,
                              outcome: TcpProbe.Outcome) -> Value {
        let object = PSObject(typeName: tcpPortStatusType)
        object.set("Id", .int(id))
        object.set("Source", .string(source))
        object.set("Target", .string(target))
        object.set("TargetAddress", .string(address.text))
        object.set("Port", .int(port))
        object.set("Latency", .int(outcome.latency))
        object.set("Connected", .bool(outcome.connected))
        object.set("Status", .string(outcome.status))
        return .object(object)
    }

    static func registerViews(into registry: CommandRegistry) {
        let timedOutStar: @Sendable (String) -> @Sendable (Value) -> Value = { name in
            { status in
                if Conversion.toString(OutputFormatter.propertyValue(of: status, named: "Status") ?? .null) == "TimedOut" {
                    return .string("*")
                }
                return OutputFormatter.propertyValue(of: status, named: name) ?? .null
            }
        }
        registry.registerTable(typeName: pingStatusType, columns: [
            FormatViewColumn("Ping", width: 4, alignment: .right),
            FormatViewColumn("Source", width: 16),
            FormatViewColumn("Address", property: "DisplayAddress", width: 25),
            FormatViewColumn("Latency(ms)", width: 7, alignment: .right, value: timedOutStar("Latency")),
            FormatViewColumn("BufferSize(B)", width: 10, alignment: .right, value: timedOutStar("BufferSize")),
            FormatViewColumn("Status", width: 16),
        ], groupBy: FormatViewColumn("Destination"))
        registry.registerTable(typeName: tcpPortStatusType, columns: [
            FormatViewColumn("Id", width: 4, alignment: .right),
            FormatViewColumn("Source", width: 16),
            FormatViewColumn("Address", property: "TargetAddress", width: 25),
            FormatViewColumn("Port", width: 7, alignment: .right),
            FormatViewColumn("Latency(ms)", property: "Latency", width: 7, alignment: .right),
            FormatViewColumn("Connected", width: 10),
            FormatViewColumn("Status", width: 24),
        ], groupBy: FormatViewColumn("Target"))
    }
}
