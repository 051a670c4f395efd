// Rename-Item: gives an item a new name in the same directory.

import ShoalRuntime

final class RenameItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Rename-Item", synopsis: "Renames an item in a PowerShell provider namespace.",
        parameters: [
            ParameterDescriptor("Path", type: "string", position: 0, pipeline: true, pipelineByPropertyName: true, help: "The item to rename; wildcards are allowed."),
            ParameterDescriptor("LiteralPath", type: "string", pipelineByPropertyName: true, aliases: ["PSPath", "LP"], help: "The item to rename, taken as written (no wildcards)."),
            ParameterDescriptor("NewName", type: "string", position: 1, mandatory: true, pipelineByPropertyName: true, help: "The new name; a path must stay in the same folder (Move-Item moves items). With piped items, a script block works out each one's name from $_."),
            ParameterDescriptor("Force", type: "switch", help: "Replaces a file that already has the new name (never a folder)."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the renamed item to the pipeline."),
        ],
        confirmImpact: .medium,
        description: "Renames a file or directory in place.",
        examples: [
            HelpExample("Rename every piped file with a script block",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-renameitem-4'\n$null = New-Item -ItemType Directory $dir -Force\n'app', 'db' | ForEach-Object { Set-Content (Join-Path $dir \"$_.log\") $_ }\nGet-ChildItem $dir -Filter *.log | Rename-Item -NewName { $_.BaseName + '.old' }\n(Get-ChildItem $dir).Name\nRemove-Item $dir -Recurse",
                        output: "app.old\ndb.old\n",
                        remarks: "A script block given to a parameter that takes piped input runs for each item, with the item in $_; its result is the value."),
            HelpExample("Rename a file",
                        code: "$file = New-TemporaryFile\nRename-Item $file \"$($file.Name).txt\"\nTest-Path \"$file.txt\"\nRemove-Item \"$file.txt\"",
                        output: "True\n"),
            HelpExample("Change the extension of many files",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-renameitem-2'\n$null = New-Item -ItemType Directory $dir\n'jan.log', 'feb.log' | ForEach-Object { Set-Content \"$dir/$_\" $_ }\nGet-ChildItem $dir -Filter *.log | ForEach-Object { Rename-Item $_.FullName ($_.BaseName + '.old') }\nGet-ChildItem $dir -Name\nRemove-Item -Recurse $dir",
                        output: "feb.old\njan.old\n"),
            HelpExample("Rename and keep working with the item",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-renameitem-3'\n$null = New-Item -ItemType Directory $dir\nSet-Content \"$dir/export.tmp\" 'id,name'\n$csv = Rename-Item \"$dir/export.tmp\" report.csv -PassThru\n$csv.Name\nGet-Content $csv\nRemove-Item -Recurse $dir",
                        output: "report.csv\nid,name\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let newName = context.string("NewName") ?? ""
        let resolver = PathResolver(context: context)
        for source in try resolver.existingPaths() {
            // A new name with a directory part must name the same directory.
            let target: String
            if newName.contains("/") {
                target = resolver.absolute(newName)
                guard PathText.parent(target) == PathText.parent(source) else {
                    try context.writeError(ErrorRecord("Cannot rename the specified target, because it represents a path or device name.",
                                                       exceptionType: "System.ArgumentException", errorId: "Argument",
                                                       category: .invalidArgument, target: .string(newName)))
                    continue
                }
            } else {
                target = PathText.join(PathText.parent(source), newName)
            }
            try ItemMover.move(source, to: target, force: context.flag("Force"), errorId: "RenameItemIOError", verb: "Rename",
                               context: context)
        }
    }
}
