// Get-History, Invoke-History (alias `r`) and Clear-History over the
// session's SessionHistory. They see the commands this session ran, as
// PowerShell's do; the history file (other sessions' lines) is for the
// line editor's Up key and Ctrl-R.

import ShoalRuntime
import ShoalSyntax

enum HistoryCmdlets {
    static func register(into registry: CommandRegistry) {
        registry.register(GetHistoryCommand.self)
        registry.register(InvokeHistoryCommand.self)
        registry.register(ClearHistoryCommand.self)
        registry.alias("h", "Get-History")
        registry.alias("history", "Get-History")
        registry.alias("ghy", "Get-History")
        registry.alias("r", "Invoke-History")
        registry.alias("ihy", "Invoke-History")
        registry.alias("clhy", "Clear-History")
        SessionHistory.registerView(into: registry)
    }

    /// The integers of a parameter that takes one or many.
    static func integers(_ value: Value?) -> [Int] {
        guard let value else { return [] }
        return value.enumeratedItems.compactMap { item in
            if case .int(let number)? = Conversion.toNumber(item) { return number }
            if case .double(let number)? = Conversion.toNumber(item) { return Int(number) }
            return nil
        }
    }
}

public final class GetHistoryCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-History", synopsis: "Gets a list of the commands entered during the current session.",
        parameters: [ParameterDescriptor("Id", type: "long[]", position: 0, pipeline: true,
                                         help: "The ids of the entries to get; an id that is not in the history is an error."),
                     ParameterDescriptor("Count", type: "int", position: 1, help: "How many of the most recent entries to get (32 by default).")],
        description: "Gets the commands entered in this interactive session.",
        examples: [
            HelpExample("History of a script is empty",
                        code: "@(Get-History).Count",
                        output: "0\n",
                        remarks: "Only commands typed at the prompt are history."),
            HelpExample("Find the commands that took longest",
                        code: "Get-History | Sort-Object Duration -Descending | Select-Object -First 3 | Format-Table Id, Duration, CommandLine",
                        output: "",
                        remarks: "At the prompt this shows the three slowest commands of the session. A script has no history, so here it prints nothing."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let history = SessionHistory.of(context.runspace)
        let ids = HistoryCmdlets.integers(context.value("Id"))
        if !ids.isEmpty {
            for id in ids {
                if let entry = history.entry(id: id) {
                    try context.write(.native(entry))
                } else {
                    try context.writeError("Cannot locate history for Id \(id).", id: "GetHistoryNoHistoryForId",
                                           category: .objectNotFound, target: .int(id),
                                           exceptionType: "System.ArgumentException")
                }
            }
            return
        }
        var entries = history.entries
        let count = HistoryCmdlets.integers(context.value("Count")).first ?? 32
        entries = Array(entries.suffix(max(0, count)))
        for entry in entries { try context.write(.native(entry)) }
    }
}

public final class InvokeHistoryCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Invoke-History", synopsis: "Runs commands from the session history.",
        parameters: [ParameterDescriptor("Id", type: "string", position: 0, pipeline: true,
                                         help: "The entry to run: its id, or text its command line starts with (the newest such entry). The last entry by default.")],
        description: "Runs a command of the session's history again, first echoing its command line: the last one, the one with an id, or the newest one that starts with some text.",
        examples: [
            HelpExample("Run the last command again, if there is one",
                        code: "if (Get-History -Count 1) { Invoke-History } else { 'no command to repeat yet' }",
                        output: "no command to repeat yet\n",
                        remarks: "At the prompt, r (an alias of Invoke-History) echoes the last command and runs it again; r 12 runs entry 12 of Get-History, and r git the newest command that starts with git."),
            HelpExample("Rerun the newest command that matches",
                        code: "Get-History | Where-Object CommandLine -like 'Restart-Service*' | Select-Object -Last 1 | Invoke-History",
                        output: "",
                        remarks: "A script has no history, so nothing runs here; at the prompt this repeats the last Restart-Service command."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let history = SessionHistory.of(context.runspace)
        let entry: HistoryInfo?
        if let id = context.string("Id"), !id.isEmpty {
            if let number = Int(id) {
                entry = history.entry(id: number)
            } else {
                // A string picks the newest command that starts with it.
                entry = history.entries.last { $0.commandLine.lowercased().hasPrefix(id.lowercased()) }
            }
        } else {
            entry = history.entries.last
        }
        guard let entry else {
            throw context.terminatingError("Cannot locate the history entry \(context.string("Id") ?? "").",
                                           id: "InvokeHistoryNoHistoryForId", category: .objectNotFound,
                                           exceptionType: "System.ArgumentException")
        }
        context.runspace.host.writeOutput(entry.commandLine + "\n")
        let ast: ScriptBlockAst
        do {
            ast = try Parser.parseScript(SourceFile(name: "<history>", text: entry.commandLine))
        } catch {
            throw context.terminatingError(error.message, id: error.errorId, category: .parserError,
                                           exceptionType: "System.Management.Automation.ParseException",
                                           target: .string(entry.commandLine))
        }
        try context.runspace.invokeBlockInCurrentScope(ScriptBlock(ast), dollarUnder: nil, output: context.output)
    }
}

public final class ClearHistoryCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Clear-History", synopsis: "Deletes entries from the session history.",
        parameters: [ParameterDescriptor("Id", type: "int[]", position: 0, help: "The ids of the entries to delete."),
                     ParameterDescriptor("Count", type: "int", help: "Deletes this many entries (of those -Id or -CommandLine chose), the oldest first."),
                     ParameterDescriptor("CommandLine", type: "string[]", help: "Deletes the entries whose command line matches one of these wildcard patterns."),
                     ParameterDescriptor("Newest", type: "switch", help: "With -Count, deletes the newest entries instead of the oldest.")],
        description: "Deletes entries from the session's history.",
        examples: [
            HelpExample("Clear everything",
                        code: "Clear-History\n@(Get-History).Count",
                        output: "0\n"),
            HelpExample("Remove entries that show a secret",
                        code: "Clear-History -CommandLine '*password*', '*token*'\n@(Get-History | Where-Object CommandLine -like '*password*').Count",
                        output: "0\n",
                        remarks: "-CommandLine takes wildcard patterns. A script has no history of its own; at the prompt this removes the matching commands typed so far."),
            HelpExample("Delete the newest entries",
                        code: "Clear-History -Count 2 -Newest\n@(Get-History).Count",
                        output: "0\n",
                        remarks: "Without -Newest, -Count deletes the oldest entries."),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws {
        let history = SessionHistory.of(context.runspace)
        let ids = Set(HistoryCmdlets.integers(context.value("Id")))
        let patterns = context.value("CommandLine").map { $0.enumeratedItems.map(Conversion.toString) } ?? []
        var chosen = history.entries
        if !ids.isEmpty { chosen = chosen.filter { ids.contains($0.id) } }
        if !patterns.isEmpty {
            let wildcards = patterns.map { Wildcard($0) }
            chosen = chosen.filter { entry in wildcards.contains { $0.matches(entry.commandLine) } }
        }
        if let count = HistoryCmdlets.integers(context.value("Count")).first {
            chosen = context.flag("Newest") ? Array(chosen.suffix(count)) : Array(chosen.prefix(count))
        }
        let removing = Set(chosen.map(\.id))
        history.remove { removing.contains($0.id) }
    }
}
