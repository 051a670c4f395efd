// Copy-Item: copies files, and directories (with their contents when
// -Recurse is given), to a destination file or directory; with -ToSession
// or -FromSession, to or from the far side of a PSSession (streamed over
// its connection, permission bits kept).

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
            ParameterDescriptor("ToSession"),
            ParameterDescriptor("FromSession"),
        ] + PathParameters.nameFilters,
        confirmImpact: .medium,
        description: "Copies files and directories (-Recurse for their contents) to a destination, which may be a new name.",
        examples: [
            HelpExample("Copy a file under a new name",
                        code: "$source = New-TemporaryFile\nSet-Content $source 'payload'\n$target = \"$source.bak\"\nCopy-Item $source $target\nGet-Content $target\nRemove-Item $source, $target",
                        output: "payload\n"),
        ])

    func process(_ context: CmdletContext) throws {
        if let session = context.value("ToSession") ?? context.value("FromSession") {
            try copyWithSession(session, toSession: context.has("ToSession"), context)
            return
        }
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
            let kind = FileSystem.isDirectory(source) ? "Directory" : "File"
            guard try context.shouldProcess("Item: \(source) Destination: \(target)", action: "Copy \(kind)") else { continue }
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

    /// -ToSession: local sources (wildcards resolved here) to a path on the
    /// far side; -FromSession: the far side's paths (literal) to a local one.
    private func copyWithSession(_ session: Value, toSession: Bool, _ context: CmdletContext) throws {
        if context.has("ToSession") && context.has("FromSession") {
            throw context.terminatingError("The ToSession and FromSession parameters cannot be used together.",
                                           id: "InvalidInput", category: .invalidArgument)
        }
        guard let copier = context.runspace.sessionCopier else {
            throw context.terminatingError("This runspace cannot reach PSSessions.", id: "SessionCopyUnavailable")
        }
        guard let destination = context.string("Destination") else {
            throw context.terminatingError("A destination must be given with -\(toSession ? "ToSession" : "FromSession").",
                                           id: "CopyItemRemoteDestinationIsNull", category: .invalidArgument)
        }
        let sources: [String]
        let local: String
        if toSession {
            sources = try PathResolver(context: context).existingPaths()
            local = destination
        } else {
            sources = (context.value("Path") ?? context.value("LiteralPath"))?.enumeratedItems.map(Conversion.toString) ?? []
            local = PathResolver(context: context).absolute(destination)
        }
        let failures: [String]
        do {
            failures = try copier.copy(sources, to: local, session: session, toSession: toSession, recurse: context.flag("Recurse"),
                                       runspace: context.runspace)
        } catch let refused as SessionCopyRefused {
            throw context.terminatingError(refused.message, id: "CannotConvertArgumentNoMessage", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        for failure in failures {
            try context.writeError(FileErrors.ioError(failure, id: "CopyError", path: destination))
        }
    }
}
