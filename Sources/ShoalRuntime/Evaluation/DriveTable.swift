// The runspace's drives, as Get-PSDrive lists them: the file-system root `/`,
// `Temp:` and the drives New-PSDrive adds (a name for a directory, so
// `logs:\today.txt` is a path), and the session's own drives (Env, Variable,
// Function, Alias), which the location may also be on (`Set-Location env:`).

/// A runspace's file-system drives, by name; the session drives are fixed.
public final class DriveTable {
    /// A drive New-PSDrive made (or one of the two every runspace has).
    public struct FileSystemDrive {
        public let name: String
        public let root: String
        public let description: String

        public init(name: String, root: String, description: String) {
            self.name = name
            self.root = root
            self.description = description
        }

        /// The root as a location: no trailing `/` (but `/` itself).
        public var directory: String { root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root }
    }

    /// The drives that are not the file system, with their providers.
    public static let sessionDrives: [(name: String, provider: String)] = [
        ("Alias", "Alias"), ("Env", "Environment"), ("Function", "Function"), ("Variable", "Variable"),
    ]

    public private(set) var fileSystemDrives: [FileSystemDrive]
    /// The file-system drive the location was entered through (`cd logs:`),
    /// other than `/`: the location shows as `logs:/sub` while under its root.
    public var currentDriveName: String?

    init() {
        // .NET's Path.GetTempPath() on Unix: $TMPDIR, else /tmp/.
        var temp = ProcessEnvironment.get("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp/"
        if !temp.hasSuffix("/") { temp += "/" }
        fileSystemDrives = [
            FileSystemDrive(name: "/", root: "/", description: ""),
            FileSystemDrive(name: "Temp", root: temp, description: "Drive that maps to the temporary directory path for the current user"),
        ]
    }

    public func fileSystemDrive(named name: String) -> FileSystemDrive? {
        fileSystemDrives.first { $0.name.lowercased() == name.lowercased() }
    }

    public func add(_ drive: FileSystemDrive) { fileSystemDrives.append(drive) }

    public func remove(named name: String) {
        fileSystemDrives.removeAll { $0.name.lowercased() == name.lowercased() }
        if currentDriveName?.lowercased() == name.lowercased() { currentDriveName = nil }
    }

    /// The drive a `name:` path names, when it is one of these (not `/`).
    public func namedDrive(in path: String) -> FileSystemDrive? {
        guard let colon = path.firstIndex(of: ":"), colon != path.startIndex, !path[..<colon].contains("/"),
              let drive = fileSystemDrive(named: String(path[..<colon])), drive.name != "/" else { return nil }
        return drive
    }

    /// `location` as `Name:/rest` on the current drive, or nil when it is not under that drive's root.
    public func driveQualified(_ location: String) -> String? {
        guard let name = currentDriveName, let drive = fileSystemDrive(named: name) else { return nil }
        let root = drive.directory
        if location == root { return drive.name + ":/" }
        let prefix = root == "/" ? "/" : root + "/"
        guard location.hasPrefix(prefix) else { return nil }
        return drive.name + ":/" + location.dropFirst(prefix.count)
    }

    /// The session drive `name` names, spelled as listed (`Env`), if it is one.
    public static func sessionDrive(named name: String) -> String? {
        sessionDrives.first { $0.name.lowercased() == name.lowercased() }?.name
    }

    /// `name:` or `name:\rest` on a file-system drive, as a path under its root; nil for other paths.
    func mapped(_ path: String) -> String? {
        guard let drive = namedDrive(in: path), let colon = path.firstIndex(of: ":") else { return nil }
        var rest = path[path.index(after: colon)...]
        while rest.first == "/" || rest.first == "\\" { rest.removeFirst() }
        let root = drive.directory
        return rest.isEmpty ? root : (root == "/" ? "/" : root + "/") + rest
    }
}

extension Runspace {
    /// This runspace's drives.
    public var drives: DriveTable { service(DriveTable.self) { DriveTable() } }

    /// The location as Get-Location, `$PWD` and the prompt show it: `Env:/`
    /// on a session drive, `logs:/sub` under a drive New-PSDrive made that
    /// the location was entered through, else the directory. (pwsh on Linux
    /// separates a drive's path with `/`.)
    /// The location as `$PWD` and Get-Location give it.
    public var currentPathInfo: PathInfo {
        if let session = sessionDriveLocation {
            let provider = DriveTable.sessionDrives.first { $0.name == session }?.provider ?? session
            return PathInfo(path: session + ":/", providerPath: "", drive: session, provider: provider)
        }
        if let qualified = drives.driveQualified(location), let name = drives.currentDriveName {
            return PathInfo(path: qualified, providerPath: location, drive: drives.fileSystemDrive(named: name)?.name ?? name)
        }
        return PathInfo(path: location)
    }

    public var locationText: String {
        if let session = sessionDriveLocation { return session + ":/" }
        return drives.driveQualified(location) ?? location
    }
}
