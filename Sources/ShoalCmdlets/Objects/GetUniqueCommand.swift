// Get-Unique: drops each object equal to the one before it (so a sorted
// list becomes unique), comparing as objects, as strings (-AsString) or by
// type (-OnType); case-sensitive unless -CaseInsensitive, as pwsh 7.4.

import ShoalRuntime

final class GetUniqueCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Unique", synopsis: "Returns unique items from a sorted list.",
        parameters: [
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to filter (piped); only an object equal to the one just before it is dropped. Given with -InputObject, a collection is one object."),
            ParameterDescriptor("AsString", type: "switch", help: "Compares the objects by their string form."),
            ParameterDescriptor("OnType", type: "switch", help: "Compares the objects by type: keeps the first object of each run of the same type."),
            ParameterDescriptor("CaseInsensitive", type: "switch", help: "Treats strings that differ only in case as equal (by default they differ)."),
        ],
        description: "Drops adjacent duplicates from a sorted list (sort first: only neighbours are compared).",
        examples: [
            HelpExample("Unique values",
                        code: "'b', 'a', 'b', 'a' | Sort-Object | Get-Unique",
                        output: "a\nb\n"),
            HelpExample("The distinct host names in a log, whatever their case",
                        code: "$log = 'WEB1 timeout', 'db1 slow query', 'web1 timeout', 'web2 ok', 'Web1 retry'\n$log | ForEach-Object { ($_ -split ' ')[0] } | Sort-Object | Get-Unique -CaseInsensitive",
                        output: "db1\nWEB1\nweb2\n",
                        remarks: "Without -CaseInsensitive, WEB1, web1 and Web1 would all be kept."),
            HelpExample("One object of each type",
                        code: "$values = 1, 2, 'a', 'b', 2.5\n$values | Sort-Object { $_.GetType().Name } | Get-Unique -OnType | ForEach-Object { $_.GetType().Name }",
                        output: "Double\nInt32\nString\n"),
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
