// Convert-Path: the file-system paths a (possibly wildcard, relative or
// PSPath) path names, as strings; as pwsh, a path that names nothing is
// an error.

import ShoalRuntime

final class ConvertPathCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Convert-Path", synopsis: "Converts a path from a PowerShell path to a PowerShell provider path.",
        parameters: PathParameters.pathAndLiteralPath,
        description: "Converts a PowerShell path (a drive-qualified or relative one) to the file-system path it names.",
        examples: [
            HelpExample("Resolve a drive path",
                        code: "Convert-Path Temp: | ForEach-Object { $_ -eq [System.IO.Path]::GetTempPath().TrimEnd('/') -or $_ -eq [System.IO.Path]::GetTempPath() }",
                        output: "True\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        let (paths, literal) = resolver.requestedPaths()
        for path in paths {
            let matches = try resolver.expand(path, literal: literal).filter(FileSystem.exists)
            if matches.isEmpty { try resolver.reportNotFound(resolver.absolute(path)) }
            for match in matches { try context.write(.string(match)) }
        }
    }
}
