// Reading a directory's entries. A `dirent` from readdir is only as long
// as its name: reading the whole `d_name` field (as a copy of the struct
// does) runs past the end of glibc's buffer, which AddressSanitizer
// reported; the name is read in place, up to its NUL.

import Glibc

/// One name in a directory and what readdir says it is.
public struct DirectoryEntry: Sendable {
    public let name: String
    /// `DT_DIR`, `DT_REG`, `DT_LNK`, ... or `DT_UNKNOWN`.
    public let type: UInt8
}

public enum DirectoryListing {
    /// The entries of a directory, without `.` and `..`, in the order
    /// readdir gives them; nil when it cannot be opened.
    public static func entries(_ path: String) -> [DirectoryEntry]? {
        guard !path.utf8.contains(0), let handle = opendir(path) else { return nil }
        defer { closedir(handle) }
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        var result: [DirectoryEntry] = []
        while let entry = readdir(handle) {
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            result.append(DirectoryEntry(name: name, type: entry.pointee.d_type))
        }
        return result
    }

    /// Just the names.
    public static func names(_ path: String) -> [String]? {
        entries(path)?.map(\.name)
    }
}
