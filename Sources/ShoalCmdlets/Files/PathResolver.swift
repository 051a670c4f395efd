// Turns the paths scripts write into absolute paths: `~`, relative to the
// runspace's location, and PowerShell wildcards (`*`, `?`, `[a-z]`)
// expanded against the disk. Also the "path not found" error every file
// cmdlet reports in PowerShell's words.

import ShoalRuntime

struct PathResolver {
    let context: CmdletContext

    /// An absolute, normalised path without wildcard expansion.
    func absolute(_ path: String) -> String {
        PathText.normalize(context.runspace.resolvePath(path.isEmpty ? "." : stripProvider(path)))
    }

    /// `Microsoft.PowerShell.Core\FileSystem::/tmp/x` (an item's PSPath) is `/tmp/x`.
    func stripProvider(_ path: String) -> String {
        guard let range = path.firstRange(of: "::") else { return path }
        return String(path[range.upperBound...])
    }

    /// The existing paths a `-Path` argument names. A literal path is
    /// returned whether or not it exists; a wildcard returns its matches.
    /// A wildcard over a big tree (`/*/*/*/*` reaches /proc) takes long:
    /// each directory read first checks whether the pipeline was stopped.
    func expand(_ path: String, literal: Bool = false) throws -> [String] {
        let full = absolute(path)
        guard !literal, PathText.hasWildcard(full) else { return [full] }
        // Hidden (dot) names match a wildcard only when written with their
        // dot, or with -Force, as pwsh's file-system provider decides.
        let showHidden = context.valueIfDeclared("Force").map(Conversion.toBool) ?? false
        var matches = ["/"]
        for component in full.split(separator: "/").map(String.init) {
            var next: [String] = []
            for directory in matches {
                try context.checkStopped()
                if !PathText.hasWildcard(component) {
                    next.append(PathText.join(directory, component))
                    continue
                }
                let pattern = Wildcard(component, caseSensitive: true)
                for name in FileSystem.entries(directory) ?? []
                where pattern.matches(name) && (!name.hasPrefix(".") || component.hasPrefix(".") || showHidden) {
                    next.append(PathText.join(directory, name))
                }
            }
            matches = next
        }
        return matches.filter(FileSystem.exists)
    }

    /// The values of a `-Path`/`-LiteralPath` pair, with whether they are literal.
    func requestedPaths(default fallback: String? = nil) -> (paths: [String], literal: Bool) {
        if let literal = context.value("LiteralPath") {
            return (literal.enumeratedItems.map(Conversion.toString), true)
        }
        if let paths = context.value("Path") { return (paths.enumeratedItems.map(Conversion.toString), false) }
        return (fallback.map { [$0] } ?? [], false)
    }

    /// Each existing path named by -Path/-LiteralPath; a missing literal
    /// path is reported as PowerShell's PathNotFound error and skipped.
    /// With `unmatchedWildcardIsError`, so is a wildcard that matches
    /// nothing (ItemNotFound, as Get-Content reports it).
    func existingPaths(default fallback: String? = nil, unmatchedWildcardIsError: Bool = false) throws -> [String] {
        let (paths, literal) = requestedPaths(default: fallback)
        var result: [String] = []
        for path in paths {
            if let drive = unknownDrive(in: path) {
                try context.writeError(FileErrors.driveNotFound(drive))
                continue
            }
            let matches = try expand(path, literal: literal)
            if matches.isEmpty, unmatchedWildcardIsError { try context.writeError(FileErrors.itemNotFound(path)) }
            for match in matches {
                if FileSystem.exists(match) { result.append(match) } else { try reportNotFound(match) }
            }
        }
        return result
    }

    /// The drive a `name:` path names when the runspace has no such drive
    /// (`C:\temp` on Linux, `bogus:\x`): pwsh's DriveNotFound, not a file
    /// named `C:`. A file whose name has a colon is reached as `./a:b`.
    func unknownDrive(in path: String) -> String? {
        guard let colon = path.firstIndex(of: ":"), colon != path.startIndex else { return nil }
        let name = path[..<colon]
        guard !name.contains("/"), !name.contains("\\"), !name.contains("*"), !name.contains("?") else { return nil }
        // `Microsoft.PowerShell.Core\FileSystem::/tmp` is a provider path.
        if path[colon...].hasPrefix("::") { return nil }
        let text = String(name)
        if context.runspace.drives.fileSystemDrive(named: text) != nil || DriveTable.sessionDrive(named: text) != nil { return nil }
        return text
    }

    func reportNotFound(_ path: String) throws {
        try context.writeError(FileErrors.pathNotFound(path))
    }
}

/// The error records the file cmdlets share.
enum FileErrors {
    static func pathNotFound(_ path: String) -> ErrorRecord {
        ErrorRecord("Cannot find path '\(path)' because it does not exist.",
                    exceptionType: "System.Management.Automation.ItemNotFoundException", errorId: "PathNotFound",
                    category: .objectNotFound, target: .string(path))
    }

    /// A path that names a directory (`file/`) where there is none.
    static func driveNotFound(_ name: String) -> ErrorRecord {
        ErrorRecord("Cannot find drive. A drive with the name '\(name)' does not exist.",
                    exceptionType: "System.Management.Automation.DriveNotFoundException", errorId: "DriveNotFound",
                    category: .objectNotFound, target: .string(name))
    }

    static func itemNotFound(_ path: String) -> ErrorRecord {
        ErrorRecord("Cannot find path '\(path)' because it does not exist.",
                    exceptionType: "System.Management.Automation.ItemNotFoundException", errorId: "ItemNotFound",
                    category: .objectNotFound, target: .string(path))
    }

    static func ioError(_ message: String, id: String, path: String, category: ErrorCategory = .writeError) -> ErrorRecord {
        ErrorRecord(message, exceptionType: "System.IO.IOException", errorId: id, category: category, target: .string(path))
    }
}
