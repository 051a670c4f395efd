// Remove-Item: deletes files and directories; a directory with children
// needs -Recurse.

import ShoalRuntime

final class RemoveItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Remove-Item", synopsis: "Deletes the specified items.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Recurse", type: "switch", aliases: ["r"]),
            ParameterDescriptor("Force", type: "switch"),
        ] + PathParameters.nameFilters,
        confirmImpact: .medium,
        description: "Deletes files and directories (-Recurse for a directory's contents), or items of the env:, variable:, function: and alias: drives; -WhatIf says what it would remove.",
        examples: [
            HelpExample("Remove a file",
                        code: "$file = New-TemporaryFile\nRemove-Item $file\nTest-Path $file",
                        output: "False\n"),
        ])

    func process(_ context: CmdletContext) throws {
        if let drivePaths = SessionDrivePath.among(context) {
            for path in drivePaths {
                let names = path.items(context.runspace).map(\.name)
                if names.isEmpty, !PathText.hasWildcard(path.item) { try context.writeError(path.notFound()) }
                for name in names where try context.shouldProcess("Item: \(name)", action: "Remove Item") {
                    _ = path.remove(name, context.runspace)
                }
            }
            return
        }
        let names = NameFilter(context: context)
        for path in try PathResolver(context: context).existingPaths() where names.accepts(PathText.leaf(path)) {
            let isDirectory = FileSystem.isDirectory(path) && !FileSystem.isLink(path)
            if isDirectory, !context.flag("Recurse"), !(FileSystem.entries(path) ?? []).isEmpty {
                try context.writeError(FileErrors.ioError(
                    "The item at \(path) has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?",
                    id: "DirectoryNotEmpty", path: path))
                continue
            }
            guard try context.shouldProcess(path, action: isDirectory ? "Remove Directory" : "Remove File") else { continue }
            if !FileSystem.remove(path, recursive: true) {
                try context.writeError(FileErrors.ioError("Cannot remove item \(path): \(FileSystem.lastErrorMessage)",
                                                          id: "RemoveFileSystemItemIOError", path: path))
            }
        }
    }
}
