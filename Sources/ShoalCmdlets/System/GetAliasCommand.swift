// Get-Alias: the session's aliases by name or by what they point to, with
// wildcards; a literal name or definition that matches nothing is
// PowerShell's non-terminating ItemNotFoundException.

import ShoalRuntime

public final class GetAliasCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Alias", synopsis: "Gets the aliases for the current session.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true),
            ParameterDescriptor("Exclude", type: "string[]"),
            ParameterDescriptor("Scope", type: "string"),
            ParameterDescriptor("Definition", type: "string[]"),
        ],
        description: "Gets the session's aliases, by alias name or, with -Definition, by the command they stand for.",
        examples: [
            HelpExample("What an alias runs",
                        code: "(Get-Alias gci).Definition\nGet-Alias -Definition Where-Object | ForEach-Object Name | Sort-Object",
                        output: "Get-ChildItem\n?\nwhere\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let names = context.value("Name")?.strings
        let definitions = context.value("Definition")?.strings
        let byName = WildcardFilter(names, exclude: context.value("Exclude")?.strings)
        let byDefinition = WildcardFilter(definitions)
        let matches = context.runspace.aliases.sorted { $0.key < $1.key }
            .filter { byName.admits($0.key) && byDefinition.admits($0.value) }
        for (name, target) in matches { try context.write(.native(CommandInfoObject.alias(name, target))) }
        guard matches.isEmpty else { return }
        // Only a literal that names nothing is an error; an empty wildcard match is not.
        if let literal = names?.first(where: { Wildcard($0).isLiteral }) {
            try notFound("name", literal, context)
        } else if names == nil, let literal = definitions?.first(where: { Wildcard($0).isLiteral }) {
            try notFound("definition", literal, context)
        }
    }

    func notFound(_ what: String, _ text: String, _ context: CmdletContext) throws {
        try context.writeError("This command cannot find a matching alias because an alias with the \(what) '\(text)' does not exist.",
                               id: "ItemNotFoundException", category: .objectNotFound, target: .string(text),
                               exceptionType: "System.Management.Automation.ItemNotFoundException")
    }
}
