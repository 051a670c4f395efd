// An IPv4 or IPv6 socket address: parsed from a literal, produced by the
// resolver, printed as .NET's IPAddress.ToString() prints it.

import Glibc

/// An IPv4 or IPv6 address (with a port when one is set).
public struct SocketAddress: Sendable {
    private(set) var storage = sockaddr_storage()
    public let length: socklen_t

    public var family: Int32 { Int32(storage.ss_family) }
    public var isIPv6: Bool { family == AF_INET6 }

    public init?(copying pointer: UnsafePointer<sockaddr>, length: socklen_t) {
        guard pointer.pointee.sa_family == sa_family_t(AF_INET) || pointer.pointee.sa_family == sa_family_t(AF_INET6),
              Int(length) <= MemoryLayout<sockaddr_storage>.size else { return nil }
        self.length = length
        withUnsafeMutableBytes(of: &storage) { target in
            target.copyMemory(from: UnsafeRawBufferPointer(start: pointer, count: Int(length)))
        }
    }

    /// An address written as an IPv4 or IPv6 literal, or nil.
    public init?(literal: String) {
        var v4 = sockaddr_in()
        if inet_pton(AF_INET, literal, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            let made = withUnsafePointer(to: &v4) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                SocketAddress(copying: $0, length: socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            guard let made else { return nil }
            self = made
            return
        }
        var v6 = sockaddr_in6()
        let bare = literal.hasPrefix("[") && literal.hasSuffix("]") ? String(literal.dropFirst().dropLast()) : literal
        guard inet_pton(AF_INET6, bare, &v6.sin6_addr) == 1 else { return nil }
        v6.sin6_family = sa_family_t(AF_INET6)
        let made = withUnsafePointer(to: &v6) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            SocketAddress(copying: $0, length: socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
        guard let made else { return nil }
        self = made
    }

    /// The address alone, as text (`127.0.0.1`, `::1`).
    public var text: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        var copy = storage
        let written: UnsafePointer<CChar>? = withUnsafeMutableBytes(of: &copy) { raw in
            if isIPv6 {
                let address = raw.baseAddress!.assumingMemoryBound(to: sockaddr_in6.self)
                return withUnsafePointer(to: &address.pointee.sin6_addr) { inet_ntop(AF_INET6, $0, &buffer, socklen_t(buffer.count)) }
            }
            let address = raw.baseAddress!.assumingMemoryBound(to: sockaddr_in.self)
            return withUnsafePointer(to: &address.pointee.sin_addr) { inet_ntop(AF_INET, $0, &buffer, socklen_t(buffer.count)) }
        }
        return written == nil ? "" : String(nulTerminated: buffer)
    }

    /// The same address with `port` set (for a TCP connect).
    public func with(port: Int) -> SocketAddress {
        var copy = self
        withUnsafeMutableBytes(of: &copy.storage) { raw in
            if isIPv6 {
                raw.baseAddress!.assumingMemoryBound(to: sockaddr_in6.self).pointee.sin6_port = in_port_t(UInt16(port).bigEndian)
            } else {
                raw.baseAddress!.assumingMemoryBound(to: sockaddr_in.self).pointee.sin_port = in_port_t(UInt16(port).bigEndian)
            }
        }
        return copy
    }

    /// Calls `body` with the address as a `sockaddr` pointer.
    public func withSockaddr<Result>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result {
        var copy = storage
        return withUnsafePointer(to: &copy) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) } }
    }
}
