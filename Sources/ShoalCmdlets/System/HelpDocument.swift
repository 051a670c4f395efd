// The help page Get-Help shows for one command: the generated sections
// (syntax, parameters, aliases) and what the command's author wrote (a
// built-in cmdlet's descriptor: description, parameter help, examples; a
// function's or script's comment-based help). Printed as text in pwsh's
// layout for the view asked for (default, -Detailed, -Full, -Examples,
// -Parameter); its sections are also properties for scripts.

import ShoalRuntime
import ShoalSyntax

final class HelpDocument: NativeObject {
    /// Which sections the page prints.
    enum View {
        case normal, detailed, full, examples, parameters
    }

    let name: String
    let category: String
    let synopsis: String
    let syntax: [String]
    let parameters: [SyntaxParameter]
    let aliases: [String]
    var description = ""
    /// Parameter descriptions by lower-cased name.
    var parameterHelp: [String: String] = [:]
    var examples: [HelpExample] = []
    var inputs: [String] = []
    var outputs: [String] = []
    var notes = ""
    var links: [String] = []
    /// Whether anyone wrote help for the command (else the page says it is generated).
    var isAuthored = false
    var view = View.normal
    /// With -Parameter: the parameters asked for.
    var shownParameters: [SyntaxParameter]?

    init(name: String, category: String, synopsis: String, syntax: [String], parameters: [SyntaxParameter], aliases: [String]) {
        self.name = name
        self.category = category
        self.synopsis = synopsis
        self.syntax = syntax
        self.parameters = parameters
        self.aliases = aliases
    }

    var typeName: String { isAuthored && category != "Cmdlet" ? "HelpInfo" : "MamlCommandHelpInfo" }
    var propertyNames: [String] { ["Name", "Category", "Synopsis", "Syntax"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "name": return .string(self.name)
        case "category": return .string(category)
        case "synopsis": return .string(synopsis)
        case "syntax": return .string(syntax.joined(separator: "\n"))
        case "description": return .string(description)
        case "parameters": return .list(parameters.map { .string($0.name) })
        case "aliases": return .list(aliases.map { .string($0) })
        case "examples": return .list(examples.map { .string(([$0.code, $0.output, $0.remarks].filter { !$0.isEmpty }).joined(separator: "\n")) })
        default: return nil
        }
    }

    var stringValue: String {
        switch view {
        case .parameters: return (shownParameters ?? []).map { parameterText($0, table: true) }.joined()
        case .examples: return header + examplesText
        case .normal, .detailed, .full: return page
        }
    }

    private var header: String { "\nNAME\n    \(name)\n\nSYNOPSIS\n" + indent(synopsis) + "\n" }

    private var page: String {
        var text = header + "\n\nSYNTAX\n" + syntax.map { "    \($0)\n" }.joined(separator: "\n")
        if !description.isEmpty { text += "\n\nDESCRIPTION\n" + indent(description) + "\n" }
        if view != .normal {
            text += "\n\nPARAMETERS\n" + parameters.map { parameterText($0, table: view == .full) }.joined()
            text += commonParametersText
        }
        if view == .full {
            if !inputs.isEmpty { text += "\nINPUTS\n" + inputs.map { indent($0) + "\n" }.joined(separator: "\n") }
            if !outputs.isEmpty { text += "\nOUTPUTS\n" + outputs.map { indent($0) + "\n" }.joined(separator: "\n") }
            if !notes.isEmpty { text += "\nNOTES\n" + indent(notes) + "\n" }
        }
        if view != .normal, !examples.isEmpty { text += examplesText }
        text += "\n\nALIASES\n    " + (aliases.isEmpty ? "None" : aliases.joined(separator: "\n    ")) + "\n"
        if !links.isEmpty { text += "\n\nRELATED LINKS\n" + links.map { indent($0) + "\n" }.joined() }
        text += "\n\nREMARKS\n"
        if !isAuthored {
            text += "    shoal has no help text for this command; this page is generated from its declaration.\n"
        } else if view == .normal {
            if !examples.isEmpty { text += "    To see the examples, type: \"Get-Help \(name) -Examples\"\n" }
            text += "    For more information, type: \"Get-Help \(name) -Detailed\"\n"
            text += "    For technical information, type: \"Get-Help \(name) -Full\"\n"
        } else {
            text += "    To see the examples, type: \"Get-Help \(name) -Examples\"\n"
        }
        return text
    }

    private var examplesText: String {
        examples.enumerated().map { index, example in
            let title = " Example \(index + 1)" + (example.title.isEmpty ? "" : ": \(example.title)") + " "
            let rule = String(repeating: "-", count: max(4, (66 - title.count) / 2))
            var text = "\n    \(rule)\(title)\(rule)\n\n"
            text += example.code.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { line, code in
                (line == 0 ? "    PS > " : "         ") + code
            }.joined(separator: "\n") + "\n"
            // The output without the blank lines that frame a table.
            let output = example.output.split(separator: "\n", omittingEmptySubsequences: false)
                .drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n")
            if !output.isEmpty { text += "\n" + indent(output) + "\n" }
            if !example.remarks.isEmpty { text += "\n" + indent(example.remarks) + "\n" }
            return text
        }.joined()
    }

    /// One parameter's block, in the layout of pwsh's parameter views.
    func parameterText(_ parameter: SyntaxParameter, table: Bool) -> String {
        let header = parameter.isSwitch ? "-\(parameter.name)" : "-\(parameter.name) <\(parameter.typeText)>"
        var text = "    \(header)\n"
        if let help = parameterHelp[parameter.name.lowercased()], !help.isEmpty { text += indent(help, by: 8) + "\n" }
        guard table else { return text + "\n" }
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
        return text + "\n" + lines.map { label, value in
            "        " + label + String(repeating: " ", count: 29 - label.count) + value + "\n"
        }.joined() + "\n"
    }

    private func indent(_ text: String, by count: Int = 4) -> String {
        let pad = String(repeating: " ", count: count)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }

    private var commonParametersText: String {
        guard category == "Cmdlet" else { return "" }
        return """
            <CommonParameters>
                This cmdlet supports the common parameters: Verbose, Debug,
                ErrorAction, ErrorVariable, WarningAction, WarningVariable,
                OutBuffer, PipelineVariable, and OutVariable. For more information, see
                about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).

        """
    }
}

extension HelpDocument {
    /// Takes a function's or script's comment-based help. An example's
    /// first line is its code and the rest its remarks, as pwsh shows them.
    func fill(from help: CommentHelp) {
        isAuthored = true
        description = help.description
        for (name, text) in help.parameters { parameterHelp[name.lowercased()] = text }
        examples = help.examples.map { text in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            var code = String(lines.first ?? "")
            // pwsh's own examples often start with a prompt; it is shown once.
            for prompt in ["PS C:\\> ", "PS > ", "PS> "] where code.hasPrefix(prompt) { code.removeFirst(prompt.count) }
            let rest = lines.dropFirst().drop { $0.isEmpty }.joined(separator: "\n")
            return HelpExample("", code: code, output: "", remarks: rest)
        }
        inputs = help.inputs
        outputs = help.outputs
        notes = help.notes
        links = help.links
    }
}
