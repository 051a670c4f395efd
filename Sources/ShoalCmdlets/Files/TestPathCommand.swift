// Test-Path: whether each path exists, optionally as a file (-PathType
// Leaf) or a directory (Container). Wildcards match any existing item.

import ShoalRuntime

final class TestPathCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Test-Path", synopsis: "Determines whether all elements of a path exist.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("PathType", type: "string", aliases: ["Type"], validateSet: ["Any", "Container", "Leaf"]),
            ParameterDescriptor("IsValid", type: "switch"),
        ] + PathParameters.nameFilters)

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        let (paths, literal) = resolver.requestedPaths()
        let kind = context.string("PathType")?.lowercased() ?? "any"
        for path in paths {
            // PowerShell 7 answers False for an empty or blank path rather than failing.
            guard !path.trimmingCharacters().isEmpty else {
                try context.write(.bool(false))
                continue
            }
            if context.flag("IsValid") {
                try context.write(.bool(!path.contains("\0")))
                continue
            }
            let matches = try resolver.expand(path, literal: literal).filter(FileSystem.exists)
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
}
