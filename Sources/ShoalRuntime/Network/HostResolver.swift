// Name to addresses, bounded by a timeout and by the pipeline's stop
// request. getaddrinfo cannot be interrupted, so it runs on a helper
// thread of its own; a caller that gives up leaves that thread to finish
// and drop its answer.

import Glibc
import Synchronization

/// Resolves host names with a timeout that Ctrl-C and Stop-Job cut short.
public enum HostResolver {
    public enum Failure: Error {
        /// The resolver answered that the name does not exist (or has no address).
        case notFound(String)
        /// No answer within the timeout.
        case timedOut
    }

    /// The addresses of `name` (a literal is its own address) in the
    /// resolver's order, as .NET's Dns.GetHostEntry lists them.
    public static func addresses(of name: String, timeout: Double, runspace: Runspace) throws -> [SocketAddress] {
        if let literal = SocketAddress(literal: name) { return [literal] }
        let answer = Mutex<Result<[SocketAddress], Failure>?>(nil)
        let lookupName = name
        guard startNativeThread(stackSize: 256 << 10, { answer.withLock { $0 = lookup(lookupName) } }) != nil else {
            return try lookup(name).get()
        }
        let deadline = MonotonicClock.seconds() + timeout
        while true {
            if let result = answer.withLock({ $0 }) { return try result.get() }
            try runspace.checkStop()
            if MonotonicClock.seconds() >= deadline { throw Failure.timedOut }
            var slice = timespec(tv_sec: 0, tv_nsec: 5_000_000)
            nanosleep(&slice, nil)
        }
    }

    /// The name an address resolves back to (-ResolveDestination), or nil.
    public static func name(of address: SocketAddress) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        let status = address.withSockaddr { getnameinfo($0, $1, &buffer, socklen_t(buffer.count), nil, 0, NI_NAMEREQD) }
        return status == 0 ? String(nulTerminated: buffer) : nil
    }

    private static func lookup(_ name: String) -> Result<[SocketAddress], Failure> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_ADDRCONFIG
        var list: UnsafeMutablePointer<addrinfo>?
        var status = getaddrinfo(name, nil, &hints, &list)
        if status == EAI_NONAME || status == -9 /* EAI_ADDRFAMILY */, hints.ai_flags != 0 {
            // A machine with no configured address (no network at all) still
            // resolves names from /etc/hosts, such as localhost.
            hints.ai_flags = 0
            status = getaddrinfo(name, nil, &hints, &list)
        }
        guard status == 0, let first = list else { return .failure(.notFound(String(cString: gai_strerror(status)))) }
        defer { freeaddrinfo(first) }
        var addresses: [SocketAddress] = []
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            if let pointer = current.pointee.ai_addr, let address = SocketAddress(copying: pointer, length: current.pointee.ai_addrlen),
               !addresses.contains(where: { $0.text == address.text }) {
                addresses.append(address)
            }
            entry = current.pointee.ai_next
        }
        return addresses.isEmpty ? .failure(.notFound("No address associated with hostname")) : .success(addresses)
    }
}
