// New-Item: creates a file (optionally with -Value as its content), a
// directory or a link, and returns the new item.

import Glibc
import ShoalRuntime

final class NewItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "New-Item", synopsis: "Creates a new item.",
        parameters: [
            ParameterDescriptor("Path", type: "string[]", position: 0, pipelineByPropertyName: true, help: "Where to create the items; with -Name, the folder to create them in."),
            ParameterDescriptor("Name", type: "string", pipelineByPropertyName: true, help: "The new item's name, joined to -Path (or to the current location)."),
            ParameterDescriptor("ItemType", type: "string", aliases: ["Type"], help: "File (the default), Directory, SymbolicLink or HardLink (both with -Target); not needed on the env:, variable:, function: and alias: drives."),
            ParameterDescriptor("Value", pipeline: true, pipelineByPropertyName: true, aliases: ["Target"], help: "A new file's content, or the value of a new env:, variable:, function: or alias: item."),
            ParameterDescriptor("Force", type: "switch", help: "Creates missing parent folders, replaces an existing file or item, and returns a folder that already exists."),
        ],
        confirmImpact: .medium,
        description: "Creates a file, a directory (-ItemType Directory) or a link, optionally with -Value as its content; -Force creates missing parents and replaces a file.",
        examples: [
            HelpExample("Create a directory tree and a file in it",
                        code: "$root = Join-Path ([System.IO.Path]::GetTempPath()) \"new-item-example-$PID\"\n(New-Item -ItemType Directory \"$root/a/b\" -Force).Name\n(New-Item \"$root/a/b/note.txt\" -Value 'hi').Length\nRemove-Item -Recurse $root",
                        output: "b\n2\n"),
            HelpExample("Create a file with content in a folder",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-newitem-2'\n$null = New-Item -ItemType Directory $dir\n$null = New-Item -Path $dir -Name app.conf -Value \"port=8080`nworkers=4\"\nGet-Content \"$dir/app.conf\"\ntry { New-Item -Path $dir -Name app.conf -ErrorAction Stop } catch { 'app.conf exists: use -Force to replace it' }\nRemove-Item -Recurse $dir",
                        output: "port=8080\nworkers=4\napp.conf exists: use -Force to replace it\n"),
            HelpExample("Create an environment variable",
                        code: "$null = New-Item env:SHOAL_HELP_NEWITEM_3 -Value 'on'\n$env:SHOAL_HELP_NEWITEM_3\nRemove-Item env:SHOAL_HELP_NEWITEM_3",
                        output: "on\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        var paths = context.value("Path")?.enumeratedItems.map(Conversion.toString) ?? []
        if let name = context.string("Name") {
            paths = paths.isEmpty ? [name] : paths.map { PathText.join($0, name) }
        }
        guard !paths.isEmpty else {
            throw context.terminatingError("Cannot process command because of one or more missing mandatory parameters: Path.",
                                           id: "MissingMandatoryParameter", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let drivePaths = paths.compactMap(SessionDrivePath.init)
        if !drivePaths.isEmpty, drivePaths.count == paths.count {
            let value = context.value("Value") ?? .null
            for path in drivePaths {
                if !path.items(context.runspace).isEmpty, !context.flag("Force") {
                    try context.writeError(ErrorRecord("A \(path.drive.rawValue.lowercased()) item with name '\(path.item)' already exists.",
                                                       exceptionType: "System.Management.Automation.SessionStateException",
                                                       errorId: "NewItemAlreadyExists", category: .resourceExists,
                                                       target: .string(path.item)))
                    continue
                }
                guard try context.shouldProcess("Item: \(path.item) Value: \(Conversion.toString(value))", action: "New Item") else { continue }
                do {
                    try path.set(value, context.runspace, force: context.flag("Force"), span: context.span)
                } catch let error as ScriptError {
                    try context.writeError(error.record)
                    continue
                }
                for (_, item) in path.items(context.runspace) { try context.write(item) }
            }
            return
        }
        let type = (context.string("ItemType") ?? "File").lowercased()
        for path in paths.map(resolver.absolute) {
            switch type {
            case "file": try createFile(path, context)
            case "directory", "container": try createDirectory(path, context)
            case "symboliclink", "hardlink": try createLink(path, hard: type == "hardlink", context)
            default:
                throw context.terminatingError("The type is not a known type for the file system. Only \"file\",\"directory\" or \"symboliclink\" can be specified.",
                                               id: "NewItemWrongType", category: .invalidArgument,
                                               exceptionType: "System.ArgumentException", target: .string(path))
            }
        }
    }

    func createFile(_ path: String, _ context: CmdletContext) throws {
        let force = context.flag("Force")
        if FileSystem.exists(path), !force || FileSystem.isDirectory(path) {
            try context.writeError(FileErrors.ioError("The file '\(path)' already exists.", id: "NewItemIOError", path: path))
            return
        }
        guard try context.shouldProcess("Destination: \(path)", action: "Create File") else { return }
        if force { FileSystem.createDirectories(PathText.parent(path)) }
        let text = context.value("Value").map(Conversion.toString) ?? ""
        guard FileSystem.write(text, to: path, append: false), let item = FileSystemItem(path: path) else {
            try context.writeError(FileErrors.ioError("Could not find a part of the path '\(path)'.", id: "NewItemIOError", path: path))
            return
        }
        try context.write(.native(item))
    }

    /// `-ItemType SymbolicLink -Target t`: the link holds the target as
    /// written (relative to the link's folder, and it may dangle), as pwsh
    /// 7.4 makes it; `HardLink` needs an existing file. An existing path is
    /// an error unless -Force replaces it.
    func createLink(_ path: String, hard: Bool, _ context: CmdletContext) throws {
        guard let written = context.value("Value").map(Conversion.toString), !written.isEmpty else {
            throw context.terminatingError("Value cannot be null. (Parameter 'value')", id: "ArgumentNull", category: .invalidArgument,
                                           exceptionType: "System.ArgumentNullException")
        }
        var target = String(written.map { $0 == "\\" ? "/" : $0 })
        if hard {
            target = PathResolver(context: context).absolute(target)
            guard FileSystem.exists(target) else {
                try context.writeError(ErrorRecord("Cannot find path '\(target)' because it does not exist.",
                                                   exceptionType: "System.Management.Automation.ItemNotFoundException",
                                                   errorId: "ItemNotFound", category: .objectNotFound, target: .string(target)))
                return
            }
            guard !FileSystem.isDirectory(target) else {
                try context.writeError(ErrorRecord("A file is required for the operation. The item '\(target)' is not a file.",
                                                   exceptionType: "System.InvalidOperationException", errorId: "ItemNotFile",
                                                   category: .invalidOperation, target: .string(target)))
                return
            }
        }
        guard try context.shouldProcess("Destination: \(path)", action: hard ? "Create Hard Link" : "Create Symbolic Link") else { return }
        if FileSystem.exists(path) || FileSystem.isLink(path) {
            guard context.flag("Force") else {
                try context.writeError(FileErrors.ioError("Cannot create link because the path already exists: \(path).",
                                                          id: "SymLinkExists", path: path, category: .resourceExists))
                return
            }
            _ = FileSystem.remove(path, recursive: false)
        }
        let made = hard ? link(target, path) == 0 : symlink(target, path) == 0
        guard made, let item = FileSystemItem(path: path) else {
            try context.writeError(FileErrors.ioError("Could not create the link '\(path)': \(FileSystem.lastErrorMessage)",
                                                      id: hard ? "NewItemHardLinkIOError" : "NewItemSymbolicLinkIOError", path: path))
            return
        }
        try context.write(.native(item))
    }

    func createDirectory(_ path: String, _ context: CmdletContext) throws {
        if FileSystem.exists(path), !context.flag("Force") {
            try context.writeError(FileErrors.ioError("An item with the specified name \(path) already exists.",
                                                      id: "DirectoryExist", path: path, category: .resourceExists))
            return
        }
        guard try context.shouldProcess("Destination: \(path)", action: "Create Directory") else { return }
        guard FileSystem.createDirectories(path), let item = FileSystemItem(path: path) else {
            try context.writeError(FileErrors.ioError("Access to the path '\(path)' is denied.", id: "CreateDirectoryIOError", path: path))
            return
        }
        try context.write(.native(item))
    }
}
