// `[TimeZoneInfo]::Local` / `::Utc` and the older `[TimeZone]::CurrentTimeZone`:
// the local zone as the C library knows it (TZ, /etc/localtime), its name and
// its offset from UTC at a given date (daylight saving included).

import Glibc

/// A time zone (System.TimeZoneInfo, or System.CurrentSystemTimeZone for `[TimeZone]`).
public final class TimeZoneObject: TabledObject, Sendable {
    let isUTC: Bool
    /// `[TimeZone]::CurrentTimeZone` is the older System.TimeZone type.
    let isLegacy: Bool

    init(isUTC: Bool, isLegacy: Bool = false) {
        self.isUTC = isUTC
        self.isLegacy = isLegacy
    }

    public var typeName: String { isLegacy ? "System.CurrentSystemTimeZone" : "System.TimeZoneInfo" }
    public var stringValue: String { isLegacy ? typeName : "(UTC\(offsetText(standardOffsetSeconds))) \(id)" }

    /// The zone's IANA name: TZ, else the target of /etc/localtime.
    var id: String {
        if isUTC { return "UTC" }
        if let zone = ProcessEnvironment.get("TZ"), !zone.isEmpty { return zone.hasPrefix(":") ? String(zone.dropFirst()) : zone }
        var buffer = [CChar](repeating: 0, count: 1024)
        let length = readlink("/etc/localtime", &buffer, 1023)
        let target = length > 0 ? String(nulTerminated: buffer) : ""
        if let marker = target.split(separator: "/").firstIndex(of: "zoneinfo") {
            return target.split(separator: "/")[(marker + 1)...].joined(separator: "/")
        }
        return abbreviation(daylight: false)
    }

    /// The zone's abbreviation in winter and summer (`CET`, `CEST`): the
    /// smaller offset is standard time.
    func abbreviation(daylight: Bool) -> String {
        guard !isUTC else { return "UTC" }
        let january = 365 * 86_400 * 55, july = january + 182 * 86_400
        let standardIsJanuary = offsetSeconds(at: january) <= offsetSeconds(at: july)
        var time = time_t(standardIsJanuary != daylight ? january : july)
        var local = tm()
        localtime_r(&time, &local)
        return local.tm_zone.map { String(cString: $0) } ?? "UTC"
    }

    /// Seconds east of UTC at the Unix time `seconds`.
    func offsetSeconds(at seconds: Int) -> Int {
        isUTC ? 0 : TimeZoneObject.localOffset(atUnixSeconds: seconds)
    }

    /// The local zone's offset from UTC, in seconds, at a Unix time (daylight saving included).
    public static func localOffset(atUnixSeconds seconds: Int) -> Int {
        var time = time_t(seconds)
        var local = tm()
        localtime_r(&time, &local)
        return Int(local.tm_gmtoff)
    }

    /// The offset outside daylight saving time (January or July, whichever is smaller).
    var standardOffsetSeconds: Int {
        let year = 365 * 86_400 * 55
        return min(offsetSeconds(at: year), offsetSeconds(at: year + 182 * 86_400))
    }

    func offsetText(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + String(format2: minutes / 60) + ":" + String(format2: minutes % 60)
    }

    /// The offset for a local date: the offset in force at that wall-clock time.
    func offset(for date: DateTimeValue) -> TimeSpanValue {
        let localSeconds = date.ticks / DateTimeValue.ticksPerSecond - DateTimeValue.unixEpochDays * 86_400
        // The offset at the local time read as UTC, then at the instant it names.
        let guess = offsetSeconds(at: localSeconds)
        return TimeSpanValue(ticks: offsetSeconds(at: localSeconds - guess) * DateTimeValue.ticksPerSecond)
    }

    public static let members = MemberTable<TimeZoneObject>(
        methods: [
            MethodMember("GetUtcOffset", ["timespan GetUtcOffset(datetime dateTime)"]) { zone, call in
                guard case .native(let date as DateTimeValue)? = try call.arguments.first.map({
                    try TypeConversion.convert($0, toFullName: "System.DateTime", at: call.span)
                }) else { return .native(TimeSpanValue(ticks: zone.standardOffsetSeconds * DateTimeValue.ticksPerSecond)) }
                return .native(zone.offset(for: date))
            },
            MethodMember("IsDaylightSavingTime", ["bool IsDaylightSavingTime(datetime dateTime)"]) { zone, call in
                guard case .native(let date as DateTimeValue)? = try call.arguments.first.map({
                    try TypeConversion.convert($0, toFullName: "System.DateTime", at: call.span)
                }) else { return .bool(false) }
                return .bool(zone.offset(for: date).ticks != zone.standardOffsetSeconds * DateTimeValue.ticksPerSecond)
            },
            MethodMember("ToString", ["string ToString()"]) { zone, _ in .string(zone.stringValue) },
        ],
        properties: [
            PropertyMember("Id", "string Id {get;}") { .string($0.id) },
            PropertyMember("DisplayName", "string DisplayName {get;}") { .string("(UTC\($0.offsetText($0.standardOffsetSeconds))) \($0.id)") },
            PropertyMember("StandardName", "string StandardName {get;}") { zone in
                .string(zone.isUTC ? "Coordinated Universal Time" : zone.abbreviation(daylight: false))
            },
            PropertyMember("DaylightName", "string DaylightName {get;}") { zone in
                .string(zone.isUTC ? "Coordinated Universal Time" : zone.abbreviation(daylight: true))
            },
            PropertyMember("BaseUtcOffset", "timespan BaseUtcOffset {get;}") {
                .native(TimeSpanValue(ticks: $0.standardOffsetSeconds * DateTimeValue.ticksPerSecond))
            },
            PropertyMember("SupportsDaylightSavingTime", "bool SupportsDaylightSavingTime {get;}") { zone in
                let year = 365 * 86_400 * 55
                return .bool(zone.offsetSeconds(at: year) != zone.offsetSeconds(at: year + 182 * 86_400))
            },
        ])

    /// `[TimeZoneInfo]`'s static members.
    static let infoStatics = MemberTable<StaticTarget>(
        methods: [
            MethodMember("FindSystemTimeZoneById", ["static System.TimeZoneInfo FindSystemTimeZoneById(string id)"]) { _, call in
                let id = call.string(0)
                if id.uppercased() == "UTC" { return .native(TimeZoneObject(isUTC: true)) }
                let local = TimeZoneObject(isUTC: false)
                guard local.id == id else {
                    throw call.failure("The time zone ID '\(id)' was not found on the local computer.", id: "TimeZoneNotFoundException")
                }
                return .native(local)
            },
        ],
        properties: [
            PropertyMember("Local", "static System.TimeZoneInfo Local {get;}") { _ in .native(TimeZoneObject(isUTC: false)) },
            PropertyMember("Utc", "static System.TimeZoneInfo Utc {get;}") { _ in .native(TimeZoneObject(isUTC: true)) },
        ])

    /// `[TimeZone]`'s static members.
    static let legacyStatics = MemberTable<StaticTarget>(methods: [], properties: [
        PropertyMember("CurrentTimeZone", "static System.TimeZone CurrentTimeZone {get;}") { _ in
            .native(TimeZoneObject(isUTC: false, isLegacy: true))
        },
    ])
}

private extension String {
    /// Two digits, zero-padded.
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : String(value) }
}
