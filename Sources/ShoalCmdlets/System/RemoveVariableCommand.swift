// Remove-Variable: deletes variables from the scope that defines them (or
// the scope -Scope names); read-only ones only with -Force.

import ShoalRuntime

public final class RemoveVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Remove-Variable", synopsis: "Deletes a variable and its value.",
        parameters: VariableTargets.parameters, confirmImpact: .medium,
        description: "Deletes variables (the names take wildcards) from the nearest scope that defines them, or from the one -Scope names; read-only variables need -Force.",
        examples: [
            HelpExample("Remove a variable",
                        code: "$temp = 1\nRemove-Variable temp\nTest-Path variable:temp",
                        output: "False\n"),
            HelpExample("Remove variables by pattern",
                        code: "$tmpA = 1; $tmpB = 2; $tmpKeep = 3\nRemove-Variable tmp* -Exclude tmpKeep\nGet-Variable tmp* | ForEach-Object Name",
                        output: "tmpKeep\n"),
            HelpExample("Remove a read-only variable, or a global one from a function",
                        code: "New-Variable limit -Value 10 -Option ReadOnly\ntry { Remove-Variable limit -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }\nRemove-Variable limit -Force\n$session = 'open'\nfunction Close-Session { Remove-Variable session -Scope Global }\nClose-Session\nTest-Path variable:limit, variable:session",
                        output: "VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand\nFalse\nFalse\n",
                        remarks: "Read-only variables go only with -Force. -Scope Global reaches the variable from inside the function; without it Remove-Variable removes the nearest variable of that name."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        try VariableTargets.each(context) { name, key, scope, box in
            if box.isProtected(force: context.flag("Force")) {
                try context.writeError(VariableBox.notRemovable(name))
                return
            }
            guard try context.shouldProcess("Name: \(name)", action: "Remove variable") else { return }
            _ = scope.removeLocal(key)
        }
    }
}

/// The variables a Remove-/Clear-Variable call names: each wildcard
/// expanded, each literal that names nothing reported as not found.
enum VariableTargets {
    /// The parameters that choose the variables: Remove- and Clear-Variable share them.
    static let parameters: [ParameterDescriptor] = [
        ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipelineByPropertyName: true,
                            help: "The names of the variables, without the $; wildcards match every variable they fit, and a plain name that matches none is an error."),
        ParameterDescriptor("Include", type: "string[]",
                            help: "Acts only on the variables whose names also match one of these wildcard patterns."),
        ParameterDescriptor("Exclude", type: "string[]",
                            help: "Leaves out the variables whose names match one of these wildcard patterns."),
        ParameterDescriptor("Force", type: "switch",
                            help: "Also acts on read-only variables."),
        ParameterDescriptor("Scope", type: "string",
                            help: "Looks for the variables only in this scope: Global, Script, Local, or a number of scopes outward (0 is the current one); by default the nearest scope that defines each name."),
    ]

    static func each(_ context: CmdletContext,
                     _ body: (_ name: String, _ key: String, _ scope: Scope, _ box: VariableBox) throws -> Void) throws {
        let start = try VariableScopes.resolve(context)
        let pinned = context.has("Scope")
        let others = WildcardFilter(context.value("Include")?.strings, exclude: context.value("Exclude")?.strings)
        for name in context.value("Name")?.strings ?? [] {
            let pattern = Wildcard(name)
            let keys = pattern.isLiteral ? [name.lowercased()]
                : try VariableScopes.variables(context).map(\.name).filter { pattern.matches($0) }
            var found = false
            for key in keys where others.admits(key) {
                guard let scope = VariableScopes.definingScope(key, from: start, pinned: pinned),
                      let box = scope.localBox(key) else { continue }
                found = true
                try body(pattern.isLiteral ? name : key, key, scope, box)
            }
            if !found, pattern.isLiteral { try VariableScopes.notFound(name, context) }
        }
    }
}
