// Reading and writing length-prefixed frames on a file descriptor.

import Glibc
import ShoalRuntime

enum FrameIO {
    /// Writes all bytes; false if the other end is gone.
    @discardableResult
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        Descriptor.writeAll(descriptor, bytes) == 0
    }

    /// Reads exactly `count` bytes, or nil at end of file.
    static func read(_ count: Int, from descriptor: Int32) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + offset, count - offset) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { return nil }
            offset += got
        }
        return buffer
    }

    /// Reads one frame's payload, or nil at end of file.
    static func readFrame(from descriptor: Int32) -> [UInt8]? {
        guard let header = read(4, from: descriptor) else { return nil }
        let length = Int(header[0]) | Int(header[1]) << 8 | Int(header[2]) << 16 | Int(header[3]) << 24
        guard length >= 0, length < 1 << 30 else { return nil }
        if length == 0 { return [] }
        return read(length, from: descriptor)
    }
}
