// Set-Content: replaces a file's content with the given values, one per
// line. Shares its parameters and writing with Add-Content.

import ShoalRuntime

final class SetContentCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Set-Content", synopsis: "Writes new content or replaces existing content in a file.",
        parameters: ContentWriter.parameters,
        parameterSets: ContentWriter.parameterSets, defaultParameterSet: "Path", confirmImpact: .medium,
        description: "Writes objects to a file as lines of text, replacing what it held (Add-Content appends); -NoNewline writes them without line breaks.",
        examples: [
            HelpExample("Write and read back a file",
                        code: "$file = New-TemporaryFile\n'alpha', 'beta' | Set-Content $file\n(Get-Content $file).Count\nRemove-Item $file",
                        output: "2\n"),
            HelpExample("Write a configuration file",
                        code: "$conf = New-TemporaryFile\nSet-Content $conf @'\n[server]\nport = 8080\n'@\nGet-Content $conf\nRemove-Item $conf",
                        output: "[server]\nport = 8080\n"),
            HelpExample("Write a value with no line break",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'v1.4.2' -NoNewline\n(Get-Item $file).Length\nGet-Content $file -Raw\nRemove-Item $file",
                        output: "6\nv1.4.2\n",
                        remarks: "Without -NoNewline the file would hold 7 bytes: the text and a line feed."),
        ])
    var collected: [Value] = []

    func process(_ context: CmdletContext) throws { collected += ContentWriter.values(in: context) }
    func end(_ context: CmdletContext) throws { try ContentWriter.write(collected, context: context, append: false) }
}
