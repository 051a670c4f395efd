// Remove-Variable: deletes variables from the scope that defines them (or
// the scope -Scope names); read-only ones only with -Force.

import ShoalRuntime

public final class RemoveVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Remove-Variable", synopsis: "Deletes a variable and its value.",
        parameters: VariableTargets.parameters, confirmImpact: .medium,
        description: "Deletes variables from a scope.",
        examples: [
            HelpExample("Remove a variable",
                        code: "$temp = 1\nRemove-Variable temp\nTest-Path variable:temp",
                        output: "False\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        try VariableTargets.each(context) { name, key, scope, box in
            if box.isReadOnly, !context.flag("Force") {
                try context.writeError("Cannot remove variable \(name) because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.",
                                       id: "VariableNotRemovable", category: .writeError, target: .string(name),
                                       exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException")
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
        ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipelineByPropertyName: true),
        ParameterDescriptor("Include", type: "string[]"), ParameterDescriptor("Exclude", type: "string[]"),
        ParameterDescriptor("Force", type: "switch"), ParameterDescriptor("Scope", type: "string"),
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
