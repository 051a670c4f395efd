// `[datetime]::Now`, `[timespan]::FromSeconds(5)`: the static members of
// System.DateTime and System.TimeSpan, declared once for calls,
// `Get-Member -Static` and completion.

import Glibc

enum DateStatics {
    /// `[datetime]`'s static members.
    static let dateTime = MemberTable<StaticTarget>(
        methods: [
            MethodMember("DaysInMonth", ["static int DaysInMonth(int year, int month)"]) { _, call in
                .int(DateTimeValue.daysInMonth(try call.int32(0), try call.int32(1)))
            },
            MethodMember("new", ["datetime new(int year, int month, int day)",
                                 "datetime new(int year, int month, int day, int hour, int minute, int second)"]) { _, call in
                guard call.count >= 3 else { throw call.noOverload() }
                let (year, month, day) = (try call.int32(0), try call.int32(1), try call.int32(2))
                let (hour, minute, second) = (try call.int32(3), try call.int32(4), try call.int32(5))
                guard (1...9999).contains(year), (1...12).contains(month), (1...DateTimeValue.daysInMonth(year, month)).contains(day),
                      (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else {
                    throw ScriptError.runtime("Year, Month, and Day parameters describe an un-representable DateTime.",
                                              id: "ArgumentOutOfRangeException", at: call.span, type: "System.ArgumentOutOfRangeException")
                }
                return .native(DateTimeValue(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
            },
            MethodMember("Parse", ["static datetime Parse(string s)"]) { _, call in
                try StaticMembers.parsing("Parse", call.arguments,
                                          "The string '\(call.string(0))' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.",
                                          call.span) {
                    try TypeConversion.convert(.string(call.string(0)), toFullName: "System.DateTime", at: call.span)
                }
            },
        ],
        properties: [
            PropertyMember("Now", "static datetime Now {get;}") { _ in .native(DateTimeValue.now()) },
            PropertyMember("Today", "static datetime Today {get;}") { _ in
                let now = DateTimeValue.now()
                return .native(DateTimeValue(ticks: now.ticks - now.ticks % DateTimeValue.ticksPerDay, kind: .local))
            },
            PropertyMember("UtcNow", "static datetime UtcNow {get;}") { _ in
                var spec = timespec()
                clock_gettime(CLOCK_REALTIME, &spec)
                return .native(DateTimeValue(ticks: (DateTimeValue.unixEpochDays * 86_400 + Int(spec.tv_sec)) * 10_000_000 + Int(spec.tv_nsec) / 100,
                                             kind: .utc))
            },
        ])

    /// `[timespan]`'s static members.
    static let timeSpan = MemberTable<StaticTarget>(
        methods: [
            from("Days") { $0 * 86_400 },
            from("Hours") { $0 * 3600 },
            from("Milliseconds") { $0 / 1000 },
            from("Minutes") { $0 * 60 },
            from("Seconds") { $0 },
            MethodMember("FromTicks", ["static timespan FromTicks(long value)"]) { _, call in
                .native(TimeSpanValue(ticks: try TypeConversion.toInteger(call.arguments[safe: 0] ?? .int(0), "System.Int64", call.span)))
            },
            MethodMember("new", ["timespan new(int hours, int minutes, int seconds)",
                                 "timespan new(int days, int hours, int minutes, int seconds)"]) { _, call in
                let parts = try (0..<call.count).map { Double(try call.int32($0)) }
                switch parts.count {
                case 3: return .native(try TimeSpanValue.checked(seconds: parts[0] * 3600 + parts[1] * 60 + parts[2], at: call.span))
                case 4: return .native(try TimeSpanValue.checked(seconds: parts[0] * 86_400 + parts[1] * 3600 + parts[2] * 60 + parts[3], at: call.span))
                default: throw call.noOverload()
                }
            },
            MethodMember("Parse", ["static timespan Parse(string s)"]) { _, call in
                try StaticMembers.parsing("Parse", call.arguments, "String '\(call.string(0))' was not recognized as a valid TimeSpan.", call.span) {
                    try TypeConversion.convert(.string(call.string(0)), toFullName: "System.TimeSpan", at: call.span)
                }
            },
        ],
        properties: [PropertyMember("Zero", "static timespan Zero {get;}") { _ in .native(TimeSpanValue(ticks: 0)) }])

    private static func from(_ unit: String, _ seconds: @escaping @Sendable (Double) -> Double) -> MethodMember<StaticTarget> {
        MethodMember("From" + unit, ["static timespan From\(unit)(double value)"]) { _, call in
            .native(try TimeSpanValue.checked(seconds: seconds(try call.double(0)), at: call.span))
        }
    }
}
