// Copy-Item: copies files, and directories (with their contents when
// -Recurse is given), to a destination file or directory; with -ToSession
// or -FromSession, to or from the far side of a PSSession (streamed over
// its connection, permission bits kept).

import ShoalRuntime

final class CopyItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Copy-Item", synopsis: "Copies an item from one location to another.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Destination", type: "string", position: 1, pipelineByPropertyName: true, help: "Where to copy: into it when it is an existing folder, else the copy's own path (the current location by default)."),
            ParameterDescriptor("Recurse", type: "switch", help: "Copies a folder's contents too; without it only an empty folder is made."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility; an existing file at the destination is replaced with or without it."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the copies to the pipeline."),
            ParameterDescriptor("Container", type: "switch", help: "Accepted for compatibility; a copied tree always keeps its folders."),
            ParameterDescriptor("ToSession", help: "A PSSession (New-PSSession) to copy the local items to; -Destination is then a path on its host."),
            ParameterDescriptor("FromSession", help: "A PSSession to copy from: -Path names items on its host and -Destination is a local path."),
            ParameterDescriptor("Filter", type: "string", help: "Copies only the items whose names match this wildcard pattern (with -Recurse, only such files in the tree)."),
            ParameterDescriptor("Include", type: "string[]", help: "Copies only the items (with -Recurse, the files in the tree) whose names match one of these patterns."),
            ParameterDescriptor("Exclude", type: "string[]", help: "Leaves out the items (with -Recurse, the files in the tree) whose names match one of these patterns."),
        ],
        confirmImpact: .medium,
        description: "Copies files and directories (-Recurse for their contents) to a destination, which may be a new name.",
        examples: [
            HelpExample("Copy a file under a new name",
                        code: "$source = New-TemporaryFile\nSet-Content $source 'payload'\n$target = \"$source.bak\"\nCopy-Item $source $target\nGet-Content $target\nRemove-Item $source, $target",
                        output: "payload\n"),
            HelpExample("Copy a folder with everything in it",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-copyitem-2'\n$null = New-Item -ItemType Directory \"$dir/site/css\" -Force\nSet-Content \"$dir/site/index.html\" '<h1>Hello</h1>'\nSet-Content \"$dir/site/css/main.css\" 'body { margin: 0 }'\nCopy-Item \"$dir/site\" \"$dir/site-backup\" -Recurse\nGet-ChildItem \"$dir/site-backup\" -Recurse -Name\nRemove-Item -Recurse $dir",
                        output: "css\nindex.html\ncss/main.css\n",
                        remarks: "Without -Recurse only an empty site-backup folder is made."),
            HelpExample("Collect files into one folder",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-copyitem-3'\n$null = New-Item -ItemType Directory \"$dir/api\", \"$dir/web\", \"$dir/collected\"\nSet-Content \"$dir/api/api.log\" 'started'\nSet-Content \"$dir/web/web.log\" 'started'\nCopy-Item \"$dir/*/*.log\" \"$dir/collected\" -PassThru | ForEach-Object Name\nRemove-Item -Recurse $dir",
                        output: "api.log\nweb.log\n",
                        remarks: "The destination is an existing folder, so each file keeps its name; -PassThru writes the copies."),
        ])

    func process(_ context: CmdletContext) throws {
        if let session = context.value("ToSession") ?? context.value("FromSession") {
            try copyWithSession(session, toSession: context.has("ToSession"), context)
            return
        }
        let resolver = PathResolver(context: context)
        let destination = resolver.absolute(context.string("Destination") ?? ".")
        // -Filter/-Include/-Exclude pick the items named, and in a tree copied
        // with -Recurse the files (its folders are all made), as in pwsh.
        let names = NameFilter(context: context)
        let recurse = context.flag("Recurse")
        for source in try resolver.existingPaths() {
            if !(recurse && FileSystem.isDirectory(source)), !names.accepts(PathText.leaf(source)) { continue }
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
                copied = recurse ? FileSystem.copyTree(source, to: target, copying: names.accepts) : FileSystem.createDirectories(target)
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
