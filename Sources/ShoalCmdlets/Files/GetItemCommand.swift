// Get-Item: the file or directory objects at the given paths.

import ShoalRuntime

final class GetItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Item", synopsis: "Gets the item at the specified location.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Force", type: "switch"),
        ] + PathParameters.nameFilters,
        description: "Gets the item at a path (a file, a directory, or an env:, variable:, function: or alias: item) without its contents.",
        examples: [
            HelpExample("A file's properties",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'hello' -NoNewline\n$item = Get-Item $file\n$item.Length\n$item.Extension\nRemove-Item $file",
                        output: "5\n.tmp\n"),
        ])

    func process(_ context: CmdletContext) throws {
        if let drivePaths = SessionDrivePath.among(context) {
            return try SessionDrivePath.writeItems(drivePaths, missingIsError: true, context)
        }
        let names = NameFilter(context: context)
        for path in try PathResolver(context: context).existingPaths() {
            guard let item = FileSystemItem(path: path), names.accepts(item.name) else { continue }
            try context.write(.native(item))
        }
    }
}
