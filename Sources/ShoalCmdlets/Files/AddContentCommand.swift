// Add-Content: appends each value as a line to a file, creating it when
// it is missing. Shares its parameters and writing with Set-Content.

import ShoalRuntime

final class AddContentCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Add-Content", synopsis: "Adds content to the specified items, such as adding words to a file.",
        parameters: ContentWriter.parameters, confirmImpact: .medium,
        description: "Appends lines to a file (creating it when missing), as Set-Content writes them.",
        examples: [
            HelpExample("Append to a log",
                        code: "$log = New-TemporaryFile\nSet-Content $log 'start'\nAdd-Content $log 'step 1', 'step 2'\nGet-Content $log\nRemove-Item $log",
                        output: "start\nstep 1\nstep 2\n"),
        ])
    var collected: [Value] = []

    func process(_ context: CmdletContext) throws { collected += ContentWriter.values(in: context) }
    func end(_ context: CmdletContext) throws { try ContentWriter.write(collected, context: context, append: true) }
}
