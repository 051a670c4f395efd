// Locations: the session cmdlets the language core needs for PowerShell's
// default aliases (`cd`, `pwd`). The alias and sleep cmdlets live in
// System/ with the other session cmdlets.

import Glibc
import ShoalRuntime

public final class GetLocationCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor("Get-Location", synopsis: "Gets the current working location.", parameters: [],
        description: "Gets the current location as a PathInfo (Path, ProviderPath, Drive); $PWD holds the same.",
        examples: [
            HelpExample("Where am I",
                        code: "Push-Location /usr\n(Get-Location).Path\nPop-Location",
                        output: "/usr\n"),
            HelpExample("Remember a location and return to it",
                        code: "$start = Get-Location\nSet-Location /etc\n(Get-Location).Path\nSet-Location $start\n$PWD.Path -eq $start.Path",
                        output: "/etc\nTrue\n"),
            HelpExample("On a drive, Path and ProviderPath differ",
                        code: "$null = New-PSDrive -Name tools -PSProvider FileSystem -Root /usr\nPush-Location\nSet-Location tools:/bin\n$here = Get-Location\n$here.Path\n$here.ProviderPath\n$here.Drive\nPop-Location\nRemove-PSDrive tools",
                        output: "tools:/bin\n/usr/bin\ntools\n",
                        remarks: "Path is as PowerShell names it; ProviderPath is what native programs understand."),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.write(.native(context.runspace.currentPathInfo)) }
}

public final class SetLocationCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Set-Location", synopsis: "Sets the current working location.",
        parameters: [
            ParameterDescriptor("Path", type: "string", position: 0, pipeline: true, pipelineByPropertyName: true, help: "The folder or drive to go to: '-' goes back to the previous location, none (or '') goes home; a wildcard must name one folder."),
            ParameterDescriptor("LiteralPath", type: "string", pipelineByPropertyName: true, aliases: ["PSPath", "LP"], help: "The folder to go to, taken as written (no wildcards)."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the new location (a PathInfo) to the pipeline."),
        ],
        description: "Changes the current location (cd): a directory, a drive (`env:`, `logs:`), `-` for the previous one, `~` for home.",
        examples: [
            HelpExample("Move around",
                        code: "Push-Location\nSet-Location /usr\nSet-Location bin\n$PWD.Path\nSet-Location -\n$PWD.Path\nPop-Location",
                        output: "/usr/bin\n/usr\n"),
            HelpExample("Go to a folder by a wildcard",
                        code: "Push-Location\nSet-Location /usr/loc*\n$PWD.Path\nPop-Location",
                        output: "/usr/local\n",
                        remarks: "A wildcard must name exactly one folder."),
            HelpExample("Go to a drive",
                        code: "Push-Location\n(Set-Location Temp: -PassThru).Path\nSet-Location Env:\n$PWD.Path\nPop-Location",
                        output: "Temp:/\nEnv:/\n"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws {
        // A piped item binds both (its text to -Path, its PSPath to
        // -LiteralPath): the literal one wins, as in the other path cmdlets.
        let literal = context.has("LiteralPath")
        let written = context.string(literal ? "LiteralPath" : "Path").map { $0.isEmpty ? "~" : $0 } ?? "~"
        if try Self.change(to: written, literal: literal, context: context), context.flag("PassThru") {
            try context.write(.native(context.runspace.currentPathInfo))
        }
    }

    /// Goes to `written` (a path, a drive, `-`, `~`) as Set-Location does;
    /// false, having written the error, when there is no such folder.
    /// Push-Location goes the same way.
    static func change(to written: String, literal: Bool, context: CmdletContext) throws -> Bool {
        let runspace = context.runspace
        if try LocationStack.changeToSessionDrive(written == "-" ? runspace.variable("OLDPWD").map(Conversion.toString) ?? written : written,
                                                  context: context) {
            return true
        }
        let target = written
        let resolver = PathResolver(context: context)
        var path = runspace.resolvePath(target == "-" ? (runspace.variable("OLDPWD").map(Conversion.toString) ?? runspace.location)
                                                      : resolver.stripProvider(target))
        if !literal, target != "-", PathText.hasWildcard(path) {
            // -Path takes wildcards, as in pwsh; it must name one directory.
            let matches = try resolver.expand(path).filter(FileSystem.isDirectory)
            if matches.count > 1 {
                try context.writeError(
                    "Cannot set the location because path '\(target)' resolved to multiple containers. You can only set the location to a single container at a time.",
                    id: "PathResolvedToMultiple", category: .invalidArgument, target: .string(target),
                    exceptionType: "System.Management.Automation.PSArgumentException")
                return false
            }
            // Nothing matched as a pattern: a directory with that very name will do.
            path = matches.first ?? path
        }
        // `/usr/local/..` is `/usr`, as pwsh folds it (by the text, not by the disk).
        if path.hasPrefix("/") { path = PathText.normalize(path) }
        var info = stat()
        guard !path.utf8.contains(0), stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            try context.writeError("Cannot find path '\(path)' because it does not exist.", id: "PathNotFound",
                                   category: .objectNotFound, target: .string(path),
                                   exceptionType: "System.Management.Automation.ItemNotFoundException")
            return false
        }
        let unqualified = resolver.stripProvider(target)
        if unqualified.hasPrefix("/") || unqualified.hasPrefix("~") {
            // An absolute path is on the `/` drive, whatever drive the location was on.
            runspace.drives.currentDriveName = nil
        } else if runspace.drives.namedDrive(in: unqualified) == nil, let name = runspace.drives.currentDriveName,
                  let drive = runspace.drives.fileSystemDrive(named: name), runspace.drives.driveQualified(path) == nil {
            // `..` at a drive's root stays there, as pwsh keeps a relative path on its drive.
            path = drive.directory
        }
        return LocationStack.change(to: path, in: runspace, drive: runspace.drives.namedDrive(in: unqualified)?.name)
    }
}
