// Files and directories between a shell and a remote shoal (Copy-Item
// -ToSession/-FromSession): the sender walks a tree and emits an entry per
// file or directory (with its permission bits) and a file's bytes in
// chunks; the receiver, on either side, places them as Copy-Item places a
// local copy: into the destination directory under the source's name, or
// as the destination itself. Streamed: no file is ever held whole.

import Glibc
import ShoalRuntime

enum TreeSender {
    /// Bytes per data message.
    static let chunk = 256 << 10

    /// Sends `path` (a file, or a directory and, with `recurse`, what is in
    /// it); `emit` returns false when the connection is gone. The first
    /// failure's text, or nil.
    static func send(_ path: String, recurse: Bool, emit: (WorkerMessage) -> Bool) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 || stat(path, &info) == 0 else { return "Cannot find path '\(path)' because it does not exist." }
        return send(path, relative: "", info: info, recurse: recurse, emit: emit)
    }

    private static func send(_ path: String, relative: String, info: stat, recurse: Bool,
                             emit: (WorkerMessage) -> Bool) -> String? {
        let mode = Int(info.st_mode & 0o7777)
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard emit(.putEntry(relative: relative, isDirectory: true, mode: mode)) else { return "The connection was lost." }
            guard recurse || relative.isEmpty, let entries = try? listDirectory(path) else { return nil }
            // A directory without -Recurse is copied empty, as locally.
            guard recurse else { return nil }
            for name in entries {
                let child = path + "/" + name
                var childInfo = stat()
                guard stat(child, &childInfo) == 0 else { continue }
                if let failure = send(child, relative: relative.isEmpty ? name : relative + "/" + name, info: childInfo,
                                      recurse: recurse, emit: emit) { return failure }
            }
            return nil
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return "Cannot read '\(path)': \(String(cString: strerror(errno)))." }
        defer { close(descriptor) }
        guard emit(.putEntry(relative: relative, isDirectory: false, mode: mode)) else { return "The connection was lost." }
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count < 0 { return "Cannot read '\(path)': \(String(cString: strerror(errno)))." }
            if count == 0 { return nil }
            guard emit(.putData(Array(buffer[..<count]))) else { return "The connection was lost." }
        }
    }

    private static func listDirectory(_ path: String) throws -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

/// Places a tree's entries and bytes; remembers the first failure.
final class TreeReceiver {
    private var base: String?
    private var file: Int32 = -1
    private var fileMode: mode_t = 0
    private(set) var failure: String?
    /// Directories get their own bits last: a read-only one must take its files first.
    private var directoryModes: [(path: String, mode: mode_t)] = []
    /// Bytes written (for the transfer's count).
    private(set) var bytesWritten = 0

    func handle(_ message: WorkerMessage) {
        switch message {
        case .putRoot(let destination, let leaf):
            closeFile()
            base = isDirectory(destination) ? (destination == "/" ? "/" + leaf : destination + "/" + leaf) : destination
        case .putEntry(let relative, let isDirectoryEntry, let mode):
            closeFile()
            guard failure == nil, let base else { return }
            let path = relative.isEmpty ? base : base + "/" + relative
            if isDirectoryEntry {
                if mkdir(path, mode_t(mode) | 0o700) != 0 && errno != EEXIST { fail(path) }
                directoryModes.append((path, mode_t(mode)))
            } else {
                file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(mode))
                fileMode = mode_t(mode)
                if file < 0 { fail(path) }
            }
        case .putData(let bytes):
            guard file >= 0 else { return }
            if Descriptor.writeAll(file, bytes) != 0 { fail("the file") } else { bytesWritten += bytes.count }
        default:
            break
        }
    }

    /// The tree is complete; the first failure, or nil.
    func finish() -> String? {
        closeFile()
        for directory in directoryModes.reversed() { chmod(directory.path, directory.mode) }
        directoryModes = []
        base = nil
        defer { failure = nil }
        return failure
    }

    private func closeFile() {
        guard file >= 0 else { return }
        // The source's permission bits, whatever the umask made of them.
        fchmod(file, fileMode)
        close(file)
        file = -1
    }

    private func fail(_ path: String) {
        if failure == nil { failure = "Cannot write '\(path)': \(String(cString: strerror(errno)))." }
    }

    private func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
