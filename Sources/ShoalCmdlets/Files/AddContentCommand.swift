// Add-Content: appends each value as a line to a file, creating it when
// it is missing. Shares its parameters and writing with Set-Content.

import ShoalRuntime

final class AddContentCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Add-Content", synopsis: "Adds content to the specified items, such as adding words to a file.",
        parameters: ContentWriter.parameters, confirmImpact: .medium)
    var collected: [Value] = []

    func process(_ context: CmdletContext) throws { collected += ContentWriter.values(in: context) }
    func end(_ context: CmdletContext) throws { try ContentWriter.write(collected, context: context, append: true) }
}
