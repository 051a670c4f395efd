// Move-Item: moves (renames across directories) files and directories.

import Glibc
import ShoalRuntime

final class MoveItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Move-Item", synopsis: "Moves an item from one location to another.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Destination", type: "string", position: 1, pipelineByPropertyName: true, help: "Where to move: into it when it is an existing folder, else the item's new path (the current location by default)."),
            ParameterDescriptor("Force", type: "switch", help: "Replaces a file already at the destination (never a folder)."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the moved items to the pipeline."),
            ParameterDescriptor("Filter", type: "string", help: "Moves only the items whose names match this wildcard pattern, such as *.log."),
            ParameterDescriptor("Include", type: "string[]", help: "Moves only the items whose names match one of these wildcard patterns."),
            ParameterDescriptor("Exclude", type: "string[]", help: "Leaves out the items whose names match one of these wildcard patterns."),
        ],
        confirmImpact: .medium,
        description: "Moves (or renames across directories) files and directories.",
        examples: [
            HelpExample("Move a file",
                        code: "$from = New-TemporaryFile\n$to = \"$from.moved\"\nMove-Item $from $to\nTest-Path $from\nTest-Path $to\nRemove-Item $to",
                        output: "False\nTrue\n"),
            HelpExample("Archive logs into a folder",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-moveitem-2'\n$null = New-Item -ItemType Directory \"$dir/archive\"\n'app.log', 'db.log', 'notes.txt' | ForEach-Object { Set-Content \"$dir/$_\" $_ }\nMove-Item \"$dir/*.log\" \"$dir/archive\"\nGet-ChildItem $dir -Recurse -Name\nRemove-Item -Recurse $dir",
                        output: "archive\nnotes.txt\narchive/app.log\narchive/db.log\n"),
            HelpExample("Replace a file that is already there",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-moveitem-3'\n$null = New-Item -ItemType Directory $dir\nSet-Content \"$dir/app.conf\" 'version=1'\nSet-Content \"$dir/app.conf.new\" 'version=2'\ntry { Move-Item \"$dir/app.conf.new\" \"$dir/app.conf\" -ErrorAction Stop } catch { $_.Exception.Message }\nMove-Item \"$dir/app.conf.new\" \"$dir/app.conf\" -Force\nGet-Content \"$dir/app.conf\"\nRemove-Item -Recurse $dir",
                        output: "Cannot create a file when that file already exists.\nversion=2\n",
                        remarks: "Without -Force an existing file is never replaced; with it, the move replaces the file in one step."),
        ])

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        let destination = resolver.absolute(context.string("Destination") ?? ".")
        let names = NameFilter(context: context)
        for source in try resolver.existingPaths() where names.accepts(PathText.leaf(source)) {
            let target = FileSystem.isDirectory(destination) ? PathText.join(destination, PathText.leaf(source)) : destination
            try ItemMover.move(source, to: target, force: context.flag("Force"), errorId: "MoveFileInfoItemIOError", verb: "Move",
                               context: context)
        }
    }
}

/// The rename step Move-Item and Rename-Item share.
enum ItemMover {
    /// `verb` names the operation for -WhatIf and -Confirm (`Move File`, `Rename Directory`).
    static func move(_ source: String, to target: String, force: Bool, errorId: String, verb: String,
                     context: CmdletContext) throws {
        let kind = FileSystem.isDirectory(source) ? "Directory" : "File"
        guard try context.shouldProcess("Item: \(source) Destination: \(target)", action: "\(verb) \(kind)") else { return }
        if FileSystem.exists(target), !force || FileSystem.isDirectory(target) {
            try context.writeError(FileErrors.ioError("Cannot create a file when that file already exists.", id: errorId, path: source))
            return
        }
        var moved = rename(source, target) == 0
        // rename(2) cannot cross file systems: copy, then delete.
        if !moved, errno == EXDEV {
            let copied = FileSystem.isDirectory(source) ? FileSystem.copyTree(source, to: target) : FileSystem.copyFile(source, to: target)
            moved = copied && FileSystem.remove(source, recursive: true)
        }
        guard moved else {
            try context.writeError(FileErrors.ioError("Could not find a part of the path '\(target)'.", id: errorId, path: source))
            return
        }
        if context.flag("PassThru"), let item = FileSystemItem(path: target) { try context.write(.native(item)) }
    }
}
