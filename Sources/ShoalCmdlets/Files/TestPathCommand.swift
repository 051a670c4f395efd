// Test-Path: whether each path exists, optionally as a file (-PathType
// Leaf) or a directory (Container). Wildcards match any existing item.

import ShoalRuntime

final class TestPathCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Test-Path", synopsis: "Determines whether all elements of a path exist.",
        parameters: [
            ParameterDescriptor("Path", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The paths to test; wildcards are allowed (True when anything matches)."),
            ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"],
                                help: "The paths to test, taken as written (no wildcards)."),
            ParameterDescriptor("PathType", type: "string", aliases: ["Type"], validateSet: ["Any", "Container", "Leaf"], help: "Any (the default), Container (a folder) or Leaf (anything else, such as a file)."),
            ParameterDescriptor("IsValid", type: "switch", help: "Tells only whether the path is well formed (and its drive exists), not whether the item exists."),
            ParameterDescriptor("Filter", type: "string", help: "Counts only the items whose names match this wildcard pattern."),
            ParameterDescriptor("Include", type: "string[]", help: "Counts only the items whose names match one of these wildcard patterns."),
            ParameterDescriptor("Exclude", type: "string[]", help: "Does not count the items whose names match one of these wildcard patterns."),
        ],
        description: "Tells whether a path exists (True or False); -PathType Leaf or Container asks for a file or a directory, -IsValid only checks the syntax.",
        examples: [
            HelpExample("Check for a directory and a file",
                        code: "Test-Path / -PathType Container\nTest-Path /no/such/file",
                        output: "True\nFalse\n"),
            HelpExample("Environment variables are items too",
                        code: "$env:SHOAL_HELP_TESTPATH_2 = 1\nTest-Path env:SHOAL_HELP_TESTPATH_2\nRemove-Item env:SHOAL_HELP_TESTPATH_2\nTest-Path env:SHOAL_HELP_TESTPATH_2",
                        output: "True\nFalse\n"),
            HelpExample("Create a folder only when it is missing",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-testpath-3'\nforeach ($attempt in 1, 2) {\n    if (Test-Path $dir -PathType Container) { 'already there' } else { $null = New-Item -ItemType Directory $dir; 'created' }\n}\nRemove-Item $dir",
                        output: "created\nalready there\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        let given = context.value("LiteralPath") ?? context.value("Path") ?? .null
        // `$null` (or an empty collection) is no path: pwsh's non-terminating
        // NullPathNotPermitted, for the whole argument or each null in it.
        let items = given.enumeratedItemsKeepingNull
        if given.isNull || items.isEmpty {
            try context.writeError(nullPath(given))
            return
        }
        let literal = context.value("LiteralPath") != nil
        let kind = context.string("PathType")?.lowercased() ?? "any"
        // Only items whose names pass -Filter/-Include/-Exclude count.
        let names = NameFilter(context: context)
        for item in items {
            if item.isNull {
                try context.writeError(nullPath(given))
                continue
            }
            let path = Conversion.toString(item)
            // PowerShell 7 answers False for an empty or blank path rather than failing.
            guard !path.trimmingCharacters().isEmpty else {
                try context.write(.bool(false))
                continue
            }
            if let drivePath = SessionDrivePath.located(path, in: context.runspace) {
                try context.write(.bool(drivePath.item.isEmpty || !drivePath.items(context.runspace).isEmpty))
                continue
            }
            if context.flag("IsValid") {
                try context.write(.bool(TestPathCommand.isValid(path)))
                continue
            }
            let matches = try resolver.expand(path, literal: literal).filter { FileSystem.exists($0) && names.accepts(PathText.leaf($0)) }
            let found = matches.contains { match in
                switch kind {
                case "leaf": return !FileSystem.isDirectory(match)
                case "container": return FileSystem.isDirectory(match)
                default: return true
                }
            }
            try context.write(.bool(found))
        }
    }

    func nullPath(_ given: Value) -> ErrorRecord {
        ErrorRecord("The provided Path argument was null or an empty collection.", exceptionType: "System.ArgumentNullException",
                    errorId: "NullPathNotPermitted", category: .invalidArgument, target: given)
    }

    /// The drives pwsh has on Linux besides the file system's `/`.
    static let driveNames: Set<String> = ["alias", "env", "function", "temp", "variable"]

    /// -IsValid: Linux forbids only NUL in a path; a `name:` before any
    /// `/` must name a drive (`nodrive:x` is not a valid path).
    static func isValid(_ path: String) -> Bool {
        if path.contains("\0") { return false }
        guard let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") else { return true }
        return driveNames.contains(path[..<colon].lowercased())
    }
}
