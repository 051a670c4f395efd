// Measure-Object: counts objects and, on request, sums, averages, minimums,
// maximums and standard deviations of their values or properties (one
// result per property; hashtable keys count), or counts the lines, words
// and characters of text (-Line, -Word, -Character). Nulls are skipped.

import ShoalRuntime

public final class MeasureObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Measure-Object", synopsis: "Calculates the numeric properties of objects, and the characters, words, and lines in string objects.",
        parameters: [
            ParameterDescriptor("Property", type: "object[]", position: 0, help: "The properties to measure; without one, the objects themselves."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to measure (piped)."),
            ParameterDescriptor("Sum", type: "switch", help: "Adds the values."),
            ParameterDescriptor("Average", type: "switch", help: "Averages the values."),
            ParameterDescriptor("Maximum", type: "switch", help: "Finds the largest value."),
            ParameterDescriptor("Minimum", type: "switch", help: "Finds the smallest value."),
            ParameterDescriptor("StandardDeviation", type: "switch", help: "Computes the standard deviation."),
            ParameterDescriptor("AllStats", type: "switch", help: "All the statistics at once."),
            ParameterDescriptor("Line", type: "switch", help: "Counts the lines of text."),
            ParameterDescriptor("Word", type: "switch", help: "Counts the words of text."),
            ParameterDescriptor("Character", type: "switch", help: "Counts the characters of text."),
            ParameterDescriptor("IgnoreWhiteSpace", type: "switch", help: "With -Character, leaves white space out of the count."),
        ],
        description: "Counts objects and, with -Sum, -Average, -Minimum, -Maximum or -AllStats, measures a property of them (or the objects themselves); -Line, -Word and -Character measure text.",
        examples: [
            HelpExample("Sum and average numbers",
                        code: "1..10 | Measure-Object -Sum -Average | Select-Object Count, Sum, Average",
                        output: "\nCount   Sum Average\n-----   --- -------\n   10 55.00    5.50\n\n"),
            HelpExample("Count the words of a text",
                        code: "'the quick brown fox' | Measure-Object -Word | ForEach-Object Words",
                        output: "4\n"),
        ])
    public init() {}

    var properties: [PropertyExpression] = []
    /// One accumulator per property (or one for the objects themselves),
    /// keyed by the property's name so that wildcards can add more.
    var statistics: [(name: String?, value: MeasureStatistics)] = []
    var textMode = false

    public func begin(_ context: CmdletContext) throws {
        properties = try PropertyExpression.parseList(context.value("Property"), keys: PropertyExpression.Keys.expressionOnly,
                                                      context: context)
        textMode = context.flag("Line") || context.flag("Word") || context.flag("Character")
        if properties.isEmpty { statistics = [(nil, MeasureStatistics())] }
        for property in properties {
            if case .pattern = property.source { continue }
            statistics.append((property.displayName, MeasureStatistics()))
        }
    }

    func accumulator(_ name: String) -> MeasureStatistics {
        if let existing = statistics.first(where: { $0.name?.lowercased() == name.lowercased() }) { return existing.value }
        let created = MeasureStatistics()
        statistics.append((name, created))
        return created
    }

    public func process(_ context: CmdletContext) throws {
        guard let item = context.currentItem, !item.isNull else { return }
        if properties.isEmpty {
            try add(item, to: statistics[0].value, context)
            return
        }
        for property in properties {
            for entry in try property.evaluate(item, context.runspace) where entry.found && !entry.value.isNull {
                try add(entry.value, to: accumulator(entry.name), context)
            }
        }
    }

    func add(_ value: Value, to statistics: MeasureStatistics, _ context: CmdletContext) throws {
        if textMode {
            statistics.addText(Conversion.toString(value), ignoringWhiteSpace: context.flag("IgnoreWhiteSpace"))
            return
        }
        let needsNumber = context.flag("Sum") || context.flag("Average") || context.flag("StandardDeviation") || context.flag("AllStats")
        if needsNumber, Conversion.toNumber(value) == nil {
            try context.writeError(ErrorRecord("Input object \"\(Conversion.toString(value))\" is not numeric.",
                                               exceptionType: "System.Management.Automation.PSInvalidOperationException",
                                               errorId: "NonNumericInputObject", category: .invalidType, target: value))
            return
        }
        statistics.add(value)
    }

    public func end(_ context: CmdletContext) throws {
        for (name, statistics) in statistics {
            if let name, statistics.count == 0, !statistics.sawText {
                try context.writeError(ErrorRecord("The property \"\(name)\" cannot be found in the input for any objects.",
                                                   exceptionType: "System.Management.Automation.PSArgumentException",
                                                   errorId: "GenericMeasurePropertyNotFound", category: .invalidArgument))
                continue
            }
            try context.write(.object(textMode ? textResult(statistics, name, context) : result(statistics, name, context)))
        }
    }

    func result(_ statistics: MeasureStatistics, _ name: String?, _ context: CmdletContext) -> PSObject {
        let all = context.flag("AllStats")
        func wanted(_ flag: String, _ value: @autoclosure () -> Value) -> Value { all || context.flag(flag) ? value() : .null }
        let object = PSObject(typeName: "Microsoft.PowerShell.Commands.GenericMeasureInfo")
        object.set("Count", .int(statistics.count))
        object.set("Average", wanted("Average", statistics.average))
        object.set("Sum", wanted("Sum", statistics.sum))
        object.set("Maximum", wanted("Maximum", statistics.maximum))
        object.set("Minimum", wanted("Minimum", statistics.minimum))
        object.set("StandardDeviation", wanted("StandardDeviation", statistics.standardDeviation))
        object.set("Property", name.map(Value.string) ?? .null)
        return object
    }

    func textResult(_ statistics: MeasureStatistics, _ name: String?, _ context: CmdletContext) -> PSObject {
        let object = PSObject(typeName: "Microsoft.PowerShell.Commands.TextMeasureInfo")
        object.set("Lines", context.flag("Line") ? .int(statistics.lines) : .null)
        object.set("Words", context.flag("Word") ? .int(statistics.words) : .null)
        object.set("Characters", context.flag("Character") ? .int(statistics.characters) : .null)
        object.set("Property", name.map(Value.string) ?? .null)
        return object
    }
}

/// Running totals for one measured property.
final class MeasureStatistics {
    var count = 0
    var total = 0.0
    var squares = 0.0
    var allNumeric = true
    var minimumKey: SortKey?
    var maximumKey: SortKey?
    var lines = 0, words = 0, characters = 0
    var sawText = false

    func add(_ value: Value) {
        count += 1
        let key = SortKey(value)
        if let number = Conversion.toNumber(value), !(value.isNull) {
            let d = SortKey.number(number)
            total += d
            squares += d * d
        } else {
            allNumeric = false
        }
        if minimumKey.map({ MeasureStatistics.compare(key, $0) < 0 }) ?? true { minimumKey = key }
        if maximumKey.map({ MeasureStatistics.compare(key, $0) > 0 }) ?? true { maximumKey = key }
    }

    /// As pwsh's Measure-Object compares for -Minimum/-Maximum: as numbers
    /// when both convert to one (so "100" from a native program beats
    /// "99"), otherwise as their text.
    static func compare(_ a: SortKey, _ b: SortKey) -> Int {
        if let x = number(a.value), let y = number(b.value) { return x < y ? -1 : (x > y ? 1 : 0) }
        if case .text = a, case .text = b { return SortKey.compare(a, b, caseSensitive: true) }
        let (x, y) = (Conversion.toString(a.value), Conversion.toString(b.value))
        return x < y ? -1 : (x > y ? 1 : 0)
    }

    private static func number(_ value: Value) -> Double? {
        if value.isNull { return nil }
        if case .string(let text) = value, text.trimmingCharacters().isEmpty { return nil }
        return Conversion.toNumber(value).map(SortKey.number)
    }

    func addText(_ text: String, ignoringWhiteSpace: Bool) {
        sawText = true
        count += 1
        var inWord = false
        for character in text {
            if character.isNewline { lines += 1 }
            if character.isWhitespace {
                inWord = false
                if !ignoringWhiteSpace { characters += 1 }
            } else {
                if !inWord { words += 1 }
                inWord = true
                characters += 1
            }
        }
        if let last = text.last, !last.isNewline { lines += 1 }
    }

    var sum: Value { .double(total) }
    var average: Value { count == 0 ? .null : .double(total / Double(count)) }
    var standardDeviation: Value {
        guard count > 1 else { return .double(0) }
        let mean = total / Double(count)
        return .double(((squares - Double(count) * mean * mean) / Double(count - 1)).squareRoot())
    }
    /// Numbers come back as doubles; other values (strings) as themselves.
    var maximum: Value { extreme(maximumKey) }
    var minimum: Value { extreme(minimumKey) }

    func extreme(_ key: SortKey?) -> Value {
        guard let key else { return .null }
        if allNumeric, let number = Conversion.toNumber(key.value) { return .double(SortKey.number(number)) }
        return key.value
    }
}
