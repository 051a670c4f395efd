// Writing to a file descriptor without losing bytes to short writes or
// signals. SIGPIPE is ignored in shoal, so a closed reader shows up here
// as EPIPE instead of killing the process.

import Glibc

public enum Descriptor {
    /// Writes every byte, retrying after signals; returns 0 or the errno that stopped it.
    @discardableResult
    public static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }
}
