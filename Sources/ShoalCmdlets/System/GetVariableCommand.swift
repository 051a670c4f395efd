// Get-Variable: variables by name (wildcards allowed) as Name/Value
// objects, or only their values with -ValueOnly.

import ShoalRuntime

public final class GetVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Variable", synopsis: "Gets the variables in the current console.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true),
            ParameterDescriptor("ValueOnly", type: "switch"),
            ParameterDescriptor("Include", type: "string[]"),
            ParameterDescriptor("Exclude", type: "string[]"),
            ParameterDescriptor("Scope", type: "string"),
        ],
        description: "Gets variables, by name (wildcards) and -Scope; -ValueOnly gives just their values.",
        examples: [
            HelpExample("Read variables by pattern",
                        code: "$limitA = 1; $limitB = 2\nGet-Variable limit* | ForEach-Object { \"$($_.Name)=$($_.Value)\" }",
                        output: "limitA=1\nlimitB=2\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let all = try VariableScopes.variables(context)
        let names = context.value("Name")?.strings ?? ["*"]
        let others = WildcardFilter(context.value("Include")?.strings, exclude: context.value("Exclude")?.strings)
        for name in names {
            let pattern = Wildcard(name)
            var matches = all.filter { pattern.matches($0.name) && others.admits($0.name) }
                // The name as the script spelled it when it made the variable, as pwsh reports it.
                .map { (name: $0.box.spelling ?? (pattern.isLiteral ? name : $0.name), box: $0.box) }
            // $true, $null, $? and friends live outside the scopes.
            if matches.isEmpty, pattern.isLiteral, !context.has("Scope"), let special = context.runspace.variable(name) {
                matches = [(name, VariableBox(special))]
            }
            if matches.isEmpty, pattern.isLiteral {
                try VariableScopes.notFound(name, context)
                continue
            }
            for match in matches {
                try context.write(context.flag("ValueOnly") ? match.box.value : .native(VariableObject(name: match.name, box: match.box)))
            }
        }
    }
}
