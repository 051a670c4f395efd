// The process's environment, which every runspace shares: a thread job's
// `$env:X = ...` changes it while another thread starts a program. glibc's
// setenv may move the `environ` array while posix_spawn or getenv walks it,
// so changes, reads and spawns go through one lock.

import Glibc

public enum ProcessEnvironment {
    private static let lock = ThreadLock(())

    /// Sets a variable, or removes it when `value` is nil.
    public static func set(_ name: String, _ value: String?) {
        lock.withLock { _ in
            if let value { _ = setenv(name, value, 1) } else { _ = unsetenv(name) }
        }
    }

    /// A variable's value, or nil.
    public static func get(_ name: String) -> String? {
        lock.withLock { _ in getenv(name).map { String(cString: $0) } }
    }

    /// Runs `body` (a posix_spawn) with a copy of `environ` taken under
    /// the lock: the spawn itself runs outside it.
    public static func withEnviron<T>(_ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T {
        var copy: [UnsafeMutablePointer<CChar>?] = lock.withLock { _ in
            var entries: [UnsafeMutablePointer<CChar>?] = []
            var index = 0
            while let entry = environ[index] {
                entries.append(strdup(entry))
                index += 1
            }
            return entries
        }
        copy.append(nil)
        defer { for pointer in copy { free(pointer) } }
        return copy.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }

    /// An entry's name and value (nil for one without a name).
    public static func split(_ entry: String) -> (name: String, value: String)? {
        guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex else { return nil }
        return (String(entry[..<equals]), String(entry[entry.index(after: equals)...]))
    }

    /// Every `NAME=value` entry.
    public static var entries: [String] {
        lock.withLock { _ in
            var result: [String] = []
            var index = 0
            while let entry = environ[index] {
                result.append(String(cString: entry))
                index += 1
            }
            return result
        }
    }
}
