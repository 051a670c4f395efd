// `[datetime]` and `[timespan]`, counted in .NET ticks (100 ns) so that
// arithmetic and comparisons are exact. Dates are local wall-clock time,
// as `Get-Date` gives them.

import Glibc
import ShoalSyntax

public final class DateTimeValue: NativeObject, Sendable {
    /// Ticks since 0001-01-01 00:00 local time.
    public let ticks: Int
    /// Get-Date's DisplayHint note (`Date`, `Time`, `DateTime`): what the
    /// default view shows. Nil for dates made any other way.
    public let displayHint: String?
    /// .NET's DateTimeKind: what the ticks are relative to.
    public enum Kind: String, Sendable {
        case unspecified = "Unspecified", utc = "Utc", local = "Local"
    }
    public let kind: Kind
    public init(ticks: Int, displayHint: String? = nil, kind: Kind = .unspecified) {
        self.ticks = ticks
        self.displayHint = displayHint
        self.kind = kind
    }

    /// The same instant in UTC (an unspecified date counts as local, as .NET's ToUniversalTime takes it).
    public var universal: DateTimeValue {
        if kind == .utc { return self }
        let wallSeconds = ticks / DateTimeValue.ticksPerSecond - DateTimeValue.unixEpochDays * 86_400
        return DateTimeValue(ticks: ticks - TimeZoneObject.localOffset(atUnixSeconds: wallSeconds) * DateTimeValue.ticksPerSecond,
                             kind: .utc)
    }

    /// The same instant in local time (an unspecified date counts as UTC, as .NET's ToLocalTime takes it).
    public var local: DateTimeValue {
        if kind == .local { return self }
        let utcSeconds = ticks / DateTimeValue.ticksPerSecond - DateTimeValue.unixEpochDays * 86_400
        return DateTimeValue(ticks: ticks + TimeZoneObject.localOffset(atUnixSeconds: utcSeconds) * DateTimeValue.ticksPerSecond,
                             kind: .local)
    }

    static let ticksPerSecond = 10_000_000
    static let ticksPerDay = 864_000_000_000
    /// Days from 0001-01-01 to 1970-01-01.
    static let unixEpochDays = 719_162

    /// `2021-06-24T15:54:06.796999-07:00` (a fraction of any length; `Z` or an offset, which
    /// .NET converts to local time, as shoal's dates are local); nil for any other shape.
    static func parseISO8601(_ text: String) -> DateTimeValue? {
        let c = Array(text.trimmingCharacters().utf8)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= c.count else { return nil }
            var value = 0
            for byte in c[start..<start + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard c.count >= 16, let year = digits(0, 4), c[4] == 45, let month = digits(5, 2), c[7] == 45, let day = digits(8, 2),
              c[10] == 84 || c[10] == 116, let hour = digits(11, 2), c[13] == 58, let minute = digits(14, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60 else { return nil }
        var index = 16, second = 0, fractionTicks = 0
        if index < c.count, c[index] == 58 {
            guard let value = digits(index + 1, 2), value < 60 else { return nil }
            second = value
            index += 3
            if index < c.count, c[index] == 46 {
                index += 1
                var scale = 1_000_000, count = 0
                while index < c.count, c[index] >= 48, c[index] <= 57 {
                    if scale >= 1 { fractionTicks += Int(c[index] - 48) * scale }
                    scale /= 10
                    index += 1
                    count += 1
                }
                guard count > 0 else { return nil }
            }
        }
        let wall = DateTimeValue(year: year, month: month, day: day, hour: hour, minute: minute, second: second).ticks + fractionTicks
        guard index < c.count else { return DateTimeValue(ticks: wall) }
        var offsetSeconds = 0
        if c[index] == 90 || c[index] == 122, index + 1 == c.count {
            offsetSeconds = 0
        } else if c[index] == 43 || c[index] == 45, let hours = digits(index + 1, 2) {
            var minutes = 0
            if index + 3 < c.count {
                let start = c[index + 3] == 58 ? index + 4 : index + 3
                guard let value = digits(start, 2), start + 2 == c.count else { return nil }
                minutes = value
            } else if index + 3 != c.count {
                return nil
            }
            offsetSeconds = (hours * 3600 + minutes * 60) * (c[index] == 45 ? -1 : 1)
        } else {
            return nil
        }
        // To UTC, then to this machine's local time at that instant.
        let utcTicks = wall - offsetSeconds * ticksPerSecond
        var unixSeconds = utcTicks / ticksPerSecond - unixEpochDays * 86_400
        var local = tm()
        localtime_r(&unixSeconds, &local)
        return DateTimeValue(ticks: utcTicks + Int(local.tm_gmtoff) * ticksPerSecond)
    }

    /// The current local time.
    public static func now() -> DateTimeValue {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var local = tm()
        localtime_r(&seconds, &local)
        let localSeconds = Int(spec.tv_sec) + Int(local.tm_gmtoff)
        return DateTimeValue(ticks: (unixEpochDays * 86_400 + localSeconds) * ticksPerSecond + Int(spec.tv_nsec) / 100, kind: .local)
    }

    public convenience init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        let days = DateTimeValue.daysFromCivil(year, month, day)
        let seconds = (days * 86_400) + hour * 3600 + minute * 60 + second
        self.init(ticks: seconds * DateTimeValue.ticksPerSecond + millisecond * 10_000)
    }

    /// Days since 0001-01-01 for a proleptic Gregorian date.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468 + unixEpochDays
    }

    var components: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int, dayOfWeek: Int, dayOfYear: Int) {
        let totalDays = ticks / DateTimeValue.ticksPerDay
        let z = totalDays - DateTimeValue.unixEpochDays + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let timeOfDay = ticks % DateTimeValue.ticksPerDay
        let dayOfYear = totalDays - DateTimeValue.daysFromCivil(year, 1, 1) + 1
        return (year, month, day, timeOfDay / 36_000_000_000, timeOfDay / 600_000_000 % 60,
                timeOfDay / 10_000_000 % 60, timeOfDay / 10_000 % 1000, (totalDays + 1) % 7, dayOfYear)
    }

    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    public var typeName: String { "System.DateTime" }
    public var stringValue: String { format("MM/dd/yyyy HH:mm:ss") }
    public var propertyNames: [String] {
        ["Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Minute", "Month", "Second", "Ticks", "Year"]
    }

    public func property(_ name: String) -> Value? {
        let c = components
        switch name.lowercased() {
        case "year": return .int(c.year)
        case "month": return .int(c.month)
        case "day": return .int(c.day)
        case "hour": return .int(c.hour)
        case "minute": return .int(c.minute)
        case "second": return .int(c.second)
        case "millisecond": return .int(c.millisecond)
        case "dayofweek": return .string(DateTimeValue.dayNames[c.dayOfWeek])
        case "dayofyear": return .int(c.dayOfYear)
        case "kind": return .string(kind.rawValue)
        case "ticks": return .int(ticks)
        case "date": return .native(DateTimeValue(ticks: ticks - ticks % DateTimeValue.ticksPerDay))
        case "timeofday": return .native(TimeSpanValue(ticks: ticks % DateTimeValue.ticksPerDay))
        case "displayhint": return displayHint.map(Value.string)
        default: return nil
        }
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        func number(_ index: Int) -> Double {
            guard index < arguments.count, let n = Conversion.toNumber(arguments[index]) else { return 0 }
            if case .int(let i) = n { return Double(i) }
            if case .double(let d) = n { return d }
            return 0
        }
        func adding(_ unitTicks: Double) throws -> Value { .native(try DateTimeValue.checked(Double(ticks) + (number(0) * unitTicks).rounded())) }
        switch method.lowercased() {
        case "tostring":
            if let first = arguments.first { return .string(format(Conversion.toString(first))) }
            return .string(stringValue)
        // The current culture's standard forms (en-US, as Get-Culture reports).
        case "tolongdatestring": return .string(format("D"))
        case "toshortdatestring": return .string(format("d"))
        case "tolongtimestring": return .string(format("T"))
        case "toshorttimestring": return .string(format("t"))
        case "adddays": return try adding(Double(DateTimeValue.ticksPerDay))
        case "addhours": return try adding(36_000_000_000)
        case "addminutes": return try adding(600_000_000)
        case "addseconds": return try adding(10_000_000)
        case "addmilliseconds": return try adding(10_000)
        case "addticks": return try adding(1)
        case "addmonths", "addyears":
            let c = components
            // .NET's limits (AddMonths ±120000, AddYears ±10000); the result's year is checked below.
            guard abs(number(0)) <= 120_000 else { throw DateTimeValue.outOfRange() }
            let months = Int(number(0)) * (method.lowercased() == "addyears" ? 12 : 1)
            let total = c.year * 12 + (c.month - 1) + months
            let year = total / 12, month = total % 12 + 1
            guard (1...9999).contains(year) else { throw DateTimeValue.outOfRange() }
            let day = min(c.day, DateTimeValue.daysInMonth(year, month))
            let date = DateTimeValue.daysFromCivil(year, month, day) * DateTimeValue.ticksPerDay
            return .native(DateTimeValue(ticks: date + ticks % DateTimeValue.ticksPerDay))
        case "add":
            if case .native(let span as TimeSpanValue)? = arguments.first { return .native(try DateTimeValue.checked(ticks.addingReportingOverflow(span.ticks))) }
            return nil
        case "subtract":
            if case .native(let span as TimeSpanValue)? = arguments.first { return .native(try DateTimeValue.checked(ticks.subtractingReportingOverflow(span.ticks))) }
            if case .native(let date as DateTimeValue)? = arguments.first { return .native(try TimeSpanValue.checked(ticks.subtractingReportingOverflow(date.ticks))) }
            return nil
        case "touniversaltime": return .native(universal)
        case "tolocaltime": return .native(local)
        case "gettype": return .native(TypeObject(name: "datetime"))
        default: return nil
        }
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        daysFromCivil(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1)
    }

    /// Ticks of 9999-12-31 23:59:59.9999999, .NET's DateTime.MaxValue.
    static let maximumTicks = 3_155_378_975_999_999_999

    /// A date from ticks computed with overflow checks (Int arithmetic
    /// `reportingOverflow`, or a Double); outside .NET's range (years 1 to
    /// 9999) it is .NET's ArgumentOutOfRangeException.
    static func checked(_ ticks: (partialValue: Int, overflow: Bool), at span: SourceSpan? = nil) throws -> DateTimeValue {
        guard !ticks.overflow, (0...maximumTicks).contains(ticks.partialValue) else { throw outOfRange(at: span) }
        return DateTimeValue(ticks: ticks.partialValue)
    }

    static func checked(_ ticks: Double, at span: SourceSpan? = nil) throws -> DateTimeValue {
        guard ticks.isFinite, ticks >= 0, ticks <= Double(maximumTicks) else { throw outOfRange(at: span) }
        return try checked((Int(ticks), false), at: span)
    }

    static func outOfRange(at span: SourceSpan? = nil) -> ScriptError {
        ScriptError.runtime("The added or subtracted value results in an un-representable DateTime.", id: "ArgumentOutOfRangeException",
                            at: span, type: "System.ArgumentOutOfRangeException")
    }

    /// .NET custom and standard date format strings.
    public func format(_ pattern: String) -> String {
        switch pattern {
        case "o", "O": return format("yyyy-MM-ddTHH:mm:ss.fffffff")
        case "s": return format("yyyy-MM-ddTHH:mm:ss")
        case "u": return format("yyyy-MM-dd HH:mm:ssZ")
        case "d": return format("MM/dd/yyyy")
        case "D": return format("dddd, dd MMMM yyyy")
        case "t": return format("HH:mm")
        case "T": return format("HH:mm:ss")
        case "g": return format("MM/dd/yyyy HH:mm")
        case "G", "": return format("MM/dd/yyyy HH:mm:ss")
        case "f": return format("dddd, dd MMMM yyyy HH:mm")
        case "F": return format("dddd, dd MMMM yyyy HH:mm:ss")
        default: break
        }
        let c = components
        let chars = Array(pattern)
        var result = ""
        var index = 0
        func pad(_ n: Int, _ width: Int) -> String {
            let text = String(n)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        while index < chars.count {
            let ch = chars[index]
            var run = 1
            while index + run < chars.count, chars[index + run] == ch { run += 1 }
            switch ch {
            case "y": result += run <= 2 ? pad(c.year % 100, run) : pad(c.year, run)
            case "M":
                result += run >= 4 ? DateTimeValue.monthNames[c.month - 1]
                    : run == 3 ? String(DateTimeValue.monthNames[c.month - 1].prefix(3)) : pad(c.month, run)
            case "d":
                result += run >= 4 ? DateTimeValue.dayNames[c.dayOfWeek]
                    : run == 3 ? String(DateTimeValue.dayNames[c.dayOfWeek].prefix(3)) : pad(c.day, run)
            case "H": result += pad(c.hour, min(run, 2))
            case "h": result += pad(c.hour % 12 == 0 ? 12 : c.hour % 12, min(run, 2))
            case "m": result += pad(c.minute, min(run, 2))
            case "s": result += pad(c.second, min(run, 2))
            case "f", "F":
                let fraction = ticks % DateTimeValue.ticksPerSecond
                result += String(pad(fraction, 7).prefix(min(run, 7)))
            case "t": result += run == 1 ? (c.hour < 12 ? "A" : "P") : (c.hour < 12 ? "AM" : "PM")
            case "z":
                var seconds = time_t(0)
                var local = tm()
                localtime_r(&seconds, &local)
                let offset = Int(local.tm_gmtoff) / 60
                let sign = offset < 0 ? "-" : "+"
                result += run == 1 ? "\(sign)\(abs(offset) / 60)" : run == 2 ? "\(sign)\(pad(abs(offset) / 60, 2))"
                    : "\(sign)\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
            case "\\":
                if index + 1 < chars.count { result.append(chars[index + 1]) }
                index += 2
                continue
            case "'", "\"":
                var end = index + 1
                while end < chars.count, chars[end] != ch { end += 1 }
                result += String(chars[(index + 1)..<min(end, chars.count)])
                index = end + 1
                continue
            default:
                result += String(repeating: ch, count: run)
            }
            index += run
        }
        return result
    }

    /// Parses what .NET's DateTime.Parse reads in the invariant culture:
    /// ISO dates (`2024-01-31`, `2024-01-31T10:00:00.5Z`), US dates
    /// (`1/31/2024 10:00 PM`), month names (`Jan 1, 2020`, `1 January 2020`,
    /// `Wednesday, January 1, 2020 10:00:00 AM`), a date without its year
    /// (this year) and a time alone (today). Nil for anything else.
    public static func parse(_ text: String) -> DateTimeValue? {
        if let iso = parseISO8601(text) { return iso }
        enum Token { case number(Int, digits: Int), word(String), colon, dot, other }
        var tokens: [Token] = []
        let characters = Array(text.trimmingCharacters())
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isASCII, character.isNumber {
                var end = index
                while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                guard let number = Int(String(characters[index..<end])), end - index <= 9 else { return nil }
                tokens.append(.number(number, digits: end - index))
                index = end
            } else if character.isLetter {
                var end = index
                while end < characters.count, characters[end].isLetter { end += 1 }
                tokens.append(.word(String(characters[index..<end]).lowercased()))
                index = end
            } else {
                switch character {
                case ":": tokens.append(.colon)
                case ".": tokens.append(.dot)
                case "-", "/", ",", " ", "\t": tokens.append(.other)
                default: return nil
                }
                index += 1
            }
        }
        var dateNumbers: [(value: Int, digits: Int)] = []
        var time: [Int] = []
        var fraction = 0
        var month: Int?
        var meridiem: String?
        index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .number(let value, let digits):
                if index + 1 < tokens.count, case .colon = tokens[index + 1], time.isEmpty {
                    // h:mm[:ss[.fffffff]]
                    time = [value]
                    index += 1
                    while index + 1 < tokens.count, case .colon = tokens[index], case .number(let part, _) = tokens[index + 1], time.count < 3 {
                        time.append(part)
                        index += 2
                    }
                    if time.count == 3, index + 1 < tokens.count, case .dot = tokens[index], case .number(let part, let digits) = tokens[index + 1] {
                        // The digits as written: ".05" is 5 hundredths.
                        let written = String(repeating: "0", count: max(0, digits - String(part).count)) + String(part)
                        fraction = Int((written + "0000000").prefix(7)) ?? 0
                        index += 2
                    }
                    continue
                }
                dateNumbers.append((value, digits))
            case .word(let word):
                if word == "t" || word == "z" || word == "utc" || word == "gmt" { break }
                if word == "am" || word == "pm" { meridiem = word; break }
                if let found = DateTimeValue.monthNames.firstIndex(where: { $0.lowercased().hasPrefix(word) && word.count >= 3 }) {
                    guard month == nil else { return nil }
                    month = found + 1
                    break
                }
                if DateTimeValue.dayNames.contains(where: { $0.lowercased().hasPrefix(word) && word.count >= 3 }) { break }
                return nil
            case .colon: return nil
            case .dot, .other: break
            }
            index += 1
        }
        let today = DateTimeValue.now().components
        var (year, monthNumber, day) = (today.year, today.month, today.day)
        if let month {
            monthNumber = month
            switch dateNumbers.count {
            case 1: day = dateNumbers[0].value
            case 2:
                // "Jan 1, 2020", "1 Jan 2020" or "2020 Jan 1": the four-digit (or > 31) one is the year.
                if dateNumbers[0].digits >= 3 || dateNumbers[0].value > 31 { (year, day) = (dateNumbers[0].value, dateNumbers[1].value) }
                else { (day, year) = (dateNumbers[0].value, dateNumbers[1].value) }
            default: return nil
            }
        } else {
            switch dateNumbers.count {
            case 0: guard !time.isEmpty else { return nil }
            case 2:
                if dateNumbers[0].digits == 4 { (year, monthNumber, day) = (dateNumbers[0].value, dateNumbers[1].value, 1) }
                else { (monthNumber, day) = (dateNumbers[0].value, dateNumbers[1].value) }
            case 3:
                if dateNumbers[0].digits >= 3 { (year, monthNumber, day) = (dateNumbers[0].value, dateNumbers[1].value, dateNumbers[2].value) }
                else { (monthNumber, day, year) = (dateNumbers[0].value, dateNumbers[1].value, dateNumbers[2].value) }
            default: return nil
            }
        }
        if year < 100, dateNumbers.contains(where: { $0.value == year && $0.digits <= 2 }) { year += year < 50 ? 2000 : 1900 }
        var hour = time.first ?? 0
        let minute = time.count > 1 ? time[1] : 0
        let second = time.count > 2 ? time[2] : 0
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == "pm", hour < 12 { hour += 12 }
            if meridiem == "am", hour == 12 { hour = 0 }
        }
        let daysInMonth = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(monthNumber), (1...9999).contains(year), day >= 1, day <= daysInMonth[monthNumber - 1],
              hour < 24, minute < 60, second < 60 else { return nil }
        let date = DateTimeValue(year: year, month: monthNumber, day: day, hour: hour, minute: minute, second: second)
        return DateTimeValue(ticks: date.ticks + fraction)
    }

}

public final class TimeSpanValue: NativeObject {
    public let ticks: Int
    public init(ticks: Int) { self.ticks = ticks }
    public convenience init(seconds: Double) { self.init(ticks: Int((seconds * 10_000_000).rounded())) }

    /// A span from ticks computed with overflow checks; past Int64 it is
    /// .NET's OverflowException.
    static func checked(_ ticks: (partialValue: Int, overflow: Bool), at span: SourceSpan? = nil) throws -> TimeSpanValue {
        guard !ticks.overflow else {
            throw ScriptError.runtime("TimeSpan overflowed because the duration is too long.", id: "OverflowException",
                                      at: span, type: "System.OverflowException")
        }
        return TimeSpanValue(ticks: ticks.partialValue)
    }

    static func checked(seconds: Double, at span: SourceSpan? = nil) throws -> TimeSpanValue {
        let ticks = (seconds * 10_000_000).rounded()
        // Double(Int.max) rounds up to 2^63, which is already out of range.
        guard ticks.isFinite, ticks >= -9.223372036854775e18, ticks < 9.223372036854775e18 else { return try checked((0, true), at: span) }
        return TimeSpanValue(ticks: Int(ticks))
    }

    public var typeName: String { "System.TimeSpan" }
    public var propertyNames: [String] {
        ["Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds", "TotalDays", "TotalHours",
         "TotalMilliseconds", "TotalMinutes", "TotalSeconds"]
    }

    public var stringValue: String {
        let magnitude = Int(clamping: ticks.magnitude)  // Int.min has no positive Int
        let days = magnitude / DateTimeValue.ticksPerDay
        let hours = magnitude / 36_000_000_000 % 24
        let minutes = magnitude / 600_000_000 % 60
        let seconds = magnitude / 10_000_000 % 60
        let fraction = magnitude % 10_000_000
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        var text = ticks < 0 ? "-" : ""
        if days > 0 { text += "\(days)." }
        text += "\(two(hours)):\(two(minutes)):\(two(seconds))"
        if fraction > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: 7 - digits.count) + digits
        }
        return text
    }

    public func property(_ name: String) -> Value? {
        let t = Double(ticks)
        switch name.lowercased() {
        case "ticks": return .int(ticks)
        case "days": return .int(ticks / DateTimeValue.ticksPerDay)
        case "hours": return .int(ticks / 36_000_000_000 % 24)
        case "minutes": return .int(ticks / 600_000_000 % 60)
        case "seconds": return .int(ticks / 10_000_000 % 60)
        case "milliseconds": return .int(ticks / 10_000 % 1000)
        case "totaldays": return .double(t / Double(DateTimeValue.ticksPerDay))
        case "totalhours": return .double(t / 36_000_000_000)
        case "totalminutes": return .double(t / 600_000_000)
        case "totalseconds": return .double(t / 10_000_000)
        case "totalmilliseconds": return .double(t / 10_000)
        default: return nil
        }
    }

    /// .NET's TimeSpan formats: "c", "t", "T" (constant), "g" (general
    /// short), "G" (general long), or a custom one of d, h, m, s, f and F
    /// runs with `\x` and quoted literals (`hh\:mm`). Nil when the format
    /// is not valid (.NET's FormatException).
    public func format(_ pattern: String) -> String? {
        let magnitude = Int(clamping: ticks.magnitude)
        let days = magnitude / DateTimeValue.ticksPerDay
        let hours = magnitude / 36_000_000_000 % 24
        let minutes = magnitude / 600_000_000 % 60
        let seconds = magnitude / 10_000_000 % 60
        let fraction = magnitude % 10_000_000
        func padded(_ n: Int, _ width: Int) -> String {
            let text = String(n)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        let sign = ticks < 0 ? "-" : ""
        switch pattern {
        case "c", "t", "T": return stringValue
        case "g":
            var text = sign + (days > 0 ? "\(days):" : "") + "\(hours):\(padded(minutes, 2)):\(padded(seconds, 2))"
            if fraction > 0 {
                var digits = padded(fraction, 7)
                while digits.hasSuffix("0") { digits.removeLast() }
                text += "." + digits
            }
            return text
        case "G": return sign + "\(days):\(padded(hours, 2)):\(padded(minutes, 2)):\(padded(seconds, 2)).\(padded(fraction, 7))"
        default: break
        }
        var text = ""
        let characters = Array(pattern.hasPrefix("%") && pattern.count == 2 ? String(pattern.dropFirst()) : pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var run = 1
            while index + run < characters.count, characters[index + run] == character { run += 1 }
            switch character {
            case "d" where run <= 8: text += padded(days, run)
            case "h" where run <= 2: text += padded(hours, run)
            case "m" where run <= 2: text += padded(minutes, run)
            case "s" where run <= 2: text += padded(seconds, run)
            case "f" where run <= 7: text += String(padded(fraction, 7).prefix(run))
            case "F" where run <= 7:
                var digits = String(padded(fraction, 7).prefix(run))
                while digits.hasSuffix("0") { digits.removeLast() }
                text += digits
            case "\\":
                guard index + 1 < characters.count else { return nil }
                text.append(characters[index + 1])
                index += 2
                continue
            case "'", "\"":
                guard let close = characters[(index + 1)...].firstIndex(of: character) else { return nil }
                text += String(characters[(index + 1)..<close])
                index = close + 1
                continue
            default:
                return nil
            }
            index += run
        }
        return text
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "tostring":
            guard let pattern = arguments.first.map(Conversion.toString) else { return .string(stringValue) }
            guard let text = format(pattern) else {
                throw ScriptError.runtime("Exception calling \"ToString\" with \"1\" argument(s): \"Input string was not in a correct format.\"",
                                          id: "FormatException", at: nil, type: "System.Management.Automation.MethodInvocationException")
            }
            return .string(text)
        case "add":
            if case .native(let other as TimeSpanValue)? = arguments.first { return .native(try TimeSpanValue.checked(ticks.addingReportingOverflow(other.ticks))) }
            return nil
        case "negate": return .native(try TimeSpanValue.checked(Int(0).subtractingReportingOverflow(ticks)))
        default: return nil
        }
    }

    /// `[d.]hh:mm[:ss[.fffffff]]`.
    public static func parse(_ text: String) -> TimeSpanValue? {
        var rest = Substring(text.trimmingCharacters())
        var negative = false
        if rest.first == "-" { negative = true; rest.removeFirst() }
        var days = 0
        if let dot = rest.firstIndex(of: "."), let colon = rest.firstIndex(of: ":"), dot < colon {
            days = Int(rest[..<dot]) ?? 0
            rest = rest[rest.index(after: dot)...]
        }
        let parts = rest.split(separator: ":")
        guard parts.count >= 2, parts.count <= 3 else {
            if parts.count == 1, let d = Int(parts[0]) { return try? TimeSpanValue.checked(d.multipliedReportingOverflow(by: DateTimeValue.ticksPerDay)) }
            return nil
        }
        guard let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return nil }
        var seconds = 0.0
        if parts.count == 3 { guard let s = Double(parts[2]) else { return nil }; seconds = s }
        let total = Double(days) * 86_400 + Double(hours) * 3600 + Double(minutes) * 60 + seconds
        return try? TimeSpanValue.checked(seconds: negative ? -total : total)
    }
}

extension DateTimeValue: CustomViewObject {
    /// pwsh's DateTime view: the long date and long time patterns of en-US,
    /// or one of them as Get-Date's -DisplayHint asks.
    public var customViewText: String {
        switch displayHint?.lowercased() {
        case "date": return format("dddd, MMMM d, yyyy")
        case "time": return format("h:mm:ss tt")
        default: return format("dddd, MMMM d, yyyy h:mm:ss tt")
        }
    }
}
