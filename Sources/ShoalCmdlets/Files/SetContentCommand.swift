// Set-Content: replaces a file's content with the given values, one per
// line. Shares its parameters and writing with Add-Content.

import ShoalRuntime

final class SetContentCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Set-Content", synopsis: "Writes new content or replaces existing content in a file.",
        parameters: ContentWriter.parameters, confirmImpact: .medium,
        description: "Writes objects to a file as lines of text, replacing what it held (Add-Content appends); -NoNewline writes them without line breaks.",
        examples: [
            HelpExample("Write and read back a file",
                        code: "$file = New-TemporaryFile\n'alpha', 'beta' | Set-Content $file\n(Get-Content $file).Count\nRemove-Item $file",
                        output: "2\n"),
        ])
    var collected: [Value] = []

    func process(_ context: CmdletContext) throws { collected += ContentWriter.values(in: context) }
    func end(_ context: CmdletContext) throws { try ContentWriter.write(collected, context: context, append: false) }
}
