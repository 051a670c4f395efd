// Get-Help: the generated help page of a cmdlet, function or alias (its
// target); with a wildcard that matches several commands, a table of
// their names and synopses. -Full adds every parameter, -Parameter shows
// only the ones named.

import ShoalRuntime

public final class GetHelpCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Help", synopsis: "Displays information about PowerShell commands and concepts.",
        parameters: [
            ParameterDescriptor("Name", type: "string", position: 0, pipelineByPropertyName: true),
            ParameterDescriptor("Full", type: "switch"),
            ParameterDescriptor("Detailed", type: "switch"),
            ParameterDescriptor("Examples", type: "switch"),
            ParameterDescriptor("Parameter", type: "string[]"),
            ParameterDescriptor("Category", type: "string[]"),
        ],
        parameterSets: [
            ParameterSetDescriptor("AllUsersView", ["Full"]),
            ParameterSetDescriptor("DetailedView", ["Detailed"], mandatory: ["Detailed"]),
            ParameterSetDescriptor("Examples", ["Examples"], mandatory: ["Examples"]),
            ParameterSetDescriptor("Parameters", ["Parameter"], mandatory: ["Parameter"]),
        ], defaultParameterSet: "AllUsersView")
    public init() {}

    public func process(_ context: CmdletContext) throws {
        guard let name = context.string("Name"), !name.isEmpty else {
            try context.write(.string(Self.overview))
            return
        }
        let pattern = Wildcard(name)
        let runspace = context.runspace
        if name.lowercased().hasPrefix("about_") {
            let topics = AboutTopics.matching(name)
            if topics.count == 1 {
                try context.write(.string("TOPIC\n    \(topics[0].name)\n\nSHORT DESCRIPTION\n    \(topics[0].synopsis)\n\nLONG DESCRIPTION\n"
                                          + topics[0].text.split(separator: "\n", omittingEmptySubsequences: false)
                                              .map { "    " + $0 }.joined(separator: "\n")))
                return
            }
            if !topics.isEmpty {
                for topic in topics {
                    let row = PSObject(typeName: "HelpInfoShort")
                    row.set("Name", .string(topic.name))
                    row.set("Category", .string("HelpFile"))
                    row.set("Synopsis", .string(topic.synopsis))
                    try context.write(.object(row))
                }
                return
            }
        }
        var matches = CommandCatalog.commands(matching: pattern, literal: pattern.isLiteral ? name : nil, in: runspace,
                                              all: false, includeApplications: false)
        if pattern.isLiteral, let alias = matches.first, alias.kind == .alias {
            matches = CommandCatalog.commands(matching: Wildcard(alias.definition), literal: alias.definition, in: runspace,
                                              all: false, includeApplications: false)
        }
        if !pattern.isLiteral { matches = matches.filter { $0.kind != .alias } }
        if matches.count > 1 {
            for command in matches { try context.write(.object(summary(of: command, runspace))) }
            return
        }
        guard let command = matches.first else {
            try context.writeError("Get-Help could not find \(name) in a help file in this session. To download updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116.",
                                   id: "HelpNotFound", category: .resourceUnavailable, target: .string(name),
                                   exceptionType: "Microsoft.PowerShell.Commands.HelpNotFoundException")
            return
        }
        let page = document(for: command, runspace)
        if context.flag("Full") || context.flag("Detailed") { page.shownParameters = page.parameters }
        if let wanted = context.value("Parameter")?.strings {
            let filter = WildcardFilter(wanted)
            let chosen = page.parameters.filter { filter.admits($0.name) }
            if chosen.isEmpty {
                throw context.terminatingError("No parameter matches criteria \(wanted.joined(separator: ", ")).", id: "NoParmsFound",
                                               category: .invalidArgument, exceptionType: "System.Management.Automation.PSArgumentException")
            }
            page.shownParameters = chosen
            page.onlyParameters = true
        }
        try context.write(.native(page))
    }

    func document(for command: CommandInfoObject, _ runspace: Runspace) -> HelpDocument {
        let syntax = CommandSyntax.lines(for: command, in: runspace)
        let aliases = runspace.aliases.filter { $0.value.lowercased() == command.name.lowercased() }.map(\.key).sorted()
        if let cmdlet = command.cmdlet {
            // One entry per parameter even when several sets list it.
            var seen = Set<String>()
            let parameters = CommandSyntax.parameterSets(of: cmdlet).flatMap { $0 }.filter { seen.insert($0.name).inserted }
            return HelpDocument(name: command.name, category: "Cmdlet", synopsis: cmdlet.descriptor.synopsis, syntax: syntax,
                                parameters: parameters, aliases: aliases)
        }
        let parameters = command.function.map { CommandSyntax.parameters(of: $0, in: runspace) } ?? []
        return HelpDocument(name: command.name, category: command.kind.rawValue, synopsis: syntax.first ?? command.name,
                            syntax: syntax, parameters: parameters, aliases: aliases)
    }

    func summary(of command: CommandInfoObject, _ runspace: Runspace) -> PSObject {
        let row = PSObject(typeName: "HelpInfoShort")
        row.set("Name", .string(command.name))
        row.set("Category", .string(command.kind.rawValue))
        row.set("Module", .string(""))
        row.set("Synopsis", .string(command.cmdlet?.descriptor.synopsis ?? CommandSyntax.lines(for: command, in: runspace).first ?? ""))
        return row
    }

    static let overview = """

        TOPIC
            shoal help

        SHORT DESCRIPTION
            Displays help about shoal's cmdlets and your functions.

        LONG DESCRIPTION
            Get-Help <command-name>            the synopsis and syntax of a command
            Get-Help <command-name> -Full      adds every parameter
            Get-Help <command-name> -Parameter <name>
            Get-Command                        lists the commands of this session

        """
}
