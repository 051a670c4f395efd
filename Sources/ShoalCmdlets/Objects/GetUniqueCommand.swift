// Get-Unique: drops each object equal to the one before it (so a sorted
// list becomes unique), comparing as objects, as strings (-AsString) or by
// type (-OnType); case-sensitive unless -CaseInsensitive, as pwsh 7.4.

import ShoalRuntime

final class GetUniqueCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Unique", synopsis: "Returns unique items from a sorted list.",
        parameters: [
            ParameterDescriptor("InputObject", pipeline: true),
            ParameterDescriptor("AsString", type: "switch"),
            ParameterDescriptor("OnType", type: "switch"),
            ParameterDescriptor("CaseInsensitive", type: "switch"),
        ],
        description: "Drops adjacent duplicates from a sorted list (sort first: only neighbours are compared).",
        examples: [
            HelpExample("Unique values",
                        code: "'b', 'a', 'b', 'a' | Sort-Object | Get-Unique",
                        output: "a\nb\n"),
        ])

    private var last: Value?

    func begin(_ context: CmdletContext) throws {
        if context.flag("AsString") && context.flag("OnType") { throw context.ambiguousParameterSet() }
    }

    func process(_ context: CmdletContext) throws {
        // -InputObject takes its argument as one object, as in pwsh.
        guard context.hasPipelineInput || context.has("InputObject") else { return }
        let item = context.hasPipelineInput ? (context.inputObject ?? .null) : (context.value("InputObject") ?? .null)
        let caseSensitive = !context.flag("CaseInsensitive")
        if let last {
            let same: Bool
            if context.flag("OnType") {
                same = Conversion.fullTypeName(of: item) == Conversion.fullTypeName(of: last)
            } else if context.flag("AsString") {
                let (a, b) = (Conversion.toString(item), Conversion.toString(last))
                same = caseSensitive ? a == b : a.lowercased() == b.lowercased()
            } else {
                same = SortKey.compare(SortKey(item), SortKey(last), caseSensitive: caseSensitive) == 0
            }
            if same { return }
        }
        last = item
        try context.write(item)
    }
}
