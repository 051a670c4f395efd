// Remove-Item: deletes files and directories; a directory with children
// needs -Recurse.

import ShoalRuntime

final class RemoveItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Remove-Item", synopsis: "Deletes the specified items.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Recurse", type: "switch", aliases: ["r"], help: "Removes folders with everything in them; without it a folder that is not empty is an error."),
            ParameterDescriptor("Force", type: "switch", help: "Lets a wildcard match hidden (dot) items too (a path written out always names its item)."),
        ] + PathParameters.nameFilters,
        confirmImpact: .medium,
        description: "Deletes files and directories (-Recurse for a directory's contents), or items of the env:, variable:, function: and alias: drives; -WhatIf says what it would remove.",
        examples: [
            HelpExample("Remove a file",
                        code: "$file = New-TemporaryFile\nRemove-Item $file\nTest-Path $file",
                        output: "False\n"),
            HelpExample("Remove a folder and everything in it",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-removeitem-2'\n$null = New-Item -ItemType Directory \"$dir/cache/img\" -Force\nSet-Content \"$dir/cache/img/logo.png\" 'x'\ntry { Remove-Item \"$dir/cache\" -ErrorAction Stop } catch { 'refused: cache is not empty' }\nRemove-Item \"$dir/cache\" -Recurse\nTest-Path \"$dir/cache\"\nRemove-Item -Recurse $dir",
                        output: "refused: cache is not empty\nFalse\n"),
            HelpExample("Remove only some files",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-removeitem-3'\n$null = New-Item -ItemType Directory $dir\n'a.tmp', 'b.tmp', 'keep.txt' | ForEach-Object { Set-Content \"$dir/$_\" $_ }\nRemove-Item \"$dir/*\" -Include *.tmp\nGet-ChildItem $dir -Name\nRemove-Item -Recurse $dir",
                        output: "keep.txt\n"),
        ])

    func process(_ context: CmdletContext) throws {
        if let drivePaths = SessionDrivePath.among(context) {
            for path in drivePaths {
                let names = path.items(context.runspace).map(\.name)
                if names.isEmpty, !PathText.hasWildcard(path.item) { try context.writeError(path.notFound()) }
                for name in names where try context.shouldProcess("Item: \(name)", action: "Remove Item") {
                    do {
                        _ = try path.remove(name, context.runspace, force: context.flag("Force"))
                    } catch let error as ScriptError {
                        try context.writeError(error.record)
                    }
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
