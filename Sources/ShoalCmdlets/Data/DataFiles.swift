// Reading and writing whole text files for Export-Csv and Import-Csv,
// with Glibc (the Files family's helpers are internal to that folder by
// convention, so this family keeps its own two small functions).

import Glibc

enum DataFiles {
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// The file as UTF-8 text without a byte-order mark, or nil when it cannot be read.
    static func read(_ path: String) -> String? {
        FileSystem.readText(path)
    }

    static func write(_ text: String, to path: String, append: Bool) -> Bool {
        FileSystem.write(text, to: path, append: append)
    }
}
