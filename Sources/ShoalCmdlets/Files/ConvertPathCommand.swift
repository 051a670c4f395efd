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
            HelpExample("Turn a relative path into a full one",
                        code: "Push-Location /usr/local\nConvert-Path ../bin\nPop-Location",
                        output: "/usr/bin\n"),
            HelpExample("Find the folder behind a drive of your own",
                        code: "$null = New-PSDrive -Name tools -PSProvider FileSystem -Root /usr\nConvert-Path tools:/bin\nRemove-PSDrive tools",
                        output: "/usr/bin\n",
                        remarks: "Native programs know nothing of PowerShell drives: give them Convert-Path's result."),
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
