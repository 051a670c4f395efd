// Get-Help: the generated help page of a cmdlet, function or alias (its
// target); with a wildcard that matches several commands, a table of
// their names and synopses. -Full adds every parameter, -Parameter shows
// only the ones named.

import ShoalRuntime
import ShoalSyntax

public final class GetHelpCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Help", synopsis: "Displays information about PowerShell commands and concepts.",
        parameters: [
            ParameterDescriptor("Name", type: "string", position: 0, pipelineByPropertyName: true, help: "The command (cmdlet, function, script or alias) to show help for, or an about_ topic; a wildcard that matches several commands lists them."),
            ParameterDescriptor("Full", type: "switch", help: "Shows the whole page: description, every parameter with its details, and the examples."),
            ParameterDescriptor("Detailed", type: "switch", help: "Adds each parameter's description and the examples to the basic page."),
            ParameterDescriptor("Examples", type: "switch", help: "Shows only the name, synopsis and examples."),
            ParameterDescriptor("Parameter", type: "string[]", help: "Shows only the named parameters' details; wildcards match several, * all."),
            ParameterDescriptor("Category", type: "string[]", help: "Accepted for compatibility with pwsh; shoal does not filter by category yet."),
        ],
        parameterSets: [
            ParameterSetDescriptor("AllUsersView", ["Full"]),
            ParameterSetDescriptor("DetailedView", ["Detailed"], mandatory: ["Detailed"]),
            ParameterSetDescriptor("Examples", ["Examples"], mandatory: ["Examples"]),
            ParameterSetDescriptor("Parameters", ["Parameter"], mandatory: ["Parameter"]),
        ], defaultParameterSet: "AllUsersView",
        description: "Shows help about a command (its synopsis, syntax, description, parameters and examples), about_ topics, or the commands matching a wildcard.",
        examples: [
            HelpExample("One parameter's help",
                        code: "Get-Help Wait-Job -Parameter Timeout | Out-String -Stream | Select-Object -First 2",
                        output: "    -Timeout <int>\n        Gives up after this many seconds (the jobs keep running).\n"),
            HelpExample("Find commands by name",
                        code: "Get-Help *-Clixml | ForEach-Object Name",
                        output: "Export-Clixml\nImport-Clixml\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        try produce(context) { try context.write($0) }
    }

    /// The help objects for the bound parameters, given to `emit` (the
    /// `help` command pages them instead of writing them).
    func produce(_ context: CmdletContext, emit: (Value) throws -> Void) throws {
        guard let name = context.string("Name"), !name.isEmpty else {
            try emit(.string(Self.overview))
            return
        }
        let pattern = Wildcard(name)
        let runspace = context.runspace
        if name.lowercased().hasPrefix("about_") {
            let topics = AboutTopics.matching(name)
            if topics.count == 1 {
                try emit(.string("TOPIC\n    \(topics[0].name)\n\nSHORT DESCRIPTION\n    \(topics[0].synopsis)\n\nLONG DESCRIPTION\n"
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
                    try emit(.object(row))
                }
                return
            }
        }
        if let page = try scriptDocument(name, context) {
            page.view = context.flag("Full") ? .full : context.flag("Detailed") ? .detailed : context.flag("Examples") ? .examples : .normal
            try emit(.native(page))
            return
        }
        var matches = CommandCatalog.commands(matching: pattern, literal: pattern.isLiteral ? name : nil, in: runspace,
                                              all: false, includeApplications: false)
        if pattern.isLiteral, let alias = matches.first, alias.kind == .alias {
            matches = CommandCatalog.commands(matching: Wildcard(alias.definition), literal: alias.definition, in: runspace,
                                              all: false, includeApplications: false)
        }
        if !pattern.isLiteral { matches = matches.filter { $0.kind != .alias } }
        if matches.count > 1 {
            for command in matches { try emit(.object(summary(of: command, runspace))) }
            return
        }
        guard let command = matches.first else {
            try context.writeError("Get-Help could not find \(name) in a help file in this session. To download updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116.",
                                   id: "HelpNotFound", category: .resourceUnavailable, target: .string(name),
                                   exceptionType: "Microsoft.PowerShell.Commands.HelpNotFoundException")
            return
        }
        let page = document(for: command, runspace)
        page.view = context.flag("Full") ? .full : context.flag("Detailed") ? .detailed : context.flag("Examples") ? .examples : .normal
        if let wanted = context.value("Parameter")?.strings {
            let filter = WildcardFilter(wanted)
            let chosen = page.parameters.filter { filter.admits($0.name) }
            if chosen.isEmpty {
                throw context.terminatingError("No parameter matches criteria \(wanted.joined(separator: ", ")).", id: "NoParmsFound",
                                               category: .invalidArgument, exceptionType: "System.Management.Automation.PSArgumentException")
            }
            page.shownParameters = chosen
            page.view = .parameters
        }
        try emit(.native(page))
    }

    func document(for command: CommandInfoObject, _ runspace: Runspace) -> HelpDocument {
        let syntax = CommandSyntax.lines(for: command, in: runspace)
        let aliases = runspace.aliases.all.filter { $0.definition.lowercased() == command.name.lowercased() }.map(\.name)
        if let cmdlet = command.cmdlet {
            // One entry per parameter even when several sets list it.
            var seen = Set<String>()
            let parameters = CommandSyntax.parameterSets(of: cmdlet).flatMap { $0 }.filter { seen.insert($0.name).inserted }
            let descriptor = cmdlet.descriptor
            let page = HelpDocument(name: command.name, category: "Cmdlet", synopsis: descriptor.synopsis, syntax: syntax,
                                    parameters: parameters, aliases: aliases)
            page.description = descriptor.description
            page.examples = descriptor.examples
            for parameter in descriptor.parameters where !parameter.help.isEmpty { page.parameterHelp[parameter.lowercasedName] = parameter.help }
            page.isAuthored = !descriptor.description.isEmpty || !descriptor.examples.isEmpty
            return page
        }
        let parameters = command.function.map { CommandSyntax.parameters(of: $0, in: runspace) } ?? []
        let help = command.function.flatMap { CommentHelp.forFunction($0.block.ast) }
        let page = HelpDocument(name: command.name, category: command.kind.rawValue,
                                synopsis: help.map(\.synopsis).flatMap { $0.isEmpty ? nil : $0 } ?? syntax.first ?? command.name,
                                syntax: syntax, parameters: parameters, aliases: aliases)
        if let help { page.fill(from: help) }
        return page
    }

    /// The page of a script file named by path (`Get-Help ./deploy.ps1`):
    /// its comment-based help and its parameters.
    func scriptDocument(_ name: String, _ context: CmdletContext) throws -> HelpDocument? {
        guard name.contains("/") || name.contains("\\") || name.lowercased().hasSuffix(".ps1") else { return nil }
        let path = PathResolver(context: context).absolute(name)
        guard FileSystem.exists(path), !FileSystem.isDirectory(path), let text = FileSystem.readText(path) else { return nil }
        let ast: ScriptBlockAst
        do {
            ast = try Parser.parseScript(SourceFile(name: path, text: text, path: path))
        } catch {
            return nil
        }
        let function = FunctionInfo(name: PathText.leaf(path), block: ScriptBlock(ast), isFilter: false)
        let parameters = CommandSyntax.parameters(of: function, in: context.runspace)
        let syntax = [CommandSyntax.line(path, parameters, common: ast.isAdvanced)]
        let help = CommentHelp.forScript(ast)
        let page = HelpDocument(name: path, category: "ExternalScript",
                                synopsis: help.flatMap { $0.synopsis.isEmpty ? nil : $0.synopsis } ?? syntax[0], syntax: syntax,
                                parameters: parameters, aliases: [])
        if let help { page.fill(from: help) }
        return page
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
