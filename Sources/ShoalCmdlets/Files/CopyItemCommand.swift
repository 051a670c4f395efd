// Copy-Item: copies files, and directories (with their contents when
// -Recurse is given), to a destination file or directory.

import ShoalRuntime

final class CopyItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Copy-Item", synopsis: "Copies an item from one location to another.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Destination", type: "string", position: 1, pipelineByPropertyName: true),
            ParameterDescriptor("Recurse", type: "switch"),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("PassThru", type: "switch"),
            ParameterDescriptor("Container", type: "switch"),
        ] + PathParameters.nameFilters)

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        let destination = resolver.absolute(context.string("Destination") ?? ".")
        for source in try resolver.existingPaths() {
            // Into an existing directory the item keeps its name; otherwise the destination is the new name.
            let target = FileSystem.isDirectory(destination) ? PathText.join(destination, PathText.leaf(source)) : destination
            if target == source {
                try context.writeError(FileErrors.ioError("Cannot overwrite the item \(source) with itself.",
                                                          id: "CopyError", path: source))
                continue
            }
            // Copying a tree into itself would never end.
            if FileSystem.isDirectory(source), target.hasPrefix(source + "/") {
                try context.writeError(FileErrors.ioError("Cannot copy item \(source) onto itself.",
                                                          id: "CopyContainerItemToLeafError", path: source))
                continue
            }
            let copied: Bool
            if FileSystem.isDirectory(source) {
                // Without -Recurse PowerShell copies only the directory itself, empty.
                copied = context.flag("Recurse") ? FileSystem.copyTree(source, to: target) : FileSystem.createDirectories(target)
            } else {
                copied = FileSystem.copyFile(source, to: target)
            }
            guard copied else {
                try context.writeError(FileErrors.ioError("Could not find a part of the path '\(target)'.",
                                                          id: "CopyDirectoryInfoItemIOError", path: target))
                continue
            }
            if context.flag("PassThru"), let item = FileSystemItem(path: target) { try context.write(.native(item)) }
        }
    }
}
