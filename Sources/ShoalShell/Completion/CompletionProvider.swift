// Tab completion for the interactive shell: decides from the cursor's
// context what kind of thing is being typed and gathers the candidates
// (commands, parameters, parameter values, variables, members, type names,
// files). Runs on the REPL thread inside the line editor's Tab handler, so
// it may read the runspace; it never runs script code, and PATH is scanned
// by ExecutableCache, not here.

import ShoalJobs
import ShoalLineEditor
import ShoalRuntime

final class CompletionProvider {
    let runspace: Runspace
    let jobs: JobTable
    let executables: ExecutableCache

    init(runspace: Runspace, jobs: JobTable, executables: ExecutableCache) {
        self.runspace = runspace
        self.jobs = jobs
        self.executables = executables
    }

    func complete(_ request: CompletionRequest) -> CompletionResult {
        if let remote = jobs.enteredSession { return RemoteCompletion(session: remote, local: self).complete(request) }
        let context = CompletionContext(textBeforeCursor: request.textBeforeCursor)
        let word = context.word
        switch context.kind {
        case .member(let target, isStatic: true):
            // `[math]::Ro`: the type's static members.
            guard target.hasPrefix("["), target.hasSuffix("]"),
                  let fullName = TypeObject.resolve(String(target.dropFirst().dropLast())) else { return result(replacing: word, []) }
            let names = TypeObject(name: fullName).staticCompletionNames
            return result(replacing: word, matching(word, names.map { CompletionCandidate($0, appendSpace: false) }))
        case .member(let target, isStatic: false):
            return result(replacing: word, matching(word, members(of: target)))
        case .typeName:
            return result(replacing: word, matching(word, TypeNameCatalog.names.map { CompletionCandidate($0, appendSpace: false) }))
        case .variable:
            return result(replacing: word, matching(word, variables(prefix: word)))
        case .command:
            if word.contains("/") || word.hasPrefix(".") || word.hasPrefix("~") {
                return result(replacing: word, FileCompletion(location: runspace.location).candidates(for: word))
            }
            return result(replacing: word, matching(word, commands()))
        case .parameter, .argument:
            return completeParameters(context)
                ?? result(replacing: word, FileCompletion(location: runspace.location).candidates(for: word))
        }
    }

    /// A parameter's name after `-`, or its known values after one; nil
    /// when the word is neither.
    func completeParameters(_ context: CompletionContext) -> CompletionResult? {
        let word = context.word
        let parameters = context.commandName.map { ParameterCatalog.parameters(of: $0, in: runspace) } ?? []
        if word.hasPrefix("-"), word.count >= 1, !(word.dropFirst().first?.isNumber ?? false) {
            let names = parameters.map { CompletionCandidate("-" + $0.name) }
            return result(replacing: word, matching(word, names))
        }
        if let previous = context.previousWord, previous.hasPrefix("-"),
           let parameter = ParameterCatalog.resolve(String(previous.dropFirst()), in: parameters), !parameter.isSwitch {
            let values = parameterValues(parameter, command: context.commandName ?? "")
            if !values.isEmpty { return result(replacing: word, matching(word, values)) }
        }
        return nil
    }

    private func result(replacing typed: String, _ candidates: [CompletionCandidate]) -> CompletionResult {
        CompletionResult(replaceCount: typed.unicodeScalars.count, candidates: candidates)
    }

    /// Candidates whose text starts with what was typed, ignoring case, without repeats.
    private func matching(_ typed: String, _ candidates: [CompletionCandidate]) -> [CompletionCandidate] {
        let lower = typed.lowercased()
        var seen = Set<String>()
        return candidates.filter { $0.text.lowercased().hasPrefix(lower) && seen.insert($0.text.lowercased()).inserted }
    }

    // MARK: - Sources

    /// Cmdlets, functions, aliases and programs on PATH.
    func commands() -> [CompletionCandidate] {
        var names = runspace.registry.allCmdlets.map { $0.descriptor.name }
        names += ParameterCatalog.functions(in: runspace).map(\.name)
        names += runspace.aliases.all.map(\.name)
        names += executables.names()
        return names.map { CompletionCandidate($0) }
    }

    /// `$name` for every visible variable, plus `$env:` names.
    func variables(prefix: String) -> [CompletionCandidate] {
        if prefix.lowercased().hasPrefix("$env:") {
            return EnvironmentNames.all().sorted().map { CompletionCandidate("$env:" + $0, appendSpace: false) }
        }
        // Each name as the script spelled it when it made the variable.
        var names = runspace.scope.visibleVariables().map { $0.box.spelling ?? ParameterCatalog.displayCase($0.name, runspace: runspace) }
        names += ["true", "false", "null", "_", "PSItem", "PWD", "env:"]
        return names.sorted { $0.lowercased() < $1.lowercased() }.map { CompletionCandidate("$" + $0, appendSpace: false) }
    }

    /// Members of the value the expression before the dot has now; only
    /// variables and property chains are evaluated, never method calls.
    func members(of expression: String) -> [CompletionCandidate] {
        guard expression.hasPrefix("$") else { return [] }
        let path = expression.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let name = path.first, !name.isEmpty, !path.contains(where: { $0.contains("(") || $0.isEmpty }),
              var value = runspace.variable(name) else { return [] }
        for property in path.dropFirst() { value = runspace.memberValue(value, property) }
        return MemberNames.of(value).map { CompletionCandidate($0, appendSpace: false) }
    }

    /// Known values of a parameter: job ids, names and states for the job
    /// verbs, action preferences, and any ValidateSet.
    func parameterValues(_ parameter: ParameterCatalog.Parameter, command: String) -> [CompletionCandidate] {
        let name = parameter.name.lowercased()
        let verb = ParameterCatalog.resolvedName(command, in: runspace).lowercased()
        if verb.hasSuffix("-job") {
            let all = jobs.all
            switch name {
            case "id": return all.map { CompletionCandidate(String($0.id), display: "\($0.id)  \($0.name)  \($0.state.rawValue)") }
            case "name": return all.map { CompletionCandidate($0.name.quotedIfNeeded(), display: $0.name) }
            case "state": return JobState.allCases.map { CompletionCandidate($0.rawValue) }
            default: break
            }
        }
        if ["erroraction", "warningaction", "informationaction", "progressaction"].contains(name) {
            return ["Continue", "Ignore", "Inquire", "SilentlyContinue", "Stop", "Suspend", "Break"].map { CompletionCandidate($0) }
        }
        return (parameter.validateSet ?? []).map { CompletionCandidate($0.quotedIfNeeded(), display: $0) }
    }
}

extension String {
    /// Wrapped in single quotes when it holds a space or a character the
    /// parser would take for syntax.
    func quotedIfNeeded() -> String {
        let special: Set<Character> = [" ", "\t", "$", "'", "\"", "`", "&", "(", ")", "{", "}", ";", "|", ",", "@", "#", "<", ">"]
        guard contains(where: { special.contains($0) }) else { return self }
        return "'" + split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }
}
