// Get-ChildItem: the items in directories, optionally recursive, filtered
// by name (-Filter, -Include, -Exclude) and kind (-File, -Directory).
// Dot files show only with -Force or -Hidden, as on PowerShell for Linux.

import ShoalRuntime

final class GetChildItemCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-ChildItem", synopsis: "Gets the items and child items in one or more specified locations.",
        parameters: [
            ParameterDescriptor("Path", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The folders (or items) to list; wildcards are allowed. The current location by default."),
            ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"],
                                help: "The folders (or items) to list, taken as written (no wildcards)."),
            ParameterDescriptor("Filter", type: "string", position: 1, help: "Lists only the names that match this wildcard pattern, such as *.log."),
            ParameterDescriptor("Include", type: "string[]", help: "Lists only the names that match one of these wildcard patterns."), ParameterDescriptor("Exclude", type: "string[]", help: "Leaves out the names that match one of these wildcard patterns."),
            ParameterDescriptor("Recurse", type: "switch", aliases: ["s", "r"], help: "Lists the contents of every subfolder too, all the way down."),
            ParameterDescriptor("Depth", type: "int", help: "Descends at most this many levels below each folder (0: its own items only); implies -Recurse."),
            ParameterDescriptor("File", type: "switch", help: "Lists only files."),
            ParameterDescriptor("Directory", type: "switch", aliases: ["ad", "d"], help: "Lists only folders."),
            ParameterDescriptor("Hidden", type: "switch", aliases: ["ah", "h"], help: "Lists only hidden items (names starting with a dot)."),
            ParameterDescriptor("Name", type: "switch", help: "Writes names as strings (paths relative to the folder with -Recurse) instead of items."),
            ParameterDescriptor("Force", type: "switch", help: "Lists hidden items (names starting with a dot) too."),
            ParameterDescriptor("FollowSymlink", type: "switch", help: "Accepted for compatibility; -Recurse does not yet descend into symbolic links to folders."),
        ],
        description: "Lists the items in a directory (or on a session drive): files and folders as objects with Name, Length, LastWriteTime, UnixMode and more; -Recurse descends, -Filter, -Include and -Exclude choose names, -File and -Directory kinds.",
        examples: [
            HelpExample("List the files of a folder by name",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) \"gci-example-$PID\"\n$null = New-Item -ItemType Directory \"$dir/logs\"\n'a', 'b' | ForEach-Object { Set-Content \"$dir/$_.txt\" $_ }\nGet-ChildItem $dir -File | ForEach-Object Name\nGet-ChildItem $dir -Recurse -Directory | ForEach-Object Name\nRemove-Item -Recurse $dir",
                        output: "a.txt\nb.txt\nlogs\n"),
            HelpExample("Find files by pattern in a whole tree",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-getchilditem-2'\n$null = New-Item -ItemType Directory \"$dir/api\", \"$dir/web/old\" -Force\nSet-Content \"$dir/api/app.log\" 'started'\nSet-Content \"$dir/web/access.log\" 'GET /'\nSet-Content \"$dir/web/old/access.1.log\" 'GET /old'\nSet-Content \"$dir/web/index.html\" '<h1>Hello</h1>'\nGet-ChildItem $dir -Recurse -Filter *.log -Name\nRemove-Item -Recurse $dir",
                        output: "api/app.log\nweb/access.log\nweb/old/access.1.log\n",
                        remarks: "-Name writes paths relative to the folder listed, as strings."),
            HelpExample("Find the largest files",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-getchilditem-3'\n$null = New-Item -ItemType Directory \"$dir/cache\" -Force\nSet-Content \"$dir/cache/blob.bin\" ('x' * 4095)\nSet-Content \"$dir/dump.sql\" ('x' * 1023)\nSet-Content \"$dir/notes.txt\" 'todo'\nGet-ChildItem $dir -Recurse -File | Sort-Object Length -Descending | Select-Object -First 2 Name, Length\nRemove-Item -Recurse $dir",
                        output: "\nName     Length\n----     ------\nblob.bin   4096\ndump.sql   1024\n\n"),
        ])

    struct Options {
        var names: NameFilter
        var filesOnly: Bool
        var directoriesOnly: Bool
        var showHidden: Bool
        var hiddenOnly: Bool
        var namesOnly: Bool
        var maximumDepth: Int?
    }

    func process(_ context: CmdletContext) throws {
        if let drivePaths = SessionDrivePath.among(context) {
            return try SessionDrivePath.writeItems(drivePaths, missingIsError: true, context)
        }
        let depth = context.integer("Depth")
        let recurse = context.flag("Recurse") || depth != nil
        let options = Options(names: NameFilter(context: context), filesOnly: context.flag("File"),
                              directoriesOnly: context.flag("Directory"),
                              showHidden: context.flag("Force") || context.flag("Hidden"), hiddenOnly: context.flag("Hidden"),
                              namesOnly: context.flag("Name"), maximumDepth: recurse ? (depth ?? Int.max) : 0)
        let resolver = PathResolver(context: context)
        let (written, literal) = resolver.requestedPaths(default: ".")
        for original in written {
            var path = original
            var options = options
            if recurse, !literal { recursiveSearch(&path, &options, resolver) }
            let globbed = !literal && PathText.hasWildcard(path)
            // `file/` names a directory: a file there is not found.
            let namesDirectory = path.count > 1 && (path.hasSuffix("/") || path.hasSuffix("\\"))
            for match in try resolver.expand(path, literal: literal) {
                guard FileSystem.exists(match), !namesDirectory || FileSystem.isDirectory(match) else {
                    var record = FileErrors.pathNotFound(match)
                    if namesDirectory { record = FileErrors.itemNotFound(match) }
                    try context.writeError(record)
                    continue
                }
                // A directory a wildcard matched is itself the item, unless recursing.
                if FileSystem.isDirectory(match), !globbed || recurse {
                    try list(match, root: match, level: 0, options, context)
                } else if let item = FileSystemItem(path: match), accepts(item, options) {
                    try context.write(options.namesOnly ? .string(item.name) : .native(item))
                }
            }
        }
    }

    /// pwsh's fix-ups for a recursive search: `dir/*` with -File or
    /// -Directory searches `dir`, and a last part that is not a directory
    /// (`dir/F*.txt`, `tem*`, `dir/file`) becomes the -Include of a search
    /// from its parent, matched at every depth.
    func recursiveSearch(_ path: inout String, _ options: inout Options, _ resolver: PathResolver) {
        guard !path.hasSuffix("/"), !path.hasSuffix("\\") else { return }
        let separator = path.lastIndex { $0 == "/" || $0 == "\\" }
        let leaf = String(separator.map { path[path.index(after: $0)...] } ?? path[...])
        if leaf == "*", options.filesOnly || options.directoriesOnly { path.removeLast(leaf.count) }
        guard options.names.includes == nil, !path.isEmpty, !FileSystem.isDirectory(resolver.absolute(path)) else {
            return
        }
        if leaf != "*" { options.names = options.names.including(leaf) }
        path.removeLast(leaf.count)
    }

    func accepts(_ item: FileSystemItem, _ options: Options) -> Bool {
        if options.filesOnly, item.isDirectory { return false }
        if options.directoriesOnly, !item.isDirectory { return false }
        return options.names.accepts(item.name)
    }

    /// Writes a directory's items, then (when recursing) each subdirectory's.
    func list(_ directory: String, root: String, level: Int, _ options: Options, _ context: CmdletContext) throws {
        // Also here: a tree with nothing to write (-File, a filter) is still walked.
        try context.checkStopped()
        let visible = (FileSystem.entries(directory) ?? []).filter { name in
            let hidden = name.hasPrefix(".")
            return options.hiddenOnly ? hidden : (options.showHidden || !hidden)
        }
        let items = visible.compactMap { FileSystemItem(path: PathText.join(directory, $0)) }
        // PowerShell lists a directory's subdirectories before its files.
        let ordered = items.filter(\.isDirectory) + items.filter { !$0.isDirectory }
        for item in ordered where accepts(item, options) {
            try context.checkStopped()
            let relative = String(item.fullName.dropFirst(root == "/" ? 1 : root.count + 1))
            try context.write(options.namesOnly ? .string(relative) : .native(item))
        }
        guard level < (options.maximumDepth ?? 0) else { return }
        for item in ordered where item.isDirectory && !item.isLink {
            try list(item.fullName, root: root, level: level + 1, options, context)
        }
    }
}
