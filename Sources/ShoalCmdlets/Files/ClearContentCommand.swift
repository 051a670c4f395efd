// Clear-Content: empties files (truncates them to nothing) without
// deleting them; a directory cannot be cleared, as in pwsh.

import Glibc
import ShoalRuntime

final class ClearContentCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Clear-Content", synopsis: "Deletes the contents of an item, but does not delete the item.",
        parameters: PathParameters.pathAndLiteralPath + [ParameterDescriptor("Force", type: "switch")] + PathParameters.nameFilters,
        confirmImpact: .medium,
        description: "Empties files without deleting them.",
        examples: [
            HelpExample("Truncate a file",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'old data'\nClear-Content $file\n(Get-Item $file).Length\nRemove-Item $file",
                        output: "0\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let names = NameFilter(context: context)
        for path in try PathResolver(context: context).existingPaths() where names.accepts(PathText.leaf(path)) {
            if FileSystem.isDirectory(path) {
                try context.writeError(FileErrors.ioError("Unable to clear content of '\(path)' because it is a directory.",
                                                          id: "ClearDirectoryContent", path: path))
                continue
            }
            guard try context.shouldProcess("Item: \(path)", action: "Clear Content") else { continue }
            if truncate(path, 0) != 0 {
                try context.writeError(FileErrors.ioError("Cannot clear the content of \(path): \(FileSystem.lastErrorMessage)",
                                                          id: "ClearContentIOError", path: path))
            }
        }
    }
}
