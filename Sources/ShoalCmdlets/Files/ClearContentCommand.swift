// Clear-Content: empties files (truncates them to nothing) without
// deleting them; a directory cannot be cleared, as in pwsh.

import Glibc
import ShoalRuntime

final class ClearContentCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Clear-Content", synopsis: "Deletes the contents of an item, but does not delete the item.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility; the file's permissions decide whether it can be emptied."),
        ] + PathParameters.nameFilters,
        confirmImpact: .medium,
        description: "Empties files without deleting them.",
        examples: [
            HelpExample("Truncate a file",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'old data'\nClear-Content $file\n(Get-Item $file).Length\nRemove-Item $file",
                        output: "0\n"),
            HelpExample("Empty the logs of a folder but keep the files",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-clearcontent-2'\n$null = New-Item -ItemType Directory $dir\nSet-Content \"$dir/app.log\" 'request 1', 'request 2'\nSet-Content \"$dir/error.log\" 'timeout'\nSet-Content \"$dir/app.conf\" 'port=80'\nClear-Content \"$dir/*\" -Filter *.log\nGet-ChildItem $dir | ForEach-Object { '{0,-10} {1}' -f $_.Name, $_.Length }\nRemove-Item -Recurse $dir",
                        output: "app.conf   8\napp.log    0\nerror.log  0\n",
                        remarks: "The files stay (with their permissions and owner); only their content goes."),
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
