// Get-Culture and Get-UICulture: the culture dates and numbers are
// formatted with ($PSCulture), a named one, or every culture shoal has
// (-ListAvailable): the invariant culture and en-US (see CultureInfo).

import ShoalRuntime

final class GetCultureCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Culture", synopsis: "Gets the current culture set in the operating system.",
        parameters: [
            ParameterDescriptor("Name", type: "string", position: 0),
            ParameterDescriptor("ListAvailable", type: "switch"),
            ParameterDescriptor("NoUserOverrides", type: "switch"),
        ],
        parameterSets: [
            ParameterSetDescriptor("CurrentCulture", ["NoUserOverrides"]),
            ParameterSetDescriptor("Name", ["Name", "NoUserOverrides"]),
            ParameterSetDescriptor("ListAvailable", ["ListAvailable", "NoUserOverrides"], mandatory: ["ListAvailable"]),
        ], defaultParameterSet: "CurrentCulture",
        description: "Gets the current culture (en-US or the invariant culture, from the locale variables).",
        examples: [
            HelpExample("Number format of the culture",
                        code: "(Get-Culture -Name en-US).NumberFormat.NumberDecimalSeparator",
                        output: ".\n"),
        ])

    func end(_ context: CmdletContext) throws {
        switch context.parameterSetName {
        case "ListAvailable":
            for culture in CultureInfo.builtIn.sorted(by: { $0.name < $1.name }) { try context.write(.native(culture)) }
        case "Name":
            let name = context.string("Name") ?? ""
            do {
                try context.write(.native(try CultureInfo.named(name, at: context.span)))
            } catch let error as ScriptError {
                throw context.terminatingError(error.record.message, id: "ItemNotFoundException", category: .objectNotFound,
                                               exceptionType: "System.Globalization.CultureNotFoundException", target: .string(name))
            }
        default:
            try context.write(.native(CultureInfo.current))
        }
    }
}

final class GetUICultureCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-UICulture", synopsis: "Gets the current UI culture settings in the operating system.", parameters: [],
        description: "Gets the culture of the user interface (en-US or the invariant culture, from the locale variables).",
        examples: [
            HelpExample("The interface culture's name",
                        code: "(Get-UICulture).Name -in 'en-US', ''",
                        output: "True\n"),
        ])

    func end(_ context: CmdletContext) throws {
        try context.write(.native(CultureInfo.current))
    }
}
