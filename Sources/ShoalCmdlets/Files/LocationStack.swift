// The location stacks behind Push-Location and Pop-Location, and the
// change of location they share with Set-Location. Each runspace has its
// own stacks (a thread job's pushes are its own), made on first use and
// freed with the runspace.

import Glibc
import ShoalRuntime

final class LocationStack {
    /// Stacks by lower-cased name ("" is the default stack).
    private var stacks: [String: [String]] = [:]

    private static func of(_ runspace: Runspace) -> LocationStack {
        runspace.service(LocationStack.self) { LocationStack() }
    }

    static func push(_ path: String, stack name: String, for runspace: Runspace) {
        of(runspace).stacks[name.lowercased(), default: []].append(path)
    }

    static func pop(stack name: String, for runspace: Runspace) -> String? {
        of(runspace).stacks[name.lowercased()]?.popLast()
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
