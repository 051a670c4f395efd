// Select-Object: picks properties (names, wildcards, calculated properties
// `@{Name=..;Expression={..}}`) into new PSCustomObjects, expands one
// property (-ExpandProperty), and picks objects by position (-First, -Last,
// -Skip, -SkipLast, -Index, -SkipIndex) or uniqueness (-Unique, case-sensitive as
// PowerShell's is unless -CaseInsensitive). Hashtable keys count as
// properties.

import ShoalRuntime

public final class SelectObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Select-Object", synopsis: "Selects objects or object properties.",
        parameters: [
            ParameterDescriptor("Property", type: "object[]", position: 0, help: "The properties to keep, by name (wildcards allowed) or calculated with @{Name=...; Expression={...}}."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to select from (piped)."),
            ParameterDescriptor("ExcludeProperty", type: "string[]", help: "Properties to leave out (wildcards allowed)."),
            ParameterDescriptor("ExpandProperty", type: "string", help: "One property whose value is written instead of the object (a collection is unrolled)."),
            ParameterDescriptor("Unique", type: "switch", help: "Writes each distinct object once."),
            ParameterDescriptor("CaseInsensitive", type: "switch", help: "With -Unique, compares strings ignoring case."),
            ParameterDescriptor("Last", type: "int", help: "How many objects to take from the end."),
            ParameterDescriptor("First", type: "int", help: "How many objects to take from the start; the rest of the pipeline is stopped."),
            ParameterDescriptor("Skip", type: "int", help: "How many objects to skip from the start."),
            ParameterDescriptor("SkipLast", type: "int", help: "How many objects to skip at the end."),
            ParameterDescriptor("Index", type: "int[]", help: "The positions (from 0) of the objects to take."),
            ParameterDescriptor("SkipIndex", type: "int[]", help: "The positions (from 0) of the objects to leave out."),
            ParameterDescriptor("Wait", type: "switch", help: "With -First, lets the command before it run to its end."),
        ],
        description: "Selects properties of objects (new objects with only those properties, or calculated ones from @{Name=...; Expression={...}}), one property's values (-ExpandProperty), or objects by position (-First, -Last, -Skip, -Index) and -Unique.",
        examples: [
            HelpExample("Take the first few objects",
                        code: "'a', 'b', 'c', 'd' | Select-Object -First 2",
                        output: "a\nb\n"),
            HelpExample("Pick and compute properties",
                        code: "[pscustomobject]@{ Name = 'disk1'; SizeGB = 512; UsedGB = 384 } |\n    Select-Object Name, @{ Name = 'FreeGB'; Expression = { $_.SizeGB - $_.UsedGB } }",
                        output: "\nName  FreeGB\n----  ------\ndisk1    128\n\n"),
        ])
    public init() {}

    var properties: [PropertyExpression] = []
    var excluded: [Wildcard] = []
    var expandProperty: PropertyExpression?
    var window: SelectionWindow!
    var seen: Set<String> = []
    var uniqueCaseSensitive = true

    public func begin(_ context: CmdletContext) throws {
        properties = try PropertyExpression.parseList(context.value("Property"), keys: PropertyExpression.Keys.select, context: context)
        if properties.contains(where: \.isUnnamedEmptyBlock) {
            throw context.terminatingError("A property is an empty script block and does not provide a name.",
                                           id: "EmptyScriptBlockAndNoName", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.PSArgumentException")
        }
        excluded = (context.value("ExcludeProperty")?.enumeratedItems ?? []).map { Wildcard(Conversion.toString($0)) }
        if properties.isEmpty, !excluded.isEmpty { properties = [try PropertyExpression.parse(.string("*"), keys: [], context: context)] }
        if let name = context.string("ExpandProperty") {
            expandProperty = try PropertyExpression.parse(.string(name), keys: [], context: context)
        }
        uniqueCaseSensitive = !context.flag("CaseInsensitive")
        window = try SelectionWindow(context)
    }

    public func process(_ context: CmdletContext) throws {
        // `$null` input is not an object to select from, as in pwsh.
        guard let item = context.currentItem, !item.isNull else { return }
        for chosen in window.add(item) { try emit(chosen, context) }
        // -First has its objects: what comes before stops, even an endless producer.
        if window.isSatisfied { throw StopUpstreamSignal() }
    }

    public func end(_ context: CmdletContext) throws {
        for chosen in window.finish() { try emit(chosen, context) }
    }

    func emit(_ item: Value, _ context: CmdletContext) throws {
        for output in try select(item, context) where isNew(output) {
            // A custom object passed on or expanded is marked as selected
            // from the input's type, once (pwsh's SetPSCustomObject).
            if case .object(let object) = output, object.baseValue == nil,
               object.typeNames.contains("System.Management.Automation.PSCustomObject") {
                let typeName = "Selected." + PipelineObjectProperties.fullTypeName(item)
                if !object.typeNames.contains(typeName) { object.typeNames.insert(typeName, at: 0) }
            }
            try context.write(output)
        }
    }

    /// -Unique: the first of each distinct output object.
    func isNew(_ output: Value) -> Bool {
        guard window.unique else { return true }
        let text = Conversion.toString(output)
        return seen.insert(uniqueCaseSensitive ? text : text.lowercased()).inserted
    }

    func select(_ item: Value, _ context: CmdletContext) throws -> [Value] {
        if let expandProperty {
            return try expand(expandProperty, item, context)
        }
        guard !properties.isEmpty else { return [item] }
        return [.object(try selectedObject(item, context))]
    }

    func selectedPairs(_ item: Value, _ context: CmdletContext) throws -> [(name: String, value: Value)] {
        var pairs: [(name: String, value: Value)] = []
        for property in properties {
            for entry in try property.evaluate(item, context.runspace) where !excluded.contains(where: { $0.matches(entry.name) }) {
                pairs.append((entry.name, entry.value))
            }
        }
        return pairs
    }

    func selectedObject(_ item: Value, _ context: CmdletContext) throws -> PSObject {
        PipelineObjectProperties.customObject(try selectedPairs(item, context), typeName: "Selected." + PipelineObjectProperties.fullTypeName(item))
    }

    /// -ExpandProperty: the property's value, unrolled; with -Property too,
    /// the selected properties are added to each expanded object.
    func expand(_ expression: PropertyExpression, _ item: Value, _ context: CmdletContext) throws -> [Value] {
        guard let entry = try expression.evaluate(item, context.runspace).first, entry.found else {
            try context.writeError(ErrorRecord("Property \"\(expression.displayName)\" cannot be found.",
                                               exceptionType: "System.Management.Automation.PSArgumentException",
                                               errorId: "ExpandPropertyNotFound", category: .invalidArgument, target: item))
            return []
        }
        let expanded = entry.value.enumeratedItems
        guard !properties.isEmpty else { return expanded }
        let pairs = try selectedPairs(item, context)
        return expanded.map { value in
            guard case .object(let object) = value else { return value }
            for (name, extra) in pairs where object[name] == nil { object.set(name, extra) }
            return value
        }
    }
}

/// The positional choices of Select-Object: which input objects pass, and
/// when (at once for -First/-Skip/-Index, at the end for -Last/-SkipLast).
struct SelectionWindow {
    let first: Int?
    let last: Int?
    let skip: Int
    let skipLast: Int
    let indexes: Set<Int>?
    /// -SkipIndex: every object but these.
    let skippedIndexes: Set<Int>?
    let unique: Bool
    var position = 0
    var held: [Value] = []

    init(_ context: CmdletContext) throws {
        func count(_ name: String) throws -> Int? {
            guard let value = context.value(name) else { return nil }
            let n = Int(SortKey.number(value))
            if n < 0 {
                throw context.terminatingError("Cannot validate argument on parameter '\(name)'. The \(n) argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.",
                                               id: "ParameterArgumentValidationError", category: .invalidData,
                                               exceptionType: "System.Management.Automation.ParameterBindingValidationException")
            }
            return n
        }
        first = try count("First")
        last = try count("Last")
        skip = try count("Skip") ?? 0
        skipLast = try count("SkipLast") ?? 0
        indexes = context.value("Index").map { Set($0.enumeratedItems.map { Int(SortKey.number($0)) }) }
        skippedIndexes = context.value("SkipIndex").map { Set($0.enumeratedItems.map { Int(SortKey.number($0)) }) }
        unique = context.flag("Unique")
    }

    var holdsToEnd: Bool { last != nil || skipLast > 0 }

    /// -First has taken all it will: no later input can be chosen.
    var isSatisfied: Bool {
        guard let first, indexes == nil, !holdsToEnd else { return false }
        return position - skip >= first
    }

    /// The objects to emit now for one input object.
    mutating func add(_ item: Value) -> [Value] {
        defer { position += 1 }
        if let indexes { return indexes.contains(position) ? [item] : [] }
        if let skippedIndexes { return skippedIndexes.contains(position) ? [] : [item] }
        if holdsToEnd {
            held.append(item)
            return []
        }
        guard position >= skip else { return [] }
        if let first, position - skip >= first { return [] }
        return [item]
    }

    /// The objects held back until the input ended.
    mutating func finish() -> [Value] {
        guard holdsToEnd else { return [] }
        if let last {
            // With -Last, -Skip counts from the end; -First adds the head.
            let end = max(0, held.count - skip)
            let tailStart = max(0, end - last)
            let head = first.map { min($0, tailStart) } ?? 0
            return Array(held[0..<head]) + Array(held[tailStart..<end])
        }
        let end = max(0, held.count - skipLast)
        let start = min(skip, end)
        let taken = Array(held[start..<end])
        return first.map { Array(taken.prefix($0)) } ?? taken
    }
}
