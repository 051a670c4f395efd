// ICMP echo over a socket of this process: the unprivileged "ping socket"
// (SOCK_DGRAM, allowed by net.ipv4.ping_group_range) when the system
// permits it, else a raw socket (root or CAP_NET_RAW). When neither opens,
// `IcmpEcho.open` returns nil and the caller falls back to the system's
// ping program, as .NET does on Linux.

import Glibc
import ShoalRuntime

/// The outcome of one echo request, in .NET's IPStatus names.
struct EchoReply {
    var status: String
    /// Round trip in whole milliseconds; 0 when there was no reply.
    var latency: Int
    var from: SocketAddress?

    static let timedOut = EchoReply(status: "TimedOut", latency: 0, from: nil)
}

final class IcmpEcho {
    let descriptor: Int32
    let isRaw: Bool
    let isIPv6: Bool
    /// Raw sockets see every ICMP packet, so requests carry an identifier
    /// of ours; a ping socket's identifier is set (and matched) by the kernel.
    let identifier = UInt16(truncatingIfNeeded: getpid()) ^ UInt16.random(in: 0...UInt16.max)

    private init(descriptor: Int32, isRaw: Bool, isIPv6: Bool) {
        self.descriptor = descriptor
        self.isRaw = isRaw
        self.isIPv6 = isIPv6
    }

    deinit { close(descriptor) }

    /// A socket for echo requests to `family`, or nil when this process
    /// may open neither kind.
    static func open(family: Int32) -> IcmpEcho? {
        let ipv6 = family == AF_INET6
        let proto = ipv6 ? Int32(IPPROTO_ICMPV6) : Int32(IPPROTO_ICMP)
        for (kind, raw) in [(SOCK_DGRAM, false), (SOCK_RAW, true)] {
            let descriptor = socket(family, Int32(kind.rawValue) | Int32(SOCK_CLOEXEC.rawValue), proto)
            if descriptor >= 0 { return IcmpEcho(descriptor: descriptor, isRaw: raw, isIPv6: ipv6) }
        }
        return nil
    }

    /// Sends one echo request and waits up to `timeout` seconds for its
    /// reply, giving up early when the pipeline is stopped.
    func echo(to address: SocketAddress, sequence: UInt16, payloadSize: Int, timeout: Double, runspace: Runspace) throws -> EchoReply {
        var packet: [UInt8] = [isIPv6 ? 128 : 8, 0, 0, 0,
                               UInt8(identifier >> 8), UInt8(identifier & 0xff), UInt8(sequence >> 8), UInt8(sequence & 0xff)]
        // The payload .NET sends: 'a' + i % 23.
        packet += (0..<payloadSize).map { UInt8(97 + $0 % 23) }
        if !isIPv6 {
            let sum = IcmpEcho.checksum(packet)
            packet[2] = UInt8(sum >> 8)
            packet[3] = UInt8(sum & 0xff)
        }
        let started = MonotonicClock.seconds()
        let sent = address.withSockaddr { pointer, length in
            packet.withUnsafeBytes { sendto(descriptor, $0.baseAddress, $0.count, 0, pointer, length) }
        }
        if sent < 0 {
            return EchoReply(status: errno == ENETUNREACH || errno == EHOSTUNREACH ? "DestinationHostUnreachable" : "TimedOut",
                             latency: 0, from: nil)
        }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            try runspace.checkStop()
            let remaining = timeout - (MonotonicClock.seconds() - started)
            if remaining <= 0 { return .timedOut }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 0.05) * 1000) + 1)
            if ready <= 0 { continue }
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let count = withUnsafeMutablePointer(to: &storage) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                    buffer.withUnsafeMutableBytes { recvfrom(descriptor, $0.baseAddress, $0.count, 0, address, &length) }
                }
            }
            if count <= 0 { continue }
            guard let status = match(Array(buffer[0..<count]), sequence: sequence) else { continue }
            let from = withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                SocketAddress(copying: $0, length: length) } }
            // A late reply to an earlier request (another target, same sequence) is not this one's.
            if status == "Success", from?.text != address.text { continue }
            let latency = status == "Success" ? Int((MonotonicClock.seconds() - started) * 1000) : 0
            return EchoReply(status: status, latency: latency, from: from)
        }
    }

    /// The status a received packet answers our request with, or nil when
    /// it is not about our request.
    private func match(_ bytes: [UInt8], sequence: UInt16) -> String? {
        // Raw IPv4 sockets deliver the IP header too.
        var icmp = bytes[...]
        if isRaw && !isIPv6 {
            guard let first = bytes.first else { return nil }
            icmp = bytes.dropFirst(Int(first & 0x0f) * 4)
        }
        guard icmp.count >= 8 else { return nil }
        let type = icmp[icmp.startIndex]
        let replyType: UInt8 = isIPv6 ? 129 : 0
        let unreachableType: UInt8 = isIPv6 ? 1 : 3
        if type == replyType {
            return carries(icmp, sequence: sequence) ? "Success" : nil
        }
        guard isRaw, type == unreachableType else { return nil }
        // The error quotes our request after its own 8-byte header
        // (and, for IPv4, the request's IP header).
        var quoted = icmp.dropFirst(8)
        if !isIPv6 {
            guard let first = quoted.first else { return nil }
            quoted = quoted.dropFirst(Int(first & 0x0f) * 4)
        } else {
            quoted = quoted.dropFirst(40)
        }
        return quoted.count >= 8 && carries(quoted, sequence: sequence) ? "DestinationHostUnreachable" : nil
    }

    private func carries(_ header: ArraySlice<UInt8>, sequence: UInt16) -> Bool {
        let start = header.startIndex
        let receivedSequence = UInt16(header[start + 6]) << 8 | UInt16(header[start + 7])
        guard receivedSequence == sequence else { return false }
        if !isRaw { return true }
        return (UInt16(header[start + 4]) << 8 | UInt16(header[start + 5])) == identifier
    }

    static func checksum(_ bytes: [UInt8]) -> UInt16 {
        var sum: UInt32 = 0
        var index = 0
        while index + 1 < bytes.count {
            sum += UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
            index += 2
        }
        if index < bytes.count { sum += UInt32(bytes[index]) << 8 }
        while sum >> 16 != 0 { sum = (sum & 0xffff) + (sum >> 16) }
        return ~UInt16(sum)
    }
}
