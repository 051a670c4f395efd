// Resolve-Path: the absolute paths a (possibly wildcard) path names, as
// PathInfo objects, or as paths relative to the location with -Relative.

import ShoalRuntime

final class ResolvePathCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Resolve-Path", synopsis: "Resolves the wildcard characters in a path, and displays the path contents.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Relative", type: "switch"),
            ParameterDescriptor("RelativeBasePath", type: "string"),
            ParameterDescriptor("Force", type: "switch"),
        ],
        description: "Resolves wildcards and relative paths to the existing paths they name.",
        examples: [
            HelpExample("Expand a wildcard",
                        code: "(Resolve-Path /etc/host*).Path -contains '/etc/hosts'",
                        output: "True\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        let (paths, literal) = resolver.requestedPaths()
        let base = context.string("RelativeBasePath").map(resolver.absolute) ?? PathText.normalize(context.runspace.location)
        for path in paths {
            let matches = try resolver.expand(path, literal: literal).filter(FileSystem.exists)
            if matches.isEmpty { try resolver.reportNotFound(resolver.absolute(path)) }
            for match in matches {
                if context.flag("Relative") {
                    try context.write(.string(PathText.relative(match, from: base)))
                } else {
                    try context.write(.native(PathInfo(path: match)))
                }
            }
        }
    }
}
