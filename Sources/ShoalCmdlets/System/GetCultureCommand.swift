// Get-Culture and Get-UICulture: the culture dates and numbers are
// formatted with ($PSCulture), a named one, or every culture shoal has
// (-ListAvailable): the invariant culture and en-US (see CultureInfo).

import ShoalRuntime

final class GetCultureCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Culture", synopsis: "Gets the current culture set in the operating system.",
        parameters: [
            ParameterDescriptor("Name", type: "string", position: 0,
                                help: "The culture to get: en-US, or '' (or Invariant) for the invariant culture; shoal knows only these two, and any other name is an error."),
            ParameterDescriptor("ListAvailable", type: "switch", help: "Gets every culture shoal has: the invariant culture and en-US."),
            ParameterDescriptor("NoUserOverrides", type: "switch", help: "Ignores the user's changes to the culture's formats; shoal's cultures have none, so it changes nothing."),
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
            HelpExample("The cultures shoal has",
                        code: "Get-Culture -ListAvailable | ForEach-Object { '[{0}] {1}' -f $_.Name, $_.DisplayName }",
                        output: "[] Invariant Language (Invariant Country)\n[en-US] English (United States)\n",
                        remarks: "The invariant culture's name is empty. Get-Culture without parameters returns en-US when the locale variables (LC_ALL, LC_MESSAGES, LANG) say en_US, else the invariant culture."),
            HelpExample("A culture's date and currency formats",
                        code: "$culture = Get-Culture -Name en-US\n$culture.DateTimeFormat.ShortDatePattern\n$culture.DateTimeFormat.LongDatePattern\n$culture.NumberFormat.CurrencySymbol",
                        output: "M/d/yyyy\ndddd, MMMM d, yyyy\n$\n"),
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
            HelpExample("The same culture as $PSUICulture",
                        code: "(Get-UICulture).Name -eq $PSUICulture",
                        output: "True\n"),
            HelpExample("Find the resource folder for the interface language",
                        code: "$ui = Get-UICulture\n$language = if ($ui.Name) { $ui.Name } else { 'en-US' }\nJoin-Path 'resources' $language 'messages.psd1'",
                        output: "resources/en-US/messages.psd1\n",
                        remarks: "The interface culture is en-US when the locale variables (LC_ALL, LC_MESSAGES, LANG) say en_US, else the invariant culture, whose name is empty: the script falls back to en-US then."),
        ])

    func end(_ context: CmdletContext) throws {
        try context.write(.native(CultureInfo.current))
    }
}
