// The help page Get-Help shows for one command, generated from its
// declaration: shoal ships no help files, so the page holds what the
// declaration knows (synopsis, syntax, parameters, aliases). Printed as
// text; its sections are also properties for scripts.

import ShoalRuntime

final class HelpDocument: NativeObject {
    let name: String
    let category: String
    let synopsis: String
    let syntax: [String]
    let parameters: [SyntaxParameter]
    let aliases: [String]
    /// -Full adds the parameter section; -Parameter shows only those named.
    var shownParameters: [SyntaxParameter]?
    var onlyParameters = false

    init(name: String, category: String, synopsis: String, syntax: [String], parameters: [SyntaxParameter], aliases: [String]) {
        self.name = name
        self.category = category
        self.synopsis = synopsis
        self.syntax = syntax
        self.parameters = parameters
        self.aliases = aliases
    }

    var typeName: String { "MamlCommandHelpInfo" }
    var propertyNames: [String] { ["Name", "Category", "Synopsis", "Syntax"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "name": return .string(self.name)
        case "category": return .string(category)
        case "synopsis": return .string(synopsis)
        case "syntax": return .string(syntax.joined(separator: "\n"))
        case "parameters": return .list(parameters.map { .string($0.name) })
        case "aliases": return .list(aliases.map { .string($0) })
        default: return nil
        }
    }

    var stringValue: String {
        if onlyParameters { return (shownParameters ?? []).map(parameterText).joined() }
        var text = "\nNAME\n    \(name)\n\nSYNOPSIS\n    \(synopsis)\n\n\nSYNTAX\n"
        text += syntax.map { "    \($0)\n" }.joined(separator: "\n")
        if let shownParameters {
            text += "\n\nPARAMETERS\n" + shownParameters.map(parameterText).joined()
            if category == "Cmdlet" { text += commonParametersText }
        }
        text += "\n\nALIASES\n    " + (aliases.isEmpty ? "None" : aliases.joined(separator: "\n    ")) + "\n"
        text += "\n\nREMARKS\n    shoal has no help files; this page is generated from the command's declaration.\n"
        return text
    }

    /// One parameter's block, in the layout of PowerShell's `-Parameter` view.
    func parameterText(_ parameter: SyntaxParameter) -> String {
        let pipeline = [parameter.fromPipeline ? "ByValue" : nil, parameter.fromPipelineByPropertyName ? "ByPropertyName" : nil]
            .compactMap { $0 }
        let lines = [
            ("Required?", parameter.isMandatory ? "true" : "false"),
            ("Position?", parameter.position.map(String.init) ?? "Named"),
            ("Accept pipeline input?", pipeline.isEmpty ? "false" : "true (\(pipeline.joined(separator: ", ")))"),
            ("Aliases", parameter.aliases.isEmpty ? "None" : parameter.aliases.joined(separator: ", ")),
            ("Dynamic?", "false"),
            ("Accept wildcard characters?", "false"),
        ]
        let header = parameter.isSwitch ? "-\(parameter.name)" : "-\(parameter.name) <\(parameter.typeText)>"
        return "    \(header)\n\n" + lines.map { label, value in
            "        " + label + String(repeating: " ", count: 29 - label.count) + value + "\n"
        }.joined() + "\n"
    }

    let commonParametersText = """
        <CommonParameters>
            This cmdlet supports the common parameters: Verbose, Debug,
            ErrorAction, ErrorVariable, WarningAction, WarningVariable,
            OutBuffer, PipelineVariable, and OutVariable. For more information, see
            about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).

    """
}
