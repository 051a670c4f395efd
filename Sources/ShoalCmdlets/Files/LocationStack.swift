// The location stacks behind Push-Location and Pop-Location, and the
// change of location they share with Set-Location.
//
// A runspace should own its stacks; until Runspace has a field for them
// they live in a side table keyed by the runspace's identity, behind a
// Mutex because thread jobs run runspaces on several threads at once.

import Glibc
import ShoalRuntime
import Synchronization

enum LocationStack {
    /// Stacks by runspace, then by lower-cased stack name ("" is the default stack).
    private static let stacks = Mutex<[ObjectIdentifier: [String: [String]]]>([:])

    static func push(_ path: String, stack name: String, for runspace: Runspace) {
        stacks.withLock { $0[ObjectIdentifier(runspace), default: [:]][name.lowercased(), default: []].append(path) }
    }

    static func pop(stack name: String, for runspace: Runspace) -> String? {
        stacks.withLock { table in table[ObjectIdentifier(runspace)]?[name.lowercased()]?.popLast() }
    }

    /// Makes `path` the current location, as Set-Location does; false when it is not a directory.
    static func change(to path: String, in runspace: Runspace) -> Bool {
        guard FileSystem.isDirectory(path) else { return false }
        runspace.globalScope.setLocal("oldpwd", .string(runspace.location))
        runspace.location = path
        if runspace.ownsProcessDirectory { _ = chdir(path) }
        return true
    }
}
