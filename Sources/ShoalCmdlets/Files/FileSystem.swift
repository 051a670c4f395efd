// Thin Swift wrappers over the POSIX file calls the file cmdlets need:
// stat, reading and writing whole files, listing, creating, copying and
// removing. Glibc rather than Foundation keeps shoal's start-up fast.
// Path resolution and wildcards live in PathResolver.swift.

import Glibc
import ShoalRuntime

enum FileSystem {
    /// Whether a path can reach the C calls: one with a NUL character would
    /// be cut short there, naming another file (`"/tmp`0/x"` is /tmp), so
    /// no call is made with it; .NET rejects such paths too.
    static func isValid(_ path: String) -> Bool { !path.utf8.contains(0) }

    /// The status of a path, following symbolic links (nil when missing).
    static func status(_ path: String) -> stat? {
        guard isValid(path) else { return nil }
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }

    /// The status of the link itself rather than its target.
    static func linkStatus(_ path: String) -> stat? {
        guard isValid(path) else { return nil }
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }

    static func exists(_ path: String) -> Bool { linkStatus(path) != nil }

    static func isDirectory(_ path: String) -> Bool {
        guard let info = status(path) else { return false }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func isLink(_ path: String) -> Bool {
        guard let info = linkStatus(path) else { return false }
        return (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The message of the current `errno`, e.g. "Permission denied".
    static var lastErrorMessage: String { String(cString: strerror(errno)) }

    /// A whole file's bytes, or nil when it cannot be opened.
    /// A file's bytes, from `offset` on (a followed log is not read again from its start).
    static func readBytes(_ path: String, from offset: Int = 0) -> [UInt8]? { readFileBytes(path, from: offset) }

    /// A file as text: a byte-order mark decides the encoding (and is
    /// dropped), as .NET does; `encoding` otherwise.
    static func readText(_ path: String, encoding: TextEncoding = .utf8NoBOM) -> String? {
        readBytes(path).map(encoding.decode)
    }

    /// Writes text, replacing or appending; returns false with `errno` set.
    /// The encoding's byte-order mark starts the file, never the middle of one.
    @discardableResult
    static func write(_ text: String, to path: String, append: Bool, encoding: TextEncoding = .utf8NoBOM) -> Bool {
        writeBytes(to: path, append: append) { isEmpty in (isEmpty ? encoding.preamble : []) + encoding.encode(text) }
    }

    /// Writes bytes made once the file is open (told whether it is empty
    /// then), replacing or appending; returns false with `errno` set.
    @discardableResult
    static func writeBytes(to path: String, append: Bool, _ bytes: (_ fileIsEmpty: Bool) -> [UInt8]) -> Bool {
        guard isValid(path) else { errno = EINVAL; return false }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        let isEmpty = fstat(descriptor, &info) != 0 || info.st_size == 0
        return Descriptor.writeAll(descriptor, bytes(isEmpty)) == 0
    }

    /// The names in a directory, without `.` and `..`, sorted ordinally.
    static func entries(_ directory: String) -> [String]? {
        guard let names = DirectoryListing.names(directory) else { return nil }
        return names.sorted { $0.lowercased() == $1.lowercased() ? $0 < $1 : $0.lowercased() < $1.lowercased() }
    }

    /// `mkdir -p`: creates the directory and any missing parents.
    @discardableResult
    static func createDirectories(_ path: String) -> Bool {
        guard isValid(path) else { errno = EINVAL; return false }
        if isDirectory(path) { return true }
        let parent = PathText.parent(path)
        if !parent.isEmpty, parent != path, !createDirectories(parent) { return false }
        return mkdir(path, 0o755) == 0 || isDirectory(path)
    }

    /// Removes a file, a link or (with `recursive`) a whole tree.
    static func remove(_ path: String, recursive: Bool) -> Bool {
        guard let info = linkStatus(path) else { return false }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            if recursive {
                for name in entries(path) ?? [] where !remove(path + "/" + name, recursive: true) { return false }
            }
            return rmdir(path) == 0
        }
        return unlink(path) == 0
    }

    /// Copies one file's bytes and permissions.
    static func copyFile(_ source: String, to destination: String) -> Bool {
        guard isValid(destination), let bytes = readBytes(source) else { return false }
        let mode = status(source).map { $0.st_mode & 0o7777 } ?? 0o644
        let descriptor = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Copies a directory tree into `destination`, which is created.
    /// `copying` picks the files (by name) to copy; every folder is made.
    static func copyTree(_ source: String, to destination: String, copying: (String) -> Bool = { _ in true }) -> Bool {
        guard createDirectories(destination) else { return false }
        for name in entries(source) ?? [] {
            let from = source + "/" + name, to = destination + "/" + name
            if !isDirectory(from), !copying(name) { continue }
            let ok = isDirectory(from) ? copyTree(from, to: to, copying: copying) : copyFile(from, to: to)
            if !ok { return false }
        }
        return true
    }
}
