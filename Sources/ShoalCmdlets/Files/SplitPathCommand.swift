// Split-Path: the parent, leaf, base name, extension or qualifier of a
// path, or whether it is absolute. Pure string work unless -Resolve.

import ShoalRuntime

final class SplitPathCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Split-Path", synopsis: "Returns the specified part of a path.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Parent", type: "switch"),
            ParameterDescriptor("Leaf", type: "switch"),
            ParameterDescriptor("LeafBase", type: "switch"),
            ParameterDescriptor("Extension", type: "switch"),
            ParameterDescriptor("Qualifier", type: "switch"),
            ParameterDescriptor("NoQualifier", type: "switch"),
            ParameterDescriptor("IsAbsolute", type: "switch"),
            ParameterDescriptor("Resolve", type: "switch"),
        ])

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        let (written, literal) = resolver.requestedPaths()
        var paths = written
        if context.flag("Resolve") {
            paths = try written.flatMap { path -> [String] in try resolver.expand(path, literal: literal).filter(FileSystem.exists) }
        }
        for path in paths {
            if context.flag("IsAbsolute") {
                try context.write(.bool(path.hasPrefix("/") || path.hasPrefix("~")))
            } else if context.flag("Qualifier") {
                guard let colon = qualifierEnd(path) else {
                    try context.writeError(ErrorRecord("Cannot parse the path because path '\(path)' does not have a qualifier specified.",
                                                       exceptionType: "System.Management.Automation.ParameterBindingException",
                                                       errorId: "ParsePathQualifierError", category: .invalidArgument,
                                                       target: .string(path)))
                    continue
                }
                try context.write(.string(String(path[...colon])))
            } else if context.flag("NoQualifier") {
                try context.write(.string(qualifierEnd(path).map { String(path[path.index(after: $0)...]) } ?? path))
            } else if context.flag("Leaf") {
                try context.write(.string(PathText.leaf(path)))
            } else if context.flag("LeafBase") {
                try context.write(.string(PathText.baseName(PathText.leaf(path))))
            } else if context.flag("Extension") {
                try context.write(.string(PathText.fileExtension(PathText.leaf(path))))
            } else {
                try context.write(.string(PathText.parent(path)))
            }
        }
    }

    /// The `:` ending a drive qualifier such as `env:` (Linux paths have none).
    func qualifierEnd(_ path: String) -> String.Index? {
        guard let colon = path.firstIndex(of: ":") else { return nil }
        return path[..<colon].contains("/") ? nil : colon
    }
}
