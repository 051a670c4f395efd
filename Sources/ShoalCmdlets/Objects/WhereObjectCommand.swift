// Where-Object: keeps the pipeline objects a script block (or the
// simplified `Where-Object Name -eq value` form) accepts.

import ShoalRuntime
import ShoalSyntax

public final class WhereObjectCommand: Cmdlet {
    static let operators = ["eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "contains",
                            "notcontains", "in", "notin", "ceq", "cne", "clike", "cmatch"]
    public static let descriptor = CmdletDescriptor(
        "Where-Object", synopsis: "Selects objects from a collection based on their property values.",
        parameters: [
            // A script block, or (the simplified form) a property name.
            ParameterDescriptor("FilterScript", position: 0),
            ParameterDescriptor("Property", type: "string"),
            ParameterDescriptor("Value", position: 1),
            ParameterDescriptor("InputObject", pipeline: true),
        ] + operators.map { ParameterDescriptor($0.prefix(1).uppercased() + $0.dropFirst(), type: "switch") })
    public init() {}

    public func process(_ context: CmdletContext) throws {
        guard context.hasPipelineInput || context.has("InputObject") else { return }
        let item = context.hasPipelineInput ? (context.inputObject ?? .null) : (context.value("InputObject") ?? .null)
        if case .scriptBlock(let block)? = context.value("FilterScript") {
            let sink = CollectingSink()
            try context.runspace.invokeBlockInCurrentScope(block, dollarUnder: item, output: sink)
            if Conversion.toBool(sink.result) { try context.write(item) }
            return
        }
        let propertyName = context.string("Property") ?? context.string("FilterScript") ?? ""
        let property = context.runspace.memberValue(item, propertyName)
        guard let op = WhereObjectCommand.operators.first(where: { context.flag($0) }) else {
            if Conversion.toBool(property) { try context.write(item) }
            return
        }
        let caseSensitive = op.hasPrefix("c") && !op.hasPrefix("contains")
        let name = caseSensitive ? String(op.dropFirst()) : op
        let comparison = ComparisonOperator(rawValue: name) ?? .eq
        let result = try Operators.compare(comparison, property, context.value("Value") ?? .null, caseSensitive: caseSensitive,
                                           context: context.runspace, at: context.span)
        if Conversion.toBool(result) { try context.write(item) }
    }
}
