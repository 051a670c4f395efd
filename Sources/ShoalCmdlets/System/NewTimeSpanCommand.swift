// New-TimeSpan: the span between two dates (either defaulting to now), or
// one built from days, hours, minutes, seconds and milliseconds.

import ShoalRuntime

public final class NewTimeSpanCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "New-TimeSpan", synopsis: "Creates a TimeSpan object.",
        parameters: [
            ParameterDescriptor("Start", type: "datetime", position: 0, pipelineByPropertyName: true, aliases: ["LastWriteTime"],
                                help: "The start of the span (now by default): a DateTime or date text; a file piped in gives its LastWriteTime."),
            ParameterDescriptor("End", type: "datetime", position: 1, pipelineByPropertyName: true,
                                help: "The end of the span (now by default); an end before the start gives a negative span."),
            ParameterDescriptor("Days", type: "int", help: "The days of the span; the parts given add up, so -Minutes 90 is 1 hour 30 minutes."),
            ParameterDescriptor("Hours", type: "int", help: "The hours of the span; the parts given add up, so -Minutes 90 is 1 hour 30 minutes."),
            ParameterDescriptor("Minutes", type: "int", help: "The minutes of the span; the parts given add up, so -Minutes 90 is 1 hour 30 minutes."),
            ParameterDescriptor("Seconds", type: "int", help: "The seconds of the span; the parts given add up, so -Minutes 90 is 1 hour 30 minutes."),
            ParameterDescriptor("Milliseconds", type: "int", help: "The milliseconds of the span; the parts given add up, so -Minutes 90 is 1 hour 30 minutes."),
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
            HelpExample("Find log files not written to for 30 days",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-newtimespan-3'\nNew-Item -ItemType Directory -Path $dir -Force | Out-Null\n$old = New-Item -Path (Join-Path $dir 'old.log') -Force\n$old.LastWriteTime = (Get-Date).AddDays(-40)\nNew-Item -Path (Join-Path $dir 'new.log') -Force | Out-Null\nGet-ChildItem -Path $dir -Filter *.log |\n    Where-Object { (New-TimeSpan -Start $_.LastWriteTime).Days -ge 30 } |\n    ForEach-Object Name\nRemove-Item -Path $dir -Recurse",
                        output: "old.log\n",
                        remarks: "With only -Start, the span runs from then to now. A file piped to New-TimeSpan gives its LastWriteTime as -Start."),
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
