// Reading and writing whole text files for Export-Csv and Import-Csv,
// with Glibc (the Files family's helpers are internal to that folder by
// convention, so this family keeps its own two small functions).

import Glibc

enum DataFiles {
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// The file as text (a byte-order mark decides, else `encoding`), or nil when it cannot be read.
    static func read(_ path: String, encoding: TextEncoding = .utf8NoBOM) -> String? {
        FileSystem.readText(path, encoding: encoding)
    }

    static func write(_ text: String, to path: String, append: Bool, encoding: TextEncoding) -> Bool {
        FileSystem.write(text, to: path, append: append, encoding: encoding)
    }
}
