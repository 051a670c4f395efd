// Get-Item: the file or directory objects at the given paths.

import ShoalRuntime

final class GetItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Item", synopsis: "Gets the item at the specified location.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Force", type: "switch", help: "Lets a wildcard match hidden (dot) items too (a path written out always names its item)."),
        ] + PathParameters.nameFilters,
        description: "Gets the item at a path (a file, a directory, or an env:, variable:, function: or alias: item) without its contents.",
        examples: [
            HelpExample("A file's properties",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'hello' -NoNewline\n$item = Get-Item $file\n$item.Length\n$item.Extension\nRemove-Item $file",
                        output: "5\n.tmp\n"),
            HelpExample("Tell folders from files",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-getitem-2'\n$null = New-Item -ItemType Directory \"$dir/data\"\nSet-Content \"$dir/data.csv\" 'id,name'\nGet-Item \"$dir/data*\" | ForEach-Object { '{0,-9} {1}' -f $_.Name, $(if ($_.PSIsContainer) { 'folder' } else { 'file' }) }\nRemove-Item -Recurse $dir",
                        output: "data      folder\ndata.csv  file\n"),
            HelpExample("Get an environment variable as an item",
                        code: "$env:SHOAL_HELP_GETITEM_3 = 'blue'\nGet-Item env:SHOAL_HELP_GETITEM_3\nRemove-Item env:SHOAL_HELP_GETITEM_3",
                        output: "\nName                 Value\n----                 -----\nSHOAL_HELP_GETITEM_3 blue\n\n"),
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
