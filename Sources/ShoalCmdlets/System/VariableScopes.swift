// What the *-Variable cmdlets share: resolving -Scope (Global, Script,
// Local, Private or a number counted outward), finding variables by name
// or wildcard, the PSVariable objects they return, and PowerShell's error
// records for missing, existing and read-only variables.

import ShoalRuntime

enum VariableScopes {
    /// The scope `-Scope` names; the current scope when it is absent.
    static func resolve(_ context: CmdletContext) throws -> Scope {
        let runspace = context.runspace
        guard let text = context.string("Scope") else { return runspace.scope }
        switch text.lowercased() {
        case "global": return runspace.globalScope
        case "script": return runspace.scriptScope
        case "local", "private": return runspace.scope
        default:
            guard let depth = Int(text), depth >= 0 else {
                throw context.terminatingError("Cannot process argument because the value of argument \"scopeID\" is not valid. Change the value of the \"scopeID\" argument and run the operation again.",
                                               id: "Argument", category: .invalidArgument,
                                               exceptionType: "System.Management.Automation.PSArgumentException")
            }
            var scope = runspace.scope
            for _ in 0..<depth {
                guard let parent = scope.parent else {
                    throw context.terminatingError("The scope number '\(depth)' exceeds the number of active scopes. (Parameter 'scopeID')\nActual value was \(depth).",
                                                   id: "ArgumentOutOfRange", category: .invalidArgument,
                                                   exceptionType: "System.Management.Automation.PSArgumentOutOfRangeException")
                }
                scope = parent
            }
            return scope
        }
    }

    /// Variables a script can see, sorted by name: from the whole chain
    /// when no -Scope is given, else only those defined in that scope.
    static func variables(_ context: CmdletContext) throws -> [(name: String, box: VariableBox)] {
        let scope = try resolve(context)
        var found = scope.visibleVariables().filter { !$0.name.contains(":") }
        if context.has("Scope") { found = found.filter { scope.localBox($0.name) === $0.box } }
        return found.sorted { $0.name < $1.name }
    }

    /// The scope that defines a variable, searching outward from `start`
    /// unless -Scope pinned it.
    static func definingScope(_ key: String, from start: Scope, pinned: Bool) -> Scope? {
        var scope: Scope? = start
        while let current = scope {
            if let box = current.localBox(key), current === start || !box.isPrivate { return current }
            if pinned { return nil }
            scope = current.parent
        }
        return nil
    }

    /// The `-Option` values given, lower-cased; nil when -Option is not.
    static func options(_ context: CmdletContext) -> Set<String>? {
        context.value("Option").map { Set($0.strings.map { $0.lowercased() }) }
    }

    static let optionSet = ["None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified"]

    static func notFound(_ name: String, _ context: CmdletContext) throws {
        try context.writeError("Cannot find a variable with the name '\(name)'.", id: "VariableNotFound",
                               category: .objectNotFound, target: .string(name),
                               exceptionType: "System.Management.Automation.ItemNotFoundException")
    }

}
