// New-Guid: a new random GUID, the empty one (-Empty), or a GUID read from
// text (-InputObject, from the pipeline); as pwsh 7.4.

import ShoalRuntime

final class NewGuidCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "New-Guid", synopsis: "Creates a GUID.",
        parameters: [
            ParameterDescriptor("Empty", type: "switch"),
            ParameterDescriptor("InputObject", type: "string", position: 0, pipeline: true),
        ],
        description: "Creates a random GUID.",
        examples: [
            HelpExample("A new identifier",
                        code: "(New-Guid).Guid -match '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$'",
                        output: "True\n"),
        ])

    func process(_ context: CmdletContext) throws {
        if context.flag("Empty") {
            if context.has("InputObject") { throw context.ambiguousParameterSet() }
            try context.write(.native(GuidValue("00000000-0000-0000-0000-000000000000")))
            return
        }
        guard context.has("InputObject") else {
            try context.write(.native(GuidValue(GuidValue.randomText())))
            return
        }
        let text = context.string("InputObject") ?? ""
        guard let guid = GuidValue.parse(text) else {
            try context.writeError("Unrecognized Guid format.", id: "StringNotRecognizedAsGuid",
                                   category: .invalidArgument, target: .string(text), exceptionType: "System.FormatException")
            return
        }
        try context.write(.native(GuidValue(guid)))
    }
}
