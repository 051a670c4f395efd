// New-Guid: a new random GUID, the empty one (-Empty), or a GUID read from
// text (-InputObject, from the pipeline); as pwsh 7.4.

import ShoalRuntime

final class NewGuidCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "New-Guid", synopsis: "Creates a GUID.",
        parameters: [
            ParameterDescriptor("Empty", type: "switch", help: "Returns the all-zero GUID, 00000000-0000-0000-0000-000000000000, instead of a random one."),
            ParameterDescriptor("InputObject", type: "string", position: 0, pipeline: true,
                                help: "A GUID as text to parse and return, with or without braces and hyphens; text that is not a GUID is an error."),
        ],
        description: "Creates a random (version 4) GUID, or parses one given as text.",
        examples: [
            HelpExample("A new identifier",
                        code: "(New-Guid).Guid -match '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$'",
                        output: "True\n"),
            HelpExample("Check and normalize an id given as text",
                        code: "'{D3B07384-D9A0-4C9B-8F3E-1C2B3A4D5E6F}' | New-Guid | ForEach-Object Guid\ntry { New-Guid -InputObject 'not-a-guid' -ErrorAction Stop } catch { $_.Exception.Message }",
                        output: "d3b07384-d9a0-4c9b-8f3e-1c2b3a4d5e6f\nUnrecognized Guid format.\n",
                        remarks: "Given a string, New-Guid parses it (with or without braces and hyphens, in either case) instead of making a new GUID."),
            HelpExample("A unique file name, and the empty GUID",
                        code: "$log = \"build-$(New-Guid).log\"\n$log -match '^build-[0-9a-f-]{36}\\.log$'\n(New-Guid -Empty).Guid",
                        output: "True\n00000000-0000-0000-0000-000000000000\n",
                        remarks: "-Empty gives the all-zero GUID, a common placeholder for 'no id yet'."),
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
