// Rename-Item: gives an item a new name in the same directory.

import ShoalRuntime

final class RenameItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Rename-Item", synopsis: "Renames an item in a PowerShell provider namespace.",
        parameters: [
            ParameterDescriptor("Path", type: "string", position: 0, pipeline: true, pipelineByPropertyName: true),
            ParameterDescriptor("LiteralPath", type: "string", pipelineByPropertyName: true, aliases: ["PSPath", "LP"]),
            ParameterDescriptor("NewName", type: "string", position: 1, mandatory: true, pipelineByPropertyName: true),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("PassThru", type: "switch"),
        ],
        confirmImpact: .medium,
        description: "Renames a file or directory in place.",
        examples: [
            HelpExample("Rename a file",
                        code: "$file = New-TemporaryFile\nRename-Item $file \"$($file.Name).txt\"\nTest-Path \"$file.txt\"\nRemove-Item \"$file.txt\"",
                        output: "True\n"),
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
