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
    }

    /// The drives that are not the file system, with their providers.
    public static let sessionDrives: [(name: String, provider: String)] = [
        ("Alias", "Alias"), ("Env", "Environment"), ("Function", "Function"), ("Variable", "Variable"),
    ]

    public private(set) var fileSystemDrives: [FileSystemDrive]

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
    }

    /// The session drive `name` names, spelled as listed (`Env`), if it is one.
    public static func sessionDrive(named name: String) -> String? {
        sessionDrives.first { $0.name.lowercased() == name.lowercased() }?.name
    }

    /// `name:` or `name:\rest` on a file-system drive, as a path under its root; nil for other paths.
    func mapped(_ path: String) -> String? {
        guard let colon = path.firstIndex(of: ":"), colon != path.startIndex,
              !path[..<colon].contains("/"), let drive = fileSystemDrive(named: String(path[..<colon])) else { return nil }
        var rest = path[path.index(after: colon)...]
        while rest.first == "/" || rest.first == "\\" { rest.removeFirst() }
        let root = drive.root.hasSuffix("/") ? String(drive.root.dropLast()) : drive.root
        return rest.isEmpty ? (root.isEmpty ? "/" : root) : root + "/" + rest
    }
}

extension Runspace {
    /// This runspace's drives.
    public var drives: DriveTable { service(DriveTable.self) { DriveTable() } }

    /// The location as Get-Location and `$PWD` show it: `Env:\` on a session drive, else the directory.
    public var locationText: String { sessionDriveLocation.map { $0 + ":\\" } ?? location }
}
