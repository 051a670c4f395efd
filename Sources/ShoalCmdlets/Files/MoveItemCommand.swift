// Move-Item: moves (renames across directories) files and directories.

import Glibc
import ShoalRuntime

final class MoveItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Move-Item", synopsis: "Moves an item from one location to another.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Destination", type: "string", position: 1, pipelineByPropertyName: true),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("PassThru", type: "switch"),
        ] + PathParameters.nameFilters,
        confirmImpact: .medium,
        description: "Moves (or renames across directories) files and directories.",
        examples: [
            HelpExample("Move a file",
                        code: "$from = New-TemporaryFile\n$to = \"$from.moved\"\nMove-Item $from $to\nTest-Path $from\nTest-Path $to\nRemove-Item $to",
                        output: "False\nTrue\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        let destination = resolver.absolute(context.string("Destination") ?? ".")
        for source in try resolver.existingPaths() {
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
