// New-TimeSpan: the span between two dates (either defaulting to now), or
// one built from days, hours, minutes, seconds and milliseconds.

import ShoalRuntime

public final class NewTimeSpanCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "New-TimeSpan", synopsis: "Creates a TimeSpan object.",
        parameters: [
            ParameterDescriptor("Start", type: "datetime", position: 0, pipelineByPropertyName: true, aliases: ["LastWriteTime"]),
            ParameterDescriptor("End", type: "datetime", position: 1, pipelineByPropertyName: true),
            ParameterDescriptor("Days", type: "int"), ParameterDescriptor("Hours", type: "int"),
            ParameterDescriptor("Minutes", type: "int"), ParameterDescriptor("Seconds", type: "int"),
            ParameterDescriptor("Milliseconds", type: "int"),
        ],
        parameterSets: [
            ParameterSetDescriptor("Date", ["Start", "End"]),
            ParameterSetDescriptor("Time", ["Days", "Hours", "Minutes", "Seconds", "Milliseconds"]),
        ], defaultParameterSet: "Date",
        description: "Creates a TimeSpan from days, hours, minutes and seconds, or as the time between -Start and -End.",
        examples: [
            HelpExample("The time between two dates",
                        code: "(New-TimeSpan -Start '2024-01-01' -End '2024-03-01').Days",
                        output: "60\n"),
            HelpExample("A span from its parts",
                        code: "(New-TimeSpan -Hours 1 -Minutes 30).TotalMinutes",
                        output: "90\n"),
        ])
    /// Ticks in one unit of each Time-set parameter.
    static let unitTicks: [(name: String, ticks: Int)] = [
        ("Days", 864_000_000_000), ("Hours", 36_000_000_000), ("Minutes", 600_000_000), ("Seconds", 10_000_000),
        ("Milliseconds", 10_000),
    ]
    public init() {}

    public func process(_ context: CmdletContext) throws {
        if context.parameterSetName == "Time" {
            var ticks = 0
            for unit in Self.unitTicks {
                if case .int(let n)? = context.value(unit.name) { ticks += n * unit.ticks }
            }
            try context.write(.native(TimeSpanValue(ticks: ticks)))
            return
        }
        let now = DateTimeValue.now()
        let start = Self.date(context.value("Start")) ?? now
        let end = Self.date(context.value("End")) ?? now
        try context.write(.native(TimeSpanValue(ticks: end.ticks - start.ticks)))
    }

    static func date(_ value: Value?) -> DateTimeValue? {
        if case .native(let date as DateTimeValue)? = value { return date }
        return nil
    }
}
