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
    /// (`Env:\`, as a stack holds a location on a session drive, goes back to that drive.)
    static func change(to path: String, in runspace: Runspace) -> Bool {
        if let drive = SessionDrivePath(path), drive.item.isEmpty {
            runspace.globalScope.setLocal("oldpwd", .string(runspace.locationText))
            runspace.sessionDriveLocation = drive.drive.rawValue
            return true
        }
        guard FileSystem.isDirectory(path) else { return false }
        runspace.globalScope.setLocal("oldpwd", .string(runspace.locationText))
        runspace.location = path
        runspace.sessionDriveLocation = nil
        if runspace.ownsProcessDirectory { _ = chdir(path) }
        return true
    }

    /// Set-Location onto a session drive (`env:`), or within one while the location is on it
    /// (`..` stays at its root); false when `target` is a file-system path.
    static func changeToSessionDrive(_ target: String, context: CmdletContext) throws -> Bool {
        let runspace = context.runspace
        guard let drivePath = SessionDrivePath.located(target, in: runspace) else { return false }
        guard drivePath.item.isEmpty else {
            // The items of these drives are not containers.
            try context.writeError("Cannot find path '\(drivePath.drive.rawValue):\\\(drivePath.item)' because it does not exist.",
                                   id: "PathNotFound", category: .objectNotFound, target: .string(target),
                                   exceptionType: "System.Management.Automation.ItemNotFoundException")
            return true
        }
        _ = change(to: drivePath.drive.rawValue + ":\\", in: runspace)
        return true
    }
}
