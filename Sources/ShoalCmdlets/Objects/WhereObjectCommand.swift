// Where-Object: keeps the pipeline objects a script block accepts, or (the
// simplified form) whose property passes a comparison:
// `Where-Object State -eq Completed`, `Where-Object Name -like 'a*'`,
// `Where-Object Enabled` (truthiness) and `Where-Object Enabled -Not`.
// Hashtable keys count as properties. The operator switches, their
// case-sensitive `C` forms and `I` aliases are PowerShell's.

import ShoalRuntime
import ShoalSyntax

public final class WhereObjectCommand: Cmdlet {
    /// The comparison switches, without the `C` prefix.
    static let comparisons: [String] = ["EQ", "NE", "GT", "LT", "GE", "LE", "Like", "NotLike", "Match", "NotMatch",
                                        "Contains", "NotContains", "In", "NotIn"]

    static var operatorParameters: [ParameterDescriptor] {
        comparisons.flatMap { name in
            [ParameterDescriptor(name, type: "switch", aliases: ["I" + name], help: "Compares the property with -Value as -\(name.lowercased()) does."),
             ParameterDescriptor("C" + name, type: "switch", help: "Compares as -c\(name.lowercased()) does: case-sensitively.")]
        } + [ParameterDescriptor("Is", type: "switch", help: "Passes objects whose property is of the type -Value names."),
             ParameterDescriptor("IsNot", type: "switch", help: "Passes objects whose property is not of the type -Value names."),
             ParameterDescriptor("Not", type: "switch", help: "Passes objects whose property is false, empty or missing.")]
    }

    public static let descriptor = CmdletDescriptor(
        "Where-Object", synopsis: "Selects objects from a collection based on their property values.",
        parameters: [
            // A script block, or (the simplified form) a property name.
            ParameterDescriptor("FilterScript", position: 0, help: "The script block that decides: an object passes when it returns true ($_ is the object)."),
            ParameterDescriptor("Property", type: "string", help: "The property compared, with a comparison switch such as -EQ, -Like or -GT, and -Value."),
            ParameterDescriptor("Value", position: 1, help: "The value the property is compared with."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to filter (piped)."),
        ] + operatorParameters,
        description: "Selects the objects for which a script block is true, or whose property compares as asked: -EQ, -GT, -Like, -Match, -In and the rest, each with a case-sensitive -C form and a negated -Not form.",
        examples: [
            HelpExample("Keep the numbers above a limit",
                        code: "1..10 | Where-Object { $_ -gt 7 }",
                        output: "8\n9\n10\n"),
            HelpExample("Compare a property without a script block",
                        code: "[pscustomobject]@{ Name = 'web1'; Up = $true }, [pscustomobject]@{ Name = 'db1'; Up = $false } |\n    Where-Object Up -EQ $true | ForEach-Object Name",
                        output: "web1\n",
                        remarks: "The comparison form reads the property of each object; only web1 is up."),
        ])
    public init() {}

    enum Test {
        case script(ScriptBlock)
        case truthy(property: String, negated: Bool)
        case compare(property: String, op: ComparisonOperator, caseSensitive: Bool)
        case isType(property: String, negated: Bool)
    }

    var test: Test = .truthy(property: "", negated: false)
    let resultSink = CollectingSink()
    /// -Value, read once rather than per object.
    var comparand: Value = .null
    /// The simplified form's property name, lower-cased once.
    var foldedProperty = ""

    public func begin(_ context: CmdletContext) throws {
        let chosen = WhereObjectCommand.operatorParameters.map(\.name).filter { context.flag($0) }
        comparand = context.value("Value") ?? .null
        let filter = context.value("FilterScript")
        if case .scriptBlock(let block)? = filter {
            guard chosen.isEmpty, !context.has("Property") else { throw context.ambiguousParameterSet() }
            test = .script(block)
            return
        }
        guard chosen.count <= 1 else { throw context.ambiguousParameterSet() }
        let property = context.string("Property") ?? filter.map(Conversion.toString) ?? ""
        foldedProperty = property.lowercased()
        guard let name = chosen.first?.lowercased() else {
            test = .truthy(property: property, negated: false)
            return
        }
        switch name {
        case "not": test = .truthy(property: property, negated: true)
        case "is", "isnot":
            // As pwsh: users write `-Is [int]` as in scripts, and in command mode that is the text "[int]".
            if case .string(let text) = comparand, text.count > 2, text.hasPrefix("["), text.hasSuffix("]") {
                comparand = .string(String(text.dropFirst().dropLast()))
            }
            test = .isType(property: property, negated: name == "isnot")
        default:
            let caseSensitive = name.hasPrefix("c") && !name.hasPrefix("contains")
            let opName = caseSensitive ? String(name.dropFirst()) : name
            test = .compare(property: property, op: ComparisonOperator(rawValue: opName) ?? .eq, caseSensitive: caseSensitive)
        }
    }

    public func process(_ context: CmdletContext) throws {
        guard let item = context.currentItem else { return }
        if try accepts(item, context) { try context.write(item) }
    }

    func accepts(_ item: Value, _ context: CmdletContext) throws -> Bool {
        let runspace = context.runspace
        switch test {
        case .script(let block):
            resultSink.reset()
            try runspace.invokeBlockInCurrentScope(block, dollarUnder: item, output: resultSink)
            return Conversion.toBool(resultSink.result)
        case .truthy(let property, let negated):
            return Conversion.toBool(runspace.memberValue(item, property, folded: foldedProperty)) != negated
        case .compare(let property, let op, let caseSensitive):
            let left = runspace.memberValue(item, property, folded: foldedProperty)
            let result = try Operators.compare(op, left, comparand, caseSensitive: caseSensitive,
                                               context: runspace, at: context.span)
            return Conversion.toBool(result)
        case .isType(let property, let negated):
            let left = PipelineObjectProperties.value(item, property, runspace)
            return try Operators.isType(left, comparand, at: context.span) != negated
        }
    }
}
