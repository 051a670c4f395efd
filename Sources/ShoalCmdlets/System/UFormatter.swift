// Get-Date -UFormat: PowerShell's own take on strftime (GetDateCommand.cs,
// UFormatDateString). Most specifiers map to a .NET pattern; the rest are
// computed here. Unknown specifiers print the character after the `%`.

import ShoalRuntime

struct UFormatter {
    let date: DateTimeValue
    let isUTC: Bool

    func field(_ name: String) -> Int {
        if case .int(let n)? = date.property(name) { return n }
        return 0
    }

    var dayOfWeek: Int { DateTimeValue.dayIndex(of: date) }

    func format(_ pattern: String) -> String {
        var characters = Substring(pattern)
        if characters.first == "+" { characters.removeFirst() }
        var result = ""
        var iterator = characters.makeIterator()
        while let ch = iterator.next() {
            guard ch == "%" else {
                result.append(ch)
                continue
            }
            guard let specifier = iterator.next() else { break }
            result += expand(specifier)
        }
        return result
    }

    func expand(_ specifier: Character) -> String {
        if let pattern = Self.dotNetPatterns[specifier] { return date.format(pattern) }
        switch specifier {
        case "C": return String(field("Year") / 100)
        case "e": return padded(field("Day"), width: 2, with: " ")
        case "G": return padded(isoWeek.year, width: 4, with: "0")
        case "g": return padded(isoWeek.year % 100, width: 2, with: "0")
        case "j": return padded(field("DayOfYear"), width: 3, with: "0")
        case "k": return padded(field("Hour"), width: 2, with: " ")
        case "l": return padded(field("Hour") % 12 == 0 ? 12 : field("Hour") % 12, width: 2, with: " ")
        case "n": return "\n"
        case "t": return "\t"
        case "s":
            let seconds = isUTC ? Double(date.ticks) / 1e7 - Double(LocalTime.epochSeconds) : LocalTime.unixSeconds(ofLocal: date)
            return String(Int(seconds.rounded(.toNearestOrAwayFromZero)))
        case "U":
            let januaryFirst = DateTimeValue(year: field("Year"), month: 1, day: 1)
            let offset = (DateTimeValue.dayIndex(of: januaryFirst) + 6) % 7
            return padded((offset + field("DayOfYear") - dayOfWeek) / 7, width: 2, with: "0")
        case "u": return String(dayOfWeek == 0 ? 7 : dayOfWeek)
        case "V": return padded(isoWeek.week, width: 2, with: "0")
        case "W": return String(field("DayOfYear") / 7)
        case "w": return String(dayOfWeek)
        case "Z": return isUTC ? "+00" : date.format("zz")
        default: return String(specifier)
        }
    }

    static let dotNetPatterns: [Character: String] = [
        "A": "dddd", "a": "ddd", "B": "MMMM", "b": "MMM", "c": "ddd dd MMM yyyy HH:mm:ss", "D": "MM/dd/yy",
        "d": "dd", "F": "yyyy-MM-dd", "H": "HH", "h": "MMM", "I": "hh", "M": "mm", "m": "MM", "p": "tt",
        "R": "HH:mm", "r": "hh:mm:ss tt", "S": "ss", "T": "HH:mm:ss", "X": "HH:mm:ss", "x": "MM/dd/yy",
        "Y": "yyyy", "y": "yy",
    ]

    func padded(_ n: Int, width: Int, with pad: Character) -> String {
        let text = String(n)
        return String(repeating: pad, count: max(0, width - text.count)) + text
    }

    /// ISO 8601 week-numbering year and week (System.Globalization.ISOWeek).
    var isoWeek: (year: Int, week: Int) {
        let isoDay = dayOfWeek == 0 ? 7 : dayOfWeek
        let week = (field("DayOfYear") - isoDay + 10) / 7
        let year = field("Year")
        if week < 1 { return (year - 1, Self.weeksInYear(year - 1)) }
        if week > Self.weeksInYear(year) { return (year + 1, 1) }
        return (year, week)
    }

    static func weeksInYear(_ year: Int) -> Int {
        func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
        return p(year) == 4 || p(year - 1) == 3 ? 53 : 52
    }
}

extension DateTimeValue {
    /// 0 for Sunday through 6 for Saturday.
    static func dayIndex(of date: DateTimeValue) -> Int {
        (date.ticks / 864_000_000_000 + 1) % 7
    }
}
