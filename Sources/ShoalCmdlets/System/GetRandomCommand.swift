// Get-Random: a number in [Minimum, Maximum) whose type (Int32, Int64 or
// Double) follows the arguments' types as in PowerShell, or items picked
// without replacement from -InputObject / the pipeline, or (-Shuffle) all
// of them in random order. -SetSeed reseeds the runspace's generator.

import ShoalRuntime

public final class GetRandomCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Random", synopsis: "Gets a random number, or selects objects randomly from a collection.",
        parameters: [
            ParameterDescriptor("Maximum", position: 0,
                                help: "The upper bound, never returned (Int32.MaxValue by default); an integer bound gives an integer, a decimal one a double. An array here is a list to pick from."),
            ParameterDescriptor("SetSeed", type: "int", help: "Seeds the session's random generator, so the same seed gives the same numbers or picks again (later calls go on from it)."),
            ParameterDescriptor("Minimum", help: "The lower bound, which can be returned (0 by default); it must be below -Maximum."),
            ParameterDescriptor("InputObject", type: "object[]", pipeline: true, help: "The items to pick from, piped or given; Get-Random then returns items instead of numbers."),
            ParameterDescriptor("Count", type: "int", help: "How many numbers, or how many different items, to return (1 by default)."),
            ParameterDescriptor("Shuffle", type: "switch", help: "Returns every item once, in random order."),
        ],
        parameterSets: [
            ParameterSetDescriptor("RandomNumberParameterSet", ["Maximum", "SetSeed", "Minimum", "Count"]),
            ParameterSetDescriptor("RandomListItemParameterSet", ["InputObject", "SetSeed", "Count"], mandatory: ["InputObject"]),
            ParameterSetDescriptor("ShuffleParameterSet", ["InputObject", "Shuffle", "SetSeed"], mandatory: ["InputObject", "Shuffle"]),
        ], defaultParameterSet: "RandomNumberParameterSet",
        description: "Returns a random number (below -Maximum, from -Minimum) or random items of a collection (-Count); -SetSeed makes the sequence repeatable, -Shuffle returns all items in random order.",
        examples: [
            HelpExample("A number in a range",
                        code: "$n = Get-Random -Minimum 10 -Maximum 20\n$n -ge 10 -and $n -lt 20",
                        output: "True\n",
                        remarks: "-Maximum is exclusive: the number is at least 10 and below 20. With integers the result is an integer, with a decimal bound a double."),
            HelpExample("Pick random servers for a canary deployment",
                        code: "$servers = 'web1', 'web2', 'web3', 'web4', 'web5'\n$canary = $servers | Get-Random -Count 2\n$canary.Count\n($canary | Select-Object -Unique).Count\n@($canary | Where-Object { $_ -notin $servers }).Count",
                        output: "2\n2\n0\n",
                        remarks: "-Count picks that many different items; the order of the pick is random too."),
            HelpExample("Shuffle, and repeat a result with a seed",
                        code: "(1..5 | Get-Random -Shuffle | Sort-Object) -join ','\n$first = 1..100 | Get-Random -SetSeed 42 -Count 5\n$again = 1..100 | Get-Random -SetSeed 42 -Count 5\n\"$first\" -eq \"$again\"",
                        output: "1,2,3,4,5\nTrue\n",
                        remarks: "-Shuffle returns every item once, in random order. The same -SetSeed gives the same sequence again, which makes test data repeatable; shoal's generator is not .NET's, so the numbers differ from pwsh's."),
        ])
    var generator: RandomGenerator!
    var items: [Value] = []
    var picksItems = false
    public init() {}

    public func begin(_ context: CmdletContext) throws {
        try ParameterChecks.range("Count", 1, Double(Int32.max), in: context)
        if case .int(let seed)? = context.value("SetSeed") {
            generator = RandomGenerator.reseed(context.runspace, seed: seed)
        } else {
            generator = RandomGenerator.forRunspace(context.runspace)
        }
        // `Get-Random 1,2,3`: an array given as the maximum is the list to pick from.
        if case .array(let list)? = context.value("Maximum") {
            items = list.items
            picksItems = true
        }
    }

    public func process(_ context: CmdletContext) throws {
        guard let input = context.value("InputObject"), !context.has("Maximum"), !context.has("Minimum") else { return }
        picksItems = true
        items.append(contentsOf: input.enumeratedItems)
        context.unbind("inputobject")
    }

    public func end(_ context: CmdletContext) throws {
        if picksItems || context.flag("Shuffle") {
            let count = context.flag("Shuffle") ? items.count : Int(context.value("Count").flatMap(StartSleepCommand.number) ?? 1)
            for item in pick(min(count, items.count), of: items) { try context.write(item) }
            return
        }
        let count = Int(context.value("Count").flatMap(StartSleepCommand.number) ?? 1)
        for _ in 0..<count { try context.write(try number(context)) }
    }

    /// `count` distinct items in random order (a partial Fisher-Yates shuffle).
    func pick(_ count: Int, of list: [Value]) -> [Value] {
        var pool = list
        for index in 0..<count {
            pool.swapAt(index, generator.integer(from: index, below: pool.count))
        }
        return Array(pool.prefix(count))
    }

    /// An operand as PowerShell sees it: strings are scanned as numbers.
    enum Operand {
        case absent, int32(Int), int64(Int), double(Double)

        init(_ value: Value?, _ context: CmdletContext, _ name: String) throws {
            guard var value, !value.isNull else { self = .absent; return }
            if case .string(let text) = value, let number = Conversion.parseNumber(text) { value = number }
            switch value {
            case .int(let n) where Int(Int32.min)...Int(Int32.max) ~= n: self = .int32(n)
            case .int(let n): self = .int64(n)
            case .double(let d): self = .double(d)
            default:
                guard case .double(let d)? = try? TypeConversion.convert(value, to: "double", at: context.span) else {
                    throw context.terminatingError("Cannot convert value \"\(Conversion.toString(value))\" to type \"System.Double\".",
                                                   id: "InvalidCastFromStringToDoubleOrSingle", category: .invalidArgument,
                                                   exceptionType: "System.Management.Automation.PSInvalidCastException")
                }
                self = .double(d)
            }
        }

        var integer: Int? {
            switch self {
            case .int32(let n), .int64(let n): return n
            default: return nil
            }
        }

        var real: Double? {
            switch self {
            case .int32(let n), .int64(let n): return Double(n)
            case .double(let d): return d
            case .absent: return nil
            }
        }
    }

    func number(_ context: CmdletContext) throws -> Value {
        let maximum = try Operand(context.value("Maximum"), context, "Maximum")
        let minimum = try Operand(context.value("Minimum"), context, "Minimum")
        switch (minimum, maximum) {
        case (.int32, .int32), (.int32, .absent), (.absent, .int32), (.absent, .absent):
            return .int(try integer(minimum.integer ?? 0, maximum.integer ?? Int(Int32.max), context))
        case (.double, _), (_, .double):
            let low = minimum.real ?? 0, high = maximum.real ?? Double.greatestFiniteMagnitude
            if low >= high { throw minGreaterThanOrEqualMax(.double(low), .double(high), context) }
            return .double(generator.double(from: low, below: high))
        default:
            return .int(try integer(minimum.integer ?? 0, maximum.integer ?? Int.max, context))
        }
    }

    func integer(_ low: Int, _ high: Int, _ context: CmdletContext) throws -> Int {
        if low >= high { throw minGreaterThanOrEqualMax(.int(low), .int(high), context) }
        return generator.integer(from: low, below: high)
    }

    func minGreaterThanOrEqualMax(_ low: Value, _ high: Value, _ context: CmdletContext) -> ScriptError {
        context.terminatingError("The Minimum value (\(Conversion.toString(low))) cannot be greater than or equal to the Maximum value (\(Conversion.toString(high))).",
                                 id: "MinGreaterThanOrEqualMax", category: .invalidArgument, exceptionType: "System.ArgumentException")
    }
}
