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
    /// A `name:` path on a drive New-PSDrive made (`logs:/sub`, as a stack
    /// holds it) enters that drive; `drive` names the one a Set-Location
    /// target was written on. A path outside the current drive leaves it.
    static func change(to path: String, in runspace: Runspace, drive: String? = nil) -> Bool {
        if let drive = SessionDrivePath(path), drive.item.isEmpty {
            runspace.globalScope.setLocal("oldpwd", .string(runspace.locationText))
            runspace.sessionDriveLocation = drive.drive.rawValue
            return true
        }
        let named = drive ?? runspace.drives.namedDrive(in: path)?.name
        let directory = named != nil && path.contains(":") ? runspace.resolvePath(path) : path
        guard FileSystem.isDirectory(directory) else { return false }
        runspace.globalScope.setLocal("oldpwd", .string(runspace.locationText))
        runspace.location = directory
        runspace.sessionDriveLocation = nil
        if let named { runspace.drives.currentDriveName = named }
        if runspace.drives.driveQualified(directory) == nil { runspace.drives.currentDriveName = nil }
        if runspace.options.ownsProcessDirectory { _ = chdir(directory) }
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
        _ = change(to: drivePath.drive.rawValue + ":/", in: runspace)
        return true
    }
}
