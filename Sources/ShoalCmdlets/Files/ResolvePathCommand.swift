// Resolve-Path: the absolute paths a (possibly wildcard) path names, as
// PathInfo objects, or as paths relative to the location with -Relative.

import ShoalRuntime

final class ResolvePathCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Resolve-Path", synopsis: "Resolves the wildcard characters in a path, and displays the path contents.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Relative", type: "switch", help: "Writes paths relative to the current location (./logs/a.log) as strings instead of PathInfo objects."),
            ParameterDescriptor("RelativeBasePath", type: "string", help: "With -Relative, the folder the paths are made relative to instead of the current location."),
            ParameterDescriptor("Force", type: "switch", help: "Lets a wildcard match hidden (dot) items too."),
        ],
        description: "Resolves wildcards and relative paths to the existing paths they name.",
        examples: [
            HelpExample("Expand a wildcard",
                        code: "(Resolve-Path /etc/host*).Path -contains '/etc/hosts'",
                        output: "True\n"),
            HelpExample("Paths relative to the current folder",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-resolvepath-2'\n$null = New-Item -ItemType Directory \"$dir/logs\"\n'a', 'b' | ForEach-Object { Set-Content \"$dir/logs/$_.log\" $_ }\nPush-Location $dir\nResolve-Path logs/*.log -Relative\nPop-Location\nRemove-Item -Recurse $dir",
                        output: "./logs/a.log\n./logs/b.log\n"),
            HelpExample("Paths relative to another folder",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-resolvepath-3'\n$null = New-Item -ItemType Directory \"$dir/site/css\" -Force\nSet-Content \"$dir/site/css/main.css\" 'body {}'\nResolve-Path \"$dir/site/css/*.css\" -Relative -RelativeBasePath \"$dir/site\"\nRemove-Item -Recurse $dir",
                        output: "./css/main.css\n"),
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
