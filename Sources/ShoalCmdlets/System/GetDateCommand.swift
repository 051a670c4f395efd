// Get-Date: the current (or a given) local date, adjusted field by field
// as PowerShell does, optionally in UTC, as a DateTime or as text through
// a .NET pattern (-Format) or a strftime-style pattern (-UFormat).

import Glibc
import ShoalRuntime

public final class GetDateCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Date", synopsis: "Gets the current date and time.",
        parameters: [
            ParameterDescriptor("Date", type: "datetime", position: 0, pipeline: true, pipelineByPropertyName: true,
                                aliases: ["LastWriteTime"],
                                help: "The date and time to use instead of now: a DateTime or a string such as '2024-03-01 14:30'; a file piped in gives its LastWriteTime."),
            ParameterDescriptor("UnixTimeSeconds", type: "long", aliases: ["UnixTime"],
                                help: "The date as seconds since 1970-01-01 00:00 UTC, converted to local time (kept in UTC with -AsUTC)."),
            ParameterDescriptor("Year", type: "int", help: "Sets the year (1-9999); the parts not given stay those of -Date, or of now."),
            ParameterDescriptor("Month", type: "int", help: "Sets the month (1-12); the parts not given stay those of -Date, or of now."),
            ParameterDescriptor("Day", type: "int", help: "Sets the day of the month (1-31); the parts not given stay those of -Date, or of now."),
            ParameterDescriptor("Hour", type: "int", help: "Sets the hour (0-23); the parts not given stay those of -Date, or of now."),
            ParameterDescriptor("Minute", type: "int", help: "Sets the minute (0-59); the parts not given stay those of -Date, or of now."),
            ParameterDescriptor("Second", type: "int", help: "Sets the second (0-59); the parts not given stay those of -Date, or of now."),
            ParameterDescriptor("Millisecond", type: "int", help: "Sets the millisecond (0-999); the parts not given stay those of -Date, or of now."),
            ParameterDescriptor("DisplayHint", type: "string", validateSet: ["Date", "Time", "DateTime"],
                                help: "Which parts the DateTime shows when displayed: Date, Time, or both (DateTime, the default); the value keeps both."),
            ParameterDescriptor("UFormat", type: "string", notNullOrEmpty: true,
                                help: "Writes the date as a string formatted with Unix (strftime) codes, such as '%Y-%m-%d %H:%M', or %s for Unix seconds."),
            ParameterDescriptor("Format", type: "string",
                                help: "Writes the date as a string formatted with a .NET pattern such as 'yyyy-MM-dd HH:mm', or a standard format such as s, u or o."),
            ParameterDescriptor("AsUTC", type: "switch",
                                help: "Converts the date to UTC before writing or formatting it."),
        ],
        parameterSets: [
            ParameterSetDescriptor("DateAndFormat", ["Date", "Format"]),
            ParameterSetDescriptor("DateAndUFormat", ["Date", "UFormat"], mandatory: ["UFormat"]),
            ParameterSetDescriptor("UnixTimeSecondsAndFormat", ["UnixTimeSeconds", "Format"], mandatory: ["UnixTimeSeconds"]),
            ParameterSetDescriptor("UnixTimeSecondsAndUFormat", ["UnixTimeSeconds", "UFormat"], mandatory: ["UnixTimeSeconds", "UFormat"]),
        ], defaultParameterSet: "DateAndFormat",
        description: "Gets the current date and time, or the one given (-Date, or -Year, -Month, ...), formatted with -Format (.NET patterns) or -UFormat (Unix ones), or as a DateTime to compute with.",
        examples: [
            HelpExample("Format a given date",
                        code: "Get-Date -Date '2024-03-01 14:30' -Format 'yyyy-MM-dd HH:mm'\nGet-Date -Date '2024-03-01' -UFormat '%A %d %B'",
                        output: "2024-03-01 14:30\nFriday 01 March\n"),
            HelpExample("Date arithmetic",
                        code: "((Get-Date -Date '2024-03-01').AddDays(-1)).Day",
                        output: "29\n",
                        remarks: "2024 is a leap year: the day before March 1 is February 29."),
            HelpExample("Read Unix timestamps from a log",
                        code: "'1700000000 backup started', '1700003600 backup finished' | ForEach-Object {\n    $seconds, $message = $_ -split ' ', 2\n    '{0}  {1}' -f (Get-Date -UnixTimeSeconds $seconds -AsUTC -Format 'yyyy-MM-dd HH:mm:ss'), $message\n}",
                        output: "2023-11-14 22:13:20  backup started\n2023-11-14 23:13:20  backup finished\n",
                        remarks: "-UnixTimeSeconds counts from 1970-01-01 UTC; -AsUTC keeps the result in UTC, so it reads the same in every time zone. Without it the date is converted to local time."),
        ])
    /// Each settable field, its ValidateRange and the method that moves it.
    static let fields: [(name: String, low: Double, high: Double, adder: String)] = [
        ("Year", 1, 9999, "AddYears"), ("Month", 1, 12, "AddMonths"), ("Day", 1, 31, "AddDays"),
        ("Hour", 0, 23, "AddHours"), ("Minute", 0, 59, "AddMinutes"), ("Second", 0, 59, "AddSeconds"),
        ("Millisecond", 0, 999, "AddMilliseconds"),
    ]
    public init() {}

    public func process(_ context: CmdletContext) throws {
        try ParameterChecks.range("UnixTimeSeconds", -62_135_596_800, 253_402_300_799, in: context)
        for field in Self.fields { try ParameterChecks.range(field.name, field.low, field.high, in: context) }

        var date = DateTimeValue.now()
        // The current time and Unix seconds are local; a given date keeps its kind.
        var kind = DateTimeValue.Kind.local
        if case .native(let given as DateTimeValue)? = context.value("Date") {
            date = given
            kind = given.kind
        } else if case .int(let seconds)? = context.value("UnixTimeSeconds") {
            date = LocalTime.fromUnixSeconds(seconds)
        }
        date = try adjustFields(date, context)
        var isUTC = false
        if context.flag("AsUTC") {
            date = DateTimeValue(ticks: date.ticks, kind: kind).universal
            kind = .utc
            isUTC = true
        }
        if let pattern = context.string("UFormat") {
            try context.write(.string(UFormatter(date: date, isUTC: isUTC).format(pattern)))
        } else if let pattern = context.string("Format") {
            try context.write(.string(Self.dotNetFormat(pattern, date: date, isUTC: isUTC)))
        } else {
            try context.write(.native(DateTimeValue(ticks: date.ticks, displayHint: context.string("DisplayHint") ?? "DateTime", kind: kind)))
        }
    }

    /// PowerShell moves each given field by the difference to its target,
    /// in order, so Day 31 in a 30-day month rolls into the next month.
    func adjustFields(_ start: DateTimeValue, _ context: CmdletContext) throws -> DateTimeValue {
        var date = start
        for field in Self.fields {
            guard case .int(let target)? = context.value(field.name),
                  case .int(let current)? = date.property(field.name) else { continue }
            if case .native(let moved as DateTimeValue)? = try date.invoke(field.adder, [.int(target - current)], context: context.runspace) {
                date = moved
            }
        }
        if context.has("Millisecond") { date = DateTimeValue(ticks: date.ticks - date.ticks % 10_000) }
        return date
    }

    /// `-Format`, with PowerShell's file-name-safe shorthands.
    static func dotNetFormat(_ pattern: String, date: DateTimeValue, isUTC: Bool) -> String {
        switch pattern.lowercased() {
        case "filedate": return date.format("yyyyMMdd")
        case "filedateuniversal": return (isUTC ? date : date.universal).format("yyyyMMdd") + "Z"
        case "filedatetime": return date.format("yyyyMMddTHHmmssffff")
        case "filedatetimeuniversal": return (isUTC ? date : date.universal).format("yyyyMMddTHHmmssffff") + "Z"
        default: return date.format(pattern)
        }
    }
}

/// Conversions between shoal's local wall-clock ticks and Unix time.
enum LocalTime {
    static let ticksPerSecond = 10_000_000
    /// Seconds from 0001-01-01 to 1970-01-01.
    static let epochSeconds = 62_135_596_800

    /// The UTC offset in seconds in force at a Unix time.
    static func offset(atUnixSeconds seconds: Int) -> Int { TimeZoneObject.localOffset(atUnixSeconds: seconds) }

    static func fromUnixSeconds(_ seconds: Int, fraction ticks: Int = 0) -> DateTimeValue {
        DateTimeValue(ticks: (seconds + offset(atUnixSeconds: seconds) + epochSeconds) * ticksPerSecond + ticks)
    }

    /// Seconds since the Unix epoch of a local wall-clock time.
    static func unixSeconds(ofLocal date: DateTimeValue) -> Double {
        let wallSeconds = Double(date.ticks) / Double(ticksPerSecond) - Double(epochSeconds)
        return wallSeconds - Double(offset(atUnixSeconds: Int(wallSeconds)))
    }

}
