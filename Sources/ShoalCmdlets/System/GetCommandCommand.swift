// Get-Command: the aliases, functions, cmdlets and programs a name (with
// wildcards) reaches, filtered by -CommandType, -Verb and -Noun. A literal
// name that reaches nothing is PowerShell's non-terminating
// CommandNotFoundException.

import ShoalRuntime

public final class GetCommandCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Command", synopsis: "Gets all commands.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The names of the commands to get (wildcards allowed), including programs on PATH; a name without wildcards that matches nothing is an error."),
            ParameterDescriptor("Verb", type: "string[]", pipelineByPropertyName: true,
                                help: "Gets the commands whose verb (the part before the hyphen) matches one of these wildcard patterns."),
            ParameterDescriptor("Noun", type: "string[]", pipelineByPropertyName: true,
                                help: "Gets the commands whose noun (the part after the hyphen) matches one of these wildcard patterns."),
            ParameterDescriptor("CommandType", type: "string[]", aliases: ["Type"],
                                validateSet: ["Alias", "Function", "Filter", "Cmdlet", "ExternalScript", "Application",
                                              "Script", "Configuration", "All"],
                                help: "Gets only commands of these types (All for every type). Without -Name, programs on PATH are listed only for Application or All."),
            ParameterDescriptor("TotalCount", type: "int", help: "Writes at most this many commands."),
            ParameterDescriptor("Syntax", type: "switch", help: "Writes how to call each command (one line per parameter set) instead of the command; for an alias the command it stands for, for a program its path."),
            ParameterDescriptor("All", type: "switch", help: "Also gets the commands hidden by another of the same name, such as a program on PATH that a function shadows, or the same program in several PATH folders."),
        ],
        description: "Finds commands: cmdlets, functions, aliases and programs on PATH, by name (wildcards), -Verb, -Noun or -CommandType; -Syntax shows how to call one.",
        examples: [
            HelpExample("Find commands by noun",
                        code: "Get-Command -Noun Job | Where-Object Verb -in Get, Wait | ForEach-Object Name",
                        output: "Get-Job\nWait-Job\n"),
            HelpExample("A command's syntax",
                        code: "Get-Command Split-Path -Syntax | Select-Object -First 1",
                        output: "Split-Path [[-Path] <string[]>] [-LiteralPath <string[]>] [-Parent] [-Leaf] [-LeafBase] [-Extension] [-Qualifier] [-NoQualifier] [-IsAbsolute] [-Resolve] [<CommonParameters>]\n"),
            HelpExample("Check that the commands a script needs exist",
                        code: "foreach ($name in 'sh', 'Deploy-Everything') {\n    if (Get-Command $name -ErrorAction SilentlyContinue) { '{0}: found' -f $name } else { '{0}: missing' -f $name }\n}",
                        output: "sh: found\nDeploy-Everything: missing\n",
                        remarks: "A name finds cmdlets, functions, aliases and programs on PATH alike; -ErrorAction SilentlyContinue turns a missing one into $null instead of an error."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let types = Set((context.value("CommandType")?.strings ?? []).map { $0.lowercased() })
        let wantsAll = types.isEmpty || types.contains("all")
        let verbs = WildcardFilter(context.value("Verb")?.strings)
        let nouns = WildcardFilter(context.value("Noun")?.strings)
        let filtersByVerbOrNoun = context.has("Verb") || context.has("Noun")
        let names = context.value("Name")?.strings
        var results: [CommandInfoObject] = []
        for name in names ?? ["*"] {
            let pattern = Wildcard(name)
            let literal = names != nil && pattern.isLiteral ? name : nil
            let includeApplications = names != nil || types.contains("application") || types.contains("all")
            var matches = CommandCatalog.commands(matching: pattern, literal: literal, in: context.runspace,
                                                  all: context.flag("All") || !wantsAll, includeApplications: includeApplications)
            matches = matches.filter { command in
                (wantsAll || types.contains(command.kind.rawValue.lowercased()))
                    && (!filtersByVerbOrNoun || command.verbAndNoun.map { verbs.admits($0.verb) && nouns.admits($0.noun) } ?? false)
            }
            if literal != nil, !wantsAll, !context.flag("All"), let first = matches.first { matches = [first] }
            if matches.isEmpty, let literal {
                try context.writeError("The term '\(literal)' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
                                       id: "CommandNotFoundException", category: .objectNotFound, target: .string(literal),
                                       exceptionType: "System.Management.Automation.CommandNotFoundException")
            }
            results += matches
        }
        if let limit = context.value("TotalCount").flatMap(StartSleepCommand.number), limit >= 0 {
            results = Array(results.prefix(Int(limit)))
        }
        for command in results {
            try context.write(context.flag("Syntax") ? .string(syntax(of: command, context)) : .native(command))
        }
    }

    /// `-Syntax`: an alias shows its target, a program its path.
    func syntax(of command: CommandInfoObject, _ context: CmdletContext) -> String {
        switch command.kind {
        case .alias: return command.definition
        case .application: return command.path ?? command.name
        case .cmdlet, .function, .filter:
            return CommandSyntax.lines(for: command, in: context.runspace).joined(separator: "\n\n")
        }
    }
}
