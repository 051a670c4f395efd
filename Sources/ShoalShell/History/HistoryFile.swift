// The history file, `$XDG_STATE_HOME/shoal/history` (mode 0600), in
// PSReadLine's format: one command per line, and each line of a multi-line
// command but the last ends in a backtick. Every command is appended as it
// is entered, with one `write` on an `O_APPEND` descriptor under `flock`, so
// two shells open at once lose none of each other's lines; before each
// prompt a shell reads what others appended since it last looked. Lines that
// look like they hold secrets are never written. This type owns the file
// only: the in-memory lists belong to the line editor and SessionHistory.

import Glibc

final class HistoryFile {
    let path: String
    /// Bytes of the file already read.
    private var readOffset = 0
    /// Where this shell's own appends start, so reading back skips them.
    private var ownEntries: Set<Int> = []
    private var lastWritten: String?

    init(path: String) { self.path = path }

    /// `$XDG_STATE_HOME/shoal/history`, by default `~/.local/state/shoal/history`.
    static func defaultPath() -> String {
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/shoal/history" }
        return (environment("HOME") ?? "/") + "/.local/state/shoal/history"
    }

    /// Words that keep a line out of the file (PSReadLine's list, and passwd).
    static let secretWords = ["password", "passwd", "secret", "token", "apikey", "asplaintext"]

    static func looksSecret(_ line: String) -> Bool {
        let lower = line.lowercased()
        return secretWords.contains { lower.contains($0) }
    }

    // MARK: - Reading

    /// Every entry in the file; a warning instead when it cannot be read or
    /// is damaged (the history is then empty, never a failure).
    func load() -> (entries: [String], warning: String?) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return ([], nil) }
            return ([], "Cannot read the history file \(path): \(String(cString: strerror(errno))).")
        }
        defer { close(fd) }
        let bytes = HistoryFile.readAll(fd, from: 0)
        if bytes.contains(0) || String(validating: bytes, as: UTF8.self) == nil {
            readOffset = bytes.count
            return ([], "The history file \(path) is damaged; starting with an empty history.")
        }
        let parsed = HistoryFile.parse(bytes)
        readOffset = parsed.consumed
        return (parsed.entries.map(\.text), nil)
    }

    /// Entries other shells appended since the last look.
    func readNew() -> [String] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return [] }
        if Int(info.st_size) < readOffset {  // rewritten shorter (trimmed): start over from its end
            readOffset = Int(info.st_size)
            return []
        }
        guard Int(info.st_size) > readOffset else { return [] }
        let bytes = HistoryFile.readAll(fd, from: readOffset)
        let parsed = HistoryFile.parse(bytes)
        defer { readOffset += parsed.consumed }
        return parsed.entries.filter { !ownEntries.contains(readOffset + $0.offset) }.map(\.text)
    }

    static func readAll(_ fd: Int32, from offset: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var position = off_t(offset)
        while true {
            let count = pread(fd, &buffer, buffer.count, position)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            position += off_t(count)
        }
        return bytes
    }

    /// Whole entries (with their byte offsets) from complete lines; a
    /// trailing partial line is left for later.
    static func parse(_ bytes: [UInt8]) -> (entries: [(offset: Int, text: String)], consumed: Int) {
        var entries: [(Int, String)] = []
        var lines: [String] = []
        var entryStart = 0
        var lineStart = 0
        var consumed = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            var line = String(decoding: bytes[lineStart..<index], as: UTF8.self)
            if lines.isEmpty { entryStart = lineStart }
            lineStart = index + 1
            if line.hasSuffix("`") {
                line.removeLast()
                lines.append(line)
                continue
            }
            lines.append(line)
            entries.append((entryStart, lines.joined(separator: "\n")))
            lines = []
            consumed = lineStart
        }
        return (entries, consumed)
    }

    static func encode(_ entry: String) -> String {
        entry.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "`\n") + "\n"
    }

    // MARK: - Writing

    /// Appends one entry unless it looks secret or repeats the last one;
    /// returns a warning when the file cannot be written.
    func append(_ entry: String) -> String? {
        guard !HistoryFile.looksSecret(entry), entry != lastWritten else { return nil }
        lastWritten = entry
        let bytes = Array(HistoryFile.encode(entry).utf8)
        guard let fd = openLockedForAppend() else {
            return "Cannot write the history file \(path): \(String(cString: strerror(errno)))."
        }
        defer {
            flock(fd, LOCK_UN)
            close(fd)
        }
        let end = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard end == bytes.count else { return "Cannot write the history file \(path)." }
        ownEntries.insert(Int(lseek(fd, 0, SEEK_CUR)) - bytes.count)
        return nil
    }

    /// Opens the file for appending under an exclusive lock, creating it
    /// (and its directory) with owner-only modes. If another shell replaced
    /// the file (a trim) while we waited for the lock, opens the new one.
    private func openLockedForAppend() -> Int32? {
        HistoryFile.makeDirectories(String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]))
        for _ in 0..<3 {
            let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return nil }
            fchmod(fd, 0o600)
            flock(fd, LOCK_EX)
            var opened = stat()
            var current = stat()
            if fstat(fd, &opened) == 0, stat(path, &current) == 0, opened.st_ino == current.st_ino { return fd }
            flock(fd, LOCK_UN)
            close(fd)
        }
        return nil
    }

    /// Keeps only the newest `limit` entries once the file holds twice as many.
    func trim(to limit: Int) {
        guard let fd = openLockedForAppend() else { return }
        defer {
            flock(fd, LOCK_UN)
            close(fd)
        }
        let reader = open(path, O_RDONLY | O_CLOEXEC)
        guard reader >= 0 else { return }
        let parsed = HistoryFile.parse(HistoryFile.readAll(reader, from: 0))
        close(reader)
        guard parsed.entries.count > 2 * limit else { return }
        let kept = parsed.entries.suffix(limit).map { HistoryFile.encode($0.text) }.joined()
        let temporary = path + ".\(getpid()).tmp"
        let out = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard out >= 0 else { return }
        let bytes = Array(kept.utf8)
        let written = bytes.withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
        close(out)
        if written == bytes.count, rename(temporary, path) == 0 {
            readOffset = bytes.count
            ownEntries = []
        } else {
            unlink(temporary)
        }
    }

    static func makeDirectories(_ directory: String) {
        var partial = ""
        for component in directory.split(separator: "/") {
            partial += "/" + component
            mkdir(partial, 0o700)
        }
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
