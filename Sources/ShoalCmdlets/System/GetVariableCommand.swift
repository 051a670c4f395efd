// Get-Variable: variables by name (wildcards allowed) as Name/Value
// objects, or only their values with -ValueOnly.

import ShoalRuntime

public final class GetVariableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Variable", synopsis: "Gets the variables in the current console.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The names of the variables, without the $ (wildcards allowed); all variables when omitted. A plain name that names no variable is an error."),
            ParameterDescriptor("ValueOnly", type: "switch", help: "Writes each variable's value instead of the variable object."),
            ParameterDescriptor("Include", type: "string[]", help: "Gets only the variables whose names also match one of these wildcard patterns."),
            ParameterDescriptor("Exclude", type: "string[]", help: "Leaves out the variables whose names match one of these wildcard patterns."),
            ParameterDescriptor("Scope", type: "string", help: "Gets only the variables defined in this scope: Global, Script, Local, or a number of scopes outward (0 is the current one, 1 the caller's); by default every variable visible here."),
        ],
        description: "Gets variables, by name (wildcards) and -Scope; -ValueOnly gives just their values.",
        examples: [
            HelpExample("Read variables by pattern",
                        code: "$limitA = 1; $limitB = 2\nGet-Variable limit* | ForEach-Object { \"$($_.Name)=$($_.Value)\" }",
                        output: "limitA=1\nlimitB=2\n"),
            HelpExample("Read a variable whose name is computed",
                        code: "$deployHost = 'web1'; $deployPort = 8080; $deployToken = 'secret'\nforeach ($setting in 'Host', 'Port') {\n    '{0} = {1}' -f $setting, (Get-Variable \"deploy$setting\" -ValueOnly)\n}\nGet-Variable deploy* -Exclude *Token | ForEach-Object Name",
                        output: "Host = web1\nPort = 8080\ndeployHost\ndeployPort\n",
                        remarks: "-ValueOnly writes the value itself instead of the variable object (with its Name, Value, Options and Description)."),
            HelpExample("See the caller's variable from a function",
                        code: "$environment = 'production'\nfunction Show-Environment {\n    $environment = 'test'\n    'here: ' + $environment\n    'caller: ' + (Get-Variable environment -Scope 1 -ValueOnly)\n}\nShow-Environment",
                        output: "here: test\ncaller: production\n",
                        remarks: "-Scope 1 looks one scope out (the caller's); Global and Script work too. Without -Scope the nearest variable of that name is found."),
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
