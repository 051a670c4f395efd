// User and group names for the owner columns of file listings, looked up
// once per id: a listing of thousands of files asks for the same few ids,
// and each look-up reads the account databases.

import Glibc
import Synchronization

enum AccountNames {
    private static let users = Mutex<[uid_t: String]>([:])
    private static let groups = Mutex<[gid_t: String]>([:])

    /// The user's name, or the number when the account database has none.
    static func user(_ id: uid_t) -> String {
        if let known = users.withLock({ $0[id] }) { return known }
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let name = getpwuid_r(id, &entry, &buffer, buffer.count, &result) == 0 && result != nil
            ? String(cString: entry.pw_name) : String(id)
        users.withLock { $0[id] = name }
        return name
    }

    /// The group's name, or the number when the group database has none.
    static func group(_ id: gid_t) -> String {
        if let known = groups.withLock({ $0[id] }) { return known }
        var entry = Glibc.group()
        var result: UnsafeMutablePointer<Glibc.group>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let name = getgrgid_r(id, &entry, &buffer, buffer.count, &result) == 0 && result != nil
            ? String(cString: entry.gr_name) : String(id)
        groups.withLock { $0[id] = name }
        return name
    }
}
