// Join-Path: joins a parent path and child paths with single `/`
// separators; -Resolve also expands and checks the result.

import ShoalRuntime

final class JoinPathCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Join-Path", synopsis: "Combines a path and a child path into a single path.",
        parameters: [
            ParameterDescriptor("Path", type: "string[]", position: 0, mandatory: true, pipeline: true, pipelineByPropertyName: true,
                                aliases: ["PSPath"],
                                help: "The parent paths; each one gives one joined path."),
            ParameterDescriptor("ChildPath", type: "string", position: 1, pipelineByPropertyName: true, help: "The path to append to each parent."),
            ParameterDescriptor("AdditionalChildPath", type: "string[]", position: 2, remainingArguments: true, help: "More parts to append, in order (every further positional argument)."),
            ParameterDescriptor("Resolve", type: "switch", help: "Writes the existing items the joined path names, with wildcards expanded; a path that names nothing is an error."),
            ParameterDescriptor("Credential", help: "Accepted for compatibility; not used."),
        ],
        description: "Joins a path and child paths with the separator, as many as given; -Resolve returns the existing items the result names.",
        examples: [
            HelpExample("Build a path",
                        code: "Join-Path /var/log nginx access.log",
                        output: "/var/log/nginx/access.log\n"),
            HelpExample("The same file under several folders",
                        code: "'/etc', '/usr/local/etc' | Join-Path -ChildPath app/app.conf",
                        output: "/etc/app/app.conf\n/usr/local/etc/app/app.conf\n"),
            HelpExample("Join and check that the items exist",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-joinpath-3'\n$null = New-Item -ItemType Directory \"$dir/conf.d\"\n'10-base.conf', '20-tls.conf' | ForEach-Object { Set-Content \"$dir/conf.d/$_\" '' }\nJoin-Path $dir 'conf.d/*.conf' -Resolve | Split-Path -Leaf\ntry { Join-Path $dir 'missing.conf' -Resolve -ErrorAction Stop } catch { 'missing.conf is not there' }\nRemove-Item -Recurse $dir",
                        output: "10-base.conf\n20-tls.conf\nmissing.conf is not there\n",
                        remarks: "Without -Resolve, Join-Path only joins text and never looks at the disk."),
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
