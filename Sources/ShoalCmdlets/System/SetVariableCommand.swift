// Set-Variable: sets (creating when needed) variables in the current scope
// or the one -Scope names. Values piped in are collected, so
// `1,2 | Set-Variable x` leaves the array in $x as PowerShell does.

import ShoalRuntime

public final class SetVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Set-Variable", synopsis: "Sets the value of a variable. Creates the variable if one with the requested name does not exist.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipelineByPropertyName: true,
                                help: "The names of the variables to set, without the $; a plain name the scope lacks is created there, a wildcard sets the scope's matching variables and creates none."),
            ParameterDescriptor("Value", position: 1, pipeline: true, pipelineByPropertyName: true,
                                help: "The value to store; values piped in are collected, so several make an array."),
            ParameterDescriptor("Include", type: "string[]",
                                help: "Sets only the scope's variables that -Name matches and whose names also match one of these patterns."),
            ParameterDescriptor("Exclude", type: "string[]",
                                help: "Leaves out the scope's variables whose names match one of these patterns."),
            ParameterDescriptor("Description", type: "string",
                                help: "A note on what the variable holds; accepted for compatibility, but shoal does not keep it yet."),
            ParameterDescriptor("Option", type: "string[]", validateSet: VariableScopes.optionSet,
                                help: "ReadOnly makes the variable changeable only with -Force, Private hides it from child scopes; Constant acts as ReadOnly in shoal, and None, AllScope and Unspecified change nothing."),
            ParameterDescriptor("Force", type: "switch",
                                help: "Overwrites a read-only variable."),
            ParameterDescriptor("Visibility", type: "string", validateSet: ["Public", "Private"],
                                help: "Accepted for compatibility (Public or Private); shoal has no visibility outside the session, so it changes nothing."),
            ParameterDescriptor("PassThru", type: "switch",
                                help: "Writes the variable (a PSVariable) to the pipeline."),
            ParameterDescriptor("Scope", type: "string",
                                help: "The scope to set it in: Global, Script, Local, or a number of scopes outward (0 is the current one). By default the current scope, where a new variable is made even if an outer scope has one of that name."),
        ],
        confirmImpact: .medium,
        description: "Sets a variable's value, creating it when missing, in a -Scope.",
        examples: [
            HelpExample("Set a variable by name",
                        code: "Set-Variable -Name answer -Value 42\n$answer",
                        output: "42\n"),
            HelpExample("Keep the output of a pipeline",
                        code: "'web1', 'web2', 'db1' | Where-Object { $_ -like 'web*' } | Set-Variable -Name webServers\n$webServers.Count\n$webServers -join ', '",
                        output: "2\nweb1, web2\n",
                        remarks: "Values piped in are collected: several become an array, as with an assignment."),
            HelpExample("Set a global from a function, and protect it",
                        code: "function Select-Environment { param($Name) Set-Variable -Name targetEnvironment -Value $Name -Scope Global -Option ReadOnly }\nSelect-Environment staging\n$targetEnvironment\ntry { Set-Variable -Name targetEnvironment -Value production -ErrorAction Stop } catch { $_.Exception.Message }\nSet-Variable -Name targetEnvironment -Value production -Force\n$targetEnvironment",
                        output: "staging\nCannot overwrite variable targetEnvironment because it is read-only or constant.\nproduction\n",
                        remarks: "-Scope Global reaches past the function's own scope. A read-only variable changes only with -Force."),
        ])
    var piped: [Value] = []
    public init() {}

    public func process(_ context: CmdletContext) throws {
        if context.hasPipelineInput {
            piped.append(context.value("Value") ?? .null)
            return
        }
        // Without -Value, an existing variable keeps its value (options may change).
        try assign(context.value("Value"), context)
    }

    public func end(_ context: CmdletContext) throws {
        guard !piped.isEmpty else { return }
        try assign(piped.count == 1 ? piped[0] : .list(piped), context)
    }

    func assign(_ value: Value?, _ context: CmdletContext) throws {
        let scope = try VariableScopes.resolve(context)
        let others = WildcardFilter(context.value("Include")?.strings, exclude: context.value("Exclude")?.strings)
        let filtering = context.has("Include") || context.has("Exclude")
        for written in context.value("Name")?.strings ?? [] {
            // A wildcard (or -Include/-Exclude) sets the matching variables of
            // the scope and creates none, as pwsh's Set-Variable does.
            let pattern = Wildcard(written)
            let names = pattern.isLiteral && !filtering ? [written]
                : scope.visibleVariables().filter { scope.localBox($0.name) === $0.box && !$0.name.contains(":") }
                    .map(\.name).filter { pattern.matches($0) && others.admits($0) }.sorted()
            for name in names {
                guard try context.shouldProcess("Name: \(name) Value: \(Conversion.toString(value ?? .null))", action: "Set variable") else { continue }
                try VariableWriter.write(name, value, in: scope, context)
            }
        }
    }
}

/// The one place New-Variable and Set-Variable store a variable, honouring
/// read-only and constant variables, -Force, -Option and -PassThru, as
/// pwsh's PSVariable does: a constant never changes, a read-only variable
/// only with -Force, and a variable is made constant only when created.
enum VariableWriter {
    /// `value` nil: -Value was not given (a new variable is `$null`, an
    /// existing one keeps its value).
    static func write(_ name: String, _ value: Value?, in scope: Scope, _ context: CmdletContext) throws {
        let key = name.lowercased()
        let options = VariableScopes.options(context)
        let box: VariableBox
        if let existing = scope.localBox(key) {
            if existing.isProtected(force: context.flag("Force")) {
                try context.writeError(VariableBox.notWritable(name))
                return
            }
            if options?.contains("constant") == true {
                try context.writeError("Existing variable \(name) cannot be made constant. Variables can be made constant only at creation time.",
                                       id: "VariableCannotBeMadeConstant", category: .writeError, target: .string(name),
                                       exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException")
                return
            }
            if let value {
                if existing.isReadOnly { existing.store(value) } else { try context.runspace.store(value, in: existing, span: context.span) }
                // A value given here is never a pipeline's nothing (see VariableBox.holdsNothing).
                existing.holdsNothing = false
            }
            box = existing
            // -Option replaces the options; without it they stay.
            if let options {
                box.isReadOnly = options.contains("readonly")
                box.isPrivate = options.contains("private")
            }
        } else {
            scope.setLocal(key, value ?? .null)
            guard let created = scope.localBox(key) else { return }
            box = created
            box.isConstant = options?.contains("constant") == true
            box.isReadOnly = box.isConstant || options?.contains("readonly") == true
            box.isPrivate = options?.contains("private") == true
        }
        if context.flag("PassThru") { try context.write(.native(VariableObject(name: name, box: box))) }
    }
}
