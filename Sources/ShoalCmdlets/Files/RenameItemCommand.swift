// Rename-Item: gives an item a new name in the same directory.

import ShoalRuntime

final class RenameItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Rename-Item", synopsis: "Renames an item in a PowerShell provider namespace.",
        parameters: [
            ParameterDescriptor("Path", type: "string", position: 0, pipeline: true, pipelineByPropertyName: true, help: "The item to rename; wildcards are allowed."),
            ParameterDescriptor("LiteralPath", type: "string", pipelineByPropertyName: true, aliases: ["PSPath", "LP"], help: "The item to rename, taken as written (no wildcards)."),
            ParameterDescriptor("NewName", type: "string", position: 1, mandatory: true, pipelineByPropertyName: true, help: "The new name; a path must stay in the same folder (Move-Item moves items)."),
            ParameterDescriptor("Force", type: "switch", help: "Replaces a file that already has the new name (never a folder)."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the renamed item to the pipeline."),
        ],
        confirmImpact: .medium,
        description: "Renames a file or directory in place.",
        examples: [
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
