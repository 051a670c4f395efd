// Join-Path: joins a parent path and child paths with single `/`
// separators; -Resolve also expands and checks the result.

import ShoalRuntime

final class JoinPathCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Join-Path", synopsis: "Combines a path and a child path into a single path.",
        parameters: [
            ParameterDescriptor("Path", type: "string[]", position: 0, mandatory: true, pipeline: true, pipelineByPropertyName: true,
                                aliases: ["PSPath"]),
            ParameterDescriptor("ChildPath", type: "string", position: 1, pipelineByPropertyName: true),
            ParameterDescriptor("AdditionalChildPath", type: "string[]", position: 2, remainingArguments: true),
            ParameterDescriptor("Resolve", type: "switch"),
            ParameterDescriptor("Credential"),
        ],
        description: "Joins a path and child paths with the separator, as many as given; -Resolve returns the existing items the result names.",
        examples: [
            HelpExample("Build a path",
                        code: "Join-Path /var/log nginx access.log",
                        output: "/var/log/nginx/access.log\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let children = [context.string("ChildPath") ?? ""]
            + (context.value("AdditionalChildPath")?.enumeratedItems.map(Conversion.toString) ?? [])
        let resolver = PathResolver(context: context)
        for path in context.value("Path")?.enumeratedItems.map(Conversion.toString) ?? [] {
            let joined = children.reduce(path, PathText.join)
            guard context.flag("Resolve") else {
                try context.write(.string(joined))
                continue
            }
            if let drive = resolver.unknownDrive(in: joined) {
                try context.writeError(FileErrors.driveNotFound(drive))
                continue
            }
            let matches = try resolver.expand(joined).filter(FileSystem.exists)
            if matches.isEmpty { try resolver.reportNotFound(resolver.absolute(joined)) }
            for match in matches { try context.write(.string(match)) }
        }
    }
}
