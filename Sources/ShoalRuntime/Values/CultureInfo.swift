// `[cultureinfo]` (System.Globalization.CultureInfo), Get-Culture and
// $PSCulture. shoal does not load ICU (Foundation would cost every job
// worker its start-up time), so the cultures are built in: the invariant
// culture and en-US, whose names and patterns are the ones shoal formats
// dates and numbers with. The current culture is en-US when LC_ALL,
// LC_MESSAGES or LANG names an English (US) locale, else the invariant
// culture (what .NET gives C and POSIX). Other culture names are refused
// with .NET's CultureNotFoundException rather than answered with data that
// would be wrong.

import ShoalSyntax

/// A culture: its names and its date and number formats.
public final class CultureInfo: TabledObject, Sendable {
    public let name: String
    let displayName: String
    let nativeName: String
    let lcid: Int
    let twoLetterName: String
    let threeLetterName: String
    let dateTimeFormat: DateTimeFormatInfo
    let numberFormat: NumberFormatInfo

    init(name: String, displayName: String, nativeName: String, lcid: Int, twoLetterName: String, threeLetterName: String,
         dateTimeFormat: DateTimeFormatInfo, numberFormat: NumberFormatInfo) {
        self.name = name
        self.displayName = displayName
        self.nativeName = nativeName
        self.lcid = lcid
        self.twoLetterName = twoLetterName
        self.threeLetterName = threeLetterName
        self.dateTimeFormat = dateTimeFormat
        self.numberFormat = numberFormat
    }

    public static let invariant = CultureInfo(
        name: "", displayName: "Invariant Language (Invariant Country)", nativeName: "Invariant Language (Invariant Country)",
        lcid: 127, twoLetterName: "iv", threeLetterName: "ivl",
        dateTimeFormat: DateTimeFormatInfo(
            shortDatePattern: "MM/dd/yyyy", longDatePattern: "dddd, dd MMMM yyyy", shortTimePattern: "HH:mm",
            longTimePattern: "HH:mm:ss", monthDayPattern: "MMMM dd", yearMonthPattern: "yyyy MMMM"),
        numberFormat: NumberFormatInfo(currencySymbol: "¤"))

    public static let englishUnitedStates = CultureInfo(
        name: "en-US", displayName: "English (United States)", nativeName: "English (United States)",
        lcid: 1033, twoLetterName: "en", threeLetterName: "eng",
        dateTimeFormat: DateTimeFormatInfo(
            shortDatePattern: "M/d/yyyy", longDatePattern: "dddd, MMMM d, yyyy", shortTimePattern: "h:mm tt",
            longTimePattern: "h:mm:ss tt", monthDayPattern: "MMMM d", yearMonthPattern: "MMMM yyyy"),
        numberFormat: NumberFormatInfo(currencySymbol: "$"))

    public static let builtIn = [invariant, englishUnitedStates]

    /// The culture the process's locale environment names.
    public static let current: CultureInfo = {
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = ProcessEnvironment.get(variable), !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en_us") || value.lowercased().hasPrefix("en-us") ? englishUnitedStates : invariant
        }
        return invariant
    }()

    /// The culture named `name` (`en-US`, `""` or `Invariant` for the
    /// invariant culture), or .NET's error for a name shoal does not know.
    public static func named(_ name: String, at span: SourceSpan?) throws -> CultureInfo {
        let folded = name.lowercased()
        if folded == "en_us" { return englishUnitedStates }
        if let culture = builtIn.first(where: { $0.name.lowercased() == folded }) { return culture }
        if folded == "invariant" || folded == "iv" { return invariant }
        throw ScriptError.runtime(
            "Culture is not supported. (Parameter 'name')\n\(name) is an invalid culture identifier. (shoal knows the invariant culture and en-US.)",
            id: "CultureNotFoundException", at: span, type: "System.Globalization.CultureNotFoundException",
            category: .invalidArgument)
    }

    public var typeName: String { "System.Globalization.CultureInfo" }
    public var stringValue: String { name }

    public static let members = MemberTable<CultureInfo>(
        methods: [
            MethodMember("ToString", ["string ToString()"]) { culture, _ in .string(culture.name) },
            MethodMember("GetFormat", ["System.Object GetFormat(type formatType)"]) { culture, call in
                let type = call.string(0).lowercased()
                if type.hasSuffix("numberformatinfo") { return .native(culture.numberFormat) }
                if type.hasSuffix("datetimeformatinfo") { return .native(culture.dateTimeFormat) }
                return .null
            },
        ],
        properties: [
            PropertyMember("LCID", "int LCID {get;}") { .int($0.lcid) },
            PropertyMember("Name", "string Name {get;}") { .string($0.name) },
            PropertyMember("DisplayName", "string DisplayName {get;}") { .string($0.displayName) },
            PropertyMember("EnglishName", "string EnglishName {get;}") { .string($0.displayName) },
            PropertyMember("NativeName", "string NativeName {get;}") { .string($0.nativeName) },
            PropertyMember("IetfLanguageTag", "string IetfLanguageTag {get;}") { .string($0.name) },
            PropertyMember("TwoLetterISOLanguageName", "string TwoLetterISOLanguageName {get;}") { .string($0.twoLetterName) },
            PropertyMember("ThreeLetterISOLanguageName", "string ThreeLetterISOLanguageName {get;}") { .string($0.threeLetterName) },
            PropertyMember("IsNeutralCulture", "bool IsNeutralCulture {get;}") { _ in .bool(false) },
            PropertyMember("IsReadOnly", "bool IsReadOnly {get;}") { _ in .bool(true) },
            PropertyMember("Parent", "cultureinfo Parent {get;}") { .native($0.name.isEmpty ? $0 : CultureInfo.invariant) },
            PropertyMember("DateTimeFormat", "System.Globalization.DateTimeFormatInfo DateTimeFormat {get;set;}") { .native($0.dateTimeFormat) },
            PropertyMember("NumberFormat", "System.Globalization.NumberFormatInfo NumberFormat {get;set;}") { .native($0.numberFormat) },
            PropertyMember("TextInfo", "System.Globalization.TextInfo TextInfo {get;}") { .native(TextInfoObject(cultureName: $0.name)) },
        ])

    /// `[cultureinfo]`'s static members.
    static let staticMembers = MemberTable<StaticTarget>(
        methods: [
            MethodMember("GetCultureInfo", ["static cultureinfo GetCultureInfo(string name)"]) { _, call in
                .native(try CultureInfo.named(call.string(0), at: call.span))
            },
            MethodMember("new", ["cultureinfo new(string name)"]) { _, call in
                .native(try CultureInfo.named(call.string(0), at: call.span))
            },
            MethodMember("GetCultures", ["static cultureinfo[] GetCultures(System.Globalization.CultureTypes types)"]) { _, _ in
                .list(CultureInfo.builtIn.map { .native($0) })
            },
        ],
        properties: [
            PropertyMember("CurrentCulture", "static cultureinfo CurrentCulture {get;set;}") { _ in .native(CultureInfo.current) },
            PropertyMember("CurrentUICulture", "static cultureinfo CurrentUICulture {get;set;}") { _ in .native(CultureInfo.current) },
            PropertyMember("InvariantCulture", "static cultureinfo InvariantCulture {get;}") { _ in .native(CultureInfo.invariant) },
            PropertyMember("DefaultThreadCurrentCulture", "static cultureinfo DefaultThreadCurrentCulture {get;set;}") { _ in .null },
        ])
}

/// `System.Globalization.DateTimeFormatInfo`: a culture's date names and patterns.
public final class DateTimeFormatInfo: TabledObject, Sendable {
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    // .NET's month name arrays have thirteen entries (a thirteenth month for lunar calendars), the last empty.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December", ""]
    let shortDatePattern: String
    let longDatePattern: String
    let shortTimePattern: String
    let longTimePattern: String
    let monthDayPattern: String
    let yearMonthPattern: String

    init(shortDatePattern: String, longDatePattern: String, shortTimePattern: String, longTimePattern: String,
         monthDayPattern: String, yearMonthPattern: String) {
        self.shortDatePattern = shortDatePattern
        self.longDatePattern = longDatePattern
        self.shortTimePattern = shortTimePattern
        self.longTimePattern = longTimePattern
        self.monthDayPattern = monthDayPattern
        self.yearMonthPattern = yearMonthPattern
    }

    public var typeName: String { "System.Globalization.DateTimeFormatInfo" }
    public var stringValue: String { typeName }

    private static func strings(_ items: [String]) -> Value { .array(ArrayValue(items.map(Value.string), elementType: "System.String")) }

    public static let members = MemberTable<DateTimeFormatInfo>(
        methods: [
            MethodMember("GetDayName", ["string GetDayName(System.DayOfWeek dayofweek)"]) { _, call in
                .string(dayNames[min(max(try call.int32(0), 0), 6)])
            },
            MethodMember("GetAbbreviatedDayName", ["string GetAbbreviatedDayName(System.DayOfWeek dayofweek)"]) { _, call in
                .string(String(dayNames[min(max(try call.int32(0), 0), 6)].prefix(3)))
            },
            MethodMember("GetMonthName", ["string GetMonthName(int month)"]) { _, call in
                let month = try call.int32(0)
                guard (1...13).contains(month) else { throw call.failure("Valid values are between 1 and 13, inclusive. (Parameter 'month')", id: "ArgumentOutOfRangeException") }
                return .string(monthNames[month - 1])
            },
            MethodMember("GetAbbreviatedMonthName", ["string GetAbbreviatedMonthName(int month)"]) { _, call in
                let month = try call.int32(0)
                guard (1...13).contains(month) else { throw call.failure("Valid values are between 1 and 13, inclusive. (Parameter 'month')", id: "ArgumentOutOfRangeException") }
                return .string(String(monthNames[month - 1].prefix(3)))
            },
        ],
        properties: [
            PropertyMember("AMDesignator", "string AMDesignator {get;set;}") { _ in .string("AM") },
            PropertyMember("PMDesignator", "string PMDesignator {get;set;}") { _ in .string("PM") },
            PropertyMember("DateSeparator", "string DateSeparator {get;set;}") { _ in .string("/") },
            PropertyMember("TimeSeparator", "string TimeSeparator {get;set;}") { _ in .string(":") },
            PropertyMember("FirstDayOfWeek", "System.DayOfWeek FirstDayOfWeek {get;set;}") { _ in EnumType.value("System.DayOfWeek", "Sunday") },
            PropertyMember("ShortDatePattern", "string ShortDatePattern {get;set;}") { .string($0.shortDatePattern) },
            PropertyMember("LongDatePattern", "string LongDatePattern {get;set;}") { .string($0.longDatePattern) },
            PropertyMember("ShortTimePattern", "string ShortTimePattern {get;set;}") { .string($0.shortTimePattern) },
            PropertyMember("LongTimePattern", "string LongTimePattern {get;set;}") { .string($0.longTimePattern) },
            PropertyMember("FullDateTimePattern", "string FullDateTimePattern {get;set;}") { .string($0.longDatePattern + " " + $0.longTimePattern) },
            PropertyMember("MonthDayPattern", "string MonthDayPattern {get;set;}") { .string($0.monthDayPattern) },
            PropertyMember("YearMonthPattern", "string YearMonthPattern {get;set;}") { .string($0.yearMonthPattern) },
            PropertyMember("RFC1123Pattern", "string RFC1123Pattern {get;}") { _ in .string("ddd, dd MMM yyyy HH':'mm':'ss 'GMT'") },
            PropertyMember("SortableDateTimePattern", "string SortableDateTimePattern {get;}") { _ in .string("yyyy'-'MM'-'dd'T'HH':'mm':'ss") },
            PropertyMember("UniversalSortableDateTimePattern", "string UniversalSortableDateTimePattern {get;}") { _ in
                .string("yyyy'-'MM'-'dd HH':'mm':'ss'Z'")
            },
            PropertyMember("DayNames", "string[] DayNames {get;set;}") { _ in strings(dayNames) },
            PropertyMember("AbbreviatedDayNames", "string[] AbbreviatedDayNames {get;set;}") { _ in strings(dayNames.map { String($0.prefix(3)) }) },
            PropertyMember("ShortestDayNames", "string[] ShortestDayNames {get;set;}") { _ in strings(dayNames.map { String($0.prefix(2)) }) },
            PropertyMember("MonthNames", "string[] MonthNames {get;set;}") { _ in strings(monthNames) },
            PropertyMember("AbbreviatedMonthNames", "string[] AbbreviatedMonthNames {get;set;}") { _ in strings(monthNames.map { String($0.prefix(3)) }) },
        ])
}

/// `System.Globalization.NumberFormatInfo`: a culture's number symbols.
public final class NumberFormatInfo: TabledObject, Sendable {
    let currencySymbol: String
    init(currencySymbol: String) { self.currencySymbol = currencySymbol }

    public var typeName: String { "System.Globalization.NumberFormatInfo" }
    public var stringValue: String { typeName }

    private static func text(_ name: String, _ value: String) -> PropertyMember<NumberFormatInfo> {
        PropertyMember(name, "string \(name) {get;set;}") { _ in .string(value) }
    }

    private static func number(_ name: String, _ value: Int) -> PropertyMember<NumberFormatInfo> {
        PropertyMember(name, "int \(name) {get;set;}") { _ in .int(value) }
    }

    public static let members = MemberTable<NumberFormatInfo>(methods: [], properties: [
        PropertyMember("CurrencySymbol", "string CurrencySymbol {get;set;}") { .string($0.currencySymbol) },
        number("CurrencyDecimalDigits", 2), text("CurrencyDecimalSeparator", "."), text("CurrencyGroupSeparator", ","),
        number("NumberDecimalDigits", 2), text("NumberDecimalSeparator", "."), text("NumberGroupSeparator", ","),
        number("PercentDecimalDigits", 2), text("PercentDecimalSeparator", "."), text("PercentGroupSeparator", ","),
        text("PercentSymbol", "%"), text("PerMilleSymbol", "‰"), text("NegativeSign", "-"), text("PositiveSign", "+"),
        text("NaNSymbol", "NaN"), text("PositiveInfinitySymbol", "Infinity"), text("NegativeInfinitySymbol", "-Infinity"),
    ])
}
