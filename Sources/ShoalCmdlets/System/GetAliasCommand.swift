// Get-Alias: the session's aliases by name or by what they point to, with
// wildcards; a literal name or definition that matches nothing is
// PowerShell's non-terminating ItemNotFoundException.

import ShoalRuntime

public final class GetAliasCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Alias", synopsis: "Gets the aliases for the current session.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The alias names to get (wildcards allowed); all aliases when omitted. A plain name that names no alias is an error."),
            ParameterDescriptor("Exclude", type: "string[]", help: "Leaves out the aliases whose names match one of these wildcard patterns."),
            ParameterDescriptor("Scope", type: "string", help: "Accepted for compatibility; aliases are session-wide in shoal, so every scope has the same ones."),
            ParameterDescriptor("Definition", type: "string[]", help: "Gets the aliases of these commands (wildcards allowed) instead of choosing by alias name."),
        ],
        description: "Gets the session's aliases, by alias name or, with -Definition, by the command they stand for.",
        examples: [
            HelpExample("What an alias runs",
                        code: "(Get-Alias gci).Definition\nGet-Alias -Definition Where-Object | ForEach-Object Name | Sort-Object",
                        output: "Get-ChildItem\n?\nwhere\n"),
            HelpExample("The aliases of several commands",
                        code: "Get-Alias -Definition Remove-Item, Copy-Item | Format-Table Name, Definition",
                        output: "\nName  Definition\n----  ----------\ncopy  Copy-Item\ncpi   Copy-Item\ndel   Remove-Item\nerase Remove-Item\nrd    Remove-Item\nri    Remove-Item\n\n",
                        remarks: "-Definition finds aliases by the command they run; -Name (the first position) finds them by their own name."),
            HelpExample("Define an alias only when it is missing",
                        code: "if (-not (Get-Alias ll -ErrorAction SilentlyContinue)) { New-Alias ll Get-ChildItem }\n(Get-Alias ll).Definition\ntry { Get-Alias nosuch -ErrorAction Stop } catch { $_.Exception.Message }",
                        output: "Get-ChildItem\nThis command cannot find a matching alias because an alias with the name 'nosuch' does not exist.\n",
                        remarks: "A name with no wildcard that matches no alias is an error; a wildcard that matches none just returns nothing."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let names = context.value("Name")?.strings
        let definitions = context.value("Definition")?.strings
        let byName = WildcardFilter(names, exclude: context.value("Exclude")?.strings)
        let byDefinition = WildcardFilter(definitions)
        let matches = context.runspace.aliases.all.filter { byName.admits($0.name) && byDefinition.admits($0.definition) }
        for alias in matches { try context.write(.native(CommandInfoObject.alias(alias))) }
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
