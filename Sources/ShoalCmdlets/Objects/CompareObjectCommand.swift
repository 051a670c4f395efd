// Compare-Object: compares a reference set with a difference set (piped or
// given) by the objects themselves or by -Property, and writes the
// differences with a SideIndicator (`<=` only in the reference, `=>` only
// in the difference, `==` in both with -IncludeEqual). The matching is
// PowerShell's sync-window algorithm (Compare-Object.cs), so the output
// order is the same: matches and difference-only objects as they are
// found, then the reference-only ones.

import ShoalRuntime

public final class CompareObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Compare-Object", synopsis: "Compares two sets of objects.",
        parameters: [
            ParameterDescriptor("ReferenceObject", position: 0, mandatory: true, help: "The first set of objects, the one compared against; objects found only here are marked <=."),
            ParameterDescriptor("DifferenceObject", position: 1, mandatory: true, pipeline: true, help: "The second set of objects, often piped; objects found only here are marked =>."),
            ParameterDescriptor("SyncWindow", type: "int", help: "How many objects each side keeps looking ahead for a match (all of them by default); with a small window, an object that moved further shows as removed and added."),
            ParameterDescriptor("Property", type: "object[]", help: "The properties (or script blocks) to compare by instead of the whole objects; the output then has those properties instead of InputObject."),
            ParameterDescriptor("ExcludeDifferent", type: "switch", help: "Writes only the objects found in both sets (it implies -IncludeEqual)."),
            ParameterDescriptor("IncludeEqual", type: "switch", help: "Also writes the objects found in both sets, marked ==."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the original objects, with a SideIndicator property added, instead of new result objects."),
            ParameterDescriptor("Culture", type: "string", help: "Accepted; shoal compares strings the same way whatever the culture."),
            ParameterDescriptor("CaseSensitive", type: "switch", help: "Tells apart strings that differ only in case (by default they are equal)."),
        ],
        description: "Compares two sets of objects and writes those that differ, with a SideIndicator of <= (only in the reference set) or => (only in the difference set); -IncludeEqual adds ==.",
        examples: [
            HelpExample("What changed between two lists",
                        code: "Compare-Object -ReferenceObject a, b, c -DifferenceObject b, c, d | ForEach-Object { \"$($_.SideIndicator) $($_.InputObject)\" }",
                        output: "=> d\n<= a\n"),
            HelpExample("Compare two snapshots by some properties",
                        code: "$before = @(\n    [pscustomobject]@{ Name = 'nginx'; Version = '1.24' }\n    [pscustomobject]@{ Name = 'redis'; Version = '7.0' }\n    [pscustomobject]@{ Name = 'curl'; Version = '8.5' }\n)\n$after = @(\n    [pscustomobject]@{ Name = 'nginx'; Version = '1.26' }\n    [pscustomobject]@{ Name = 'redis'; Version = '7.0' }\n    [pscustomobject]@{ Name = 'jq'; Version = '1.7' }\n)\nCompare-Object $before $after -Property Name, Version | Sort-Object Name, SideIndicator",
                        output: "\nName  Version SideIndicator\n----  ------- -------------\ncurl  8.5     <=\njq    1.7     =>\nnginx 1.24    <=\nnginx 1.26    =>\n\n",
                        remarks: "redis is in both snapshots with the same version, so it is left out; nginx changed, so both versions show."),
            HelpExample("Find the lines that differ between two files",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-compareobject-3'\nNew-Item -ItemType Directory -Force $dir | Out-Null\nSet-Content (Join-Path $dir 'old.conf') 'port=80', 'workers=4', 'log=info'\nSet-Content (Join-Path $dir 'new.conf') 'port=80', 'workers=8', 'log=info'\nCompare-Object (Get-Content (Join-Path $dir 'old.conf')) (Get-Content (Join-Path $dir 'new.conf'))\nRemove-Item -Recurse $dir",
                        output: "\nInputObject SideIndicator\n----------- -------------\nworkers=8   =>\nworkers=4   <=\n\n"),
        ])
    public init() {}

    var properties: [PropertyExpression] = []
    var comparer = KeyListComparer(descending: [], caseSensitive: false)
    var references: [KeyedItem] = []
    var nextReference = 0
    var referenceBacklog: [KeyedItem] = []
    var differenceBacklog: [KeyedItem] = []
    var syncWindow = Int.max
    var includeEqual = false
    var excludeDifferent = false

    public func begin(_ context: CmdletContext) throws {
        for name in ["ReferenceObject", "DifferenceObject"] where context.value(name)?.isNull == true {
            throw context.terminatingError("Cannot bind argument to parameter '\(name)' because it is null.",
                                           id: "ParameterArgumentValidationErrorNullNotAllowed", category: .invalidData,
                                           exceptionType: "System.Management.Automation.ParameterBindingValidationException")
        }
        properties = try PropertyExpression.parseList(context.value("Property"), keys: PropertyExpression.Keys.expressionOnly,
                                                      context: context)
        comparer = KeyListComparer(descending: [], caseSensitive: context.flag("CaseSensitive"))
        syncWindow = context.value("SyncWindow").map { Int(SortKey.number($0)) } ?? Int.max
        excludeDifferent = context.flag("ExcludeDifferent")
        // -ExcludeDifferent turns -IncludeEqual on unless it was turned off.
        includeEqual = context.flag("IncludeEqual") || (excludeDifferent && !context.has("IncludeEqual"))
        references = try keyed(context.value("ReferenceObject")?.enumeratedItems ?? [], context)
    }

    func keyed(_ items: [Value], _ context: CmdletContext) throws -> [KeyedItem] {
        try items.enumerated().map { KeyedItem(item: $0.element, keys: try SortKeys.of($0.element, properties, context.runspace), index: $0.offset) }
    }

    public func process(_ context: CmdletContext) throws {
        let differences = context.hasPipelineInput ? [context.inputObject ?? .null] : (context.value("DifferenceObject")?.enumeratedItems ?? [])
        for entry in try keyed(differences, context) { try step(entry, context) }
    }

    public func end(_ context: CmdletContext) throws {
        while nextReference < references.count { try step(nil, context) }
        for entry in differenceBacklog where !excludeDifferent { try emit(entry, "=>", context) }
        for entry in referenceBacklog where !excludeDifferent { try emit(entry, "<=", context) }
    }

    /// One step of the sync-window match (see Compare-Object.cs).
    func step(_ incoming: KeyedItem?, _ context: CmdletContext) throws {
        var difference = incoming
        var reference: KeyedItem? = nextReference < references.count ? references[nextReference] : nil
        if reference != nil { nextReference += 1 }
        if let r = reference, let d = difference, comparer.compare(r.keys, d.keys) == 0 {
            if includeEqual { try emit(r, "==", context) }
            return
        }
        if let d = difference, let match = takeMatch(d, from: &referenceBacklog) {
            if includeEqual { try emit(match, "==", context) }
            difference = nil
        }
        if let r = reference, takeMatch(r, from: &differenceBacklog) != nil {
            if includeEqual { try emit(r, "==", context) }
            reference = nil
        }
        if let d = difference { try backlog(d, &differenceBacklog, "=>", context) }
        if let r = reference { try backlog(r, &referenceBacklog, "<=", context) }
    }

    func takeMatch(_ entry: KeyedItem, from list: inout [KeyedItem]) -> KeyedItem? {
        guard let index = list.firstIndex(where: { comparer.compare(entry.keys, $0.keys) == 0 }) else { return nil }
        return list.remove(at: index)
    }

    func backlog(_ entry: KeyedItem, _ list: inout [KeyedItem], _ side: String, _ context: CmdletContext) throws {
        guard syncWindow > 0 else {
            if !excludeDifferent { try emit(entry, side, context) }
            return
        }
        while list.count >= syncWindow {
            let oldest = list.removeFirst()
            if !excludeDifferent { try emit(oldest, side, context) }
        }
        list.append(entry)
    }

    func emit(_ entry: KeyedItem, _ side: String, _ context: CmdletContext) throws {
        if context.flag("PassThru") {
            if case .object(let object) = entry.item { object.set("SideIndicator", .string(side)) }
            try context.write(entry.item)
            return
        }
        var pairs: [(name: String, value: Value)] = []
        if properties.isEmpty {
            pairs.append(("InputObject", entry.item))
        } else {
            for (property, key) in zip(properties, entry.keys) { pairs.append((property.displayName, key.value)) }
        }
        pairs.append(("SideIndicator", .string(side)))
        try context.write(.object(PipelineObjectProperties.customObject(pairs)))
    }
}
