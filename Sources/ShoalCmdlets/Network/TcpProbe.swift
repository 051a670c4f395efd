// One TCP connection attempt with a timeout, the test behind
// `Test-Connection -TcpPort`: a non-blocking connect, waited for in short
// slices so that Ctrl-C and Stop-Job end it at once. The outcome is named
// as .NET's SocketError names it.

import Glibc
import ShoalRuntime

enum TcpProbe {
    struct Outcome {
        var status: String
        /// Milliseconds to connect; 0 when it failed.
        var latency: Int
        var connected: Bool { status == "Success" }
    }

    static func connect(to address: SocketAddress, timeout: Double, runspace: Runspace) throws -> Outcome {
        let descriptor = socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return Outcome(status: socketError(errno), latency: 0) }
        defer { close(descriptor) }
        let started = MonotonicClock.seconds()
        let result = address.withSockaddr { Glibc.connect(descriptor, $0, $1) }
        if result != 0 && errno != EINPROGRESS { return Outcome(status: socketError(errno), latency: 0) }
        if result != 0 {
            while true {
                try runspace.checkStop()
                let remaining = timeout - (MonotonicClock.seconds() - started)
                if remaining <= 0 { return Outcome(status: "TimedOut", latency: 0) }
                var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                if poll(&poller, 1, Int32(min(remaining, 0.05) * 1000) + 1) > 0 { break }
            }
            var failure: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &failure, &length)
            if failure != 0 { return Outcome(status: socketError(failure), latency: 0) }
        }
        return Outcome(status: "Success", latency: Int((MonotonicClock.seconds() - started) * 1000))
    }

    /// .NET's SocketError name for an errno.
    static func socketError(_ code: Int32) -> String {
        switch code {
        case ECONNREFUSED: return "ConnectionRefused"
        case ETIMEDOUT: return "TimedOut"
        case EHOSTUNREACH: return "HostUnreachable"
        case ENETUNREACH: return "NetworkUnreachable"
        case ENETDOWN: return "NetworkDown"
        case ECONNRESET: return "ConnectionReset"
        case EACCES, EPERM: return "AccessDenied"
        case EADDRNOTAVAIL: return "AddressNotAvailable"
        case EAFNOSUPPORT: return "AddressFamilyNotSupported"
        default: return "SocketError"
        }
    }
}
