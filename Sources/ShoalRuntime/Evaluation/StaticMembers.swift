// Static members of the .NET types scripts use most: `[math]`, `[string]`,
// `[int]`, `[datetime]`, `[timespan]`, `[regex]`, `[Environment]`,
// `[System.IO.Path]`, `[guid]`, `[char]`, `[Convert]` and `::new()`.

import CShoal
import Glibc
import ShoalSyntax

/// What a static member works on: the type it was called on, and the
/// runspace (for the members that print or read session state).
struct StaticTarget {
    let type: TypeObject
    let runspace: Runspace
}

enum StaticMembers {
    /// The types whose static members are declared in a member table, by
    /// lower-cased full name (the rest are still in `get`'s switch).
    static let tables: [String: MemberTable<StaticTarget>] = [
        "system.math": MathMembers.table, "system.object": ObjectMembers.table,
        "system.globalization.cultureinfo": CultureInfo.staticMembers,
        "system.timezoneinfo": TimeZoneObject.infoStatics, "system.timezone": TimeZoneObject.legacyStatics,
        "system.numerics.biginteger": NumberStatics.bigInteger, "system.decimal": NumberStatics.decimal,
        "system.management.automation.cmdlet": CmdletStatics.table, "system.management.automation.platform": PlatformStatics.table, "system.uri": UriValue.staticMembers, "system.dbnull": NullSentinel.dbNullStatics,
        "system.management.automation.language.nullstring": NullSentinel.nullStringStatics,
        "system.management.automation.internal.automationnull": NullSentinel.automationNullStatics,
    ]

    /// A .NET Parse method: a value that does not parse is pwsh's
    /// MethodInvocationException around a FormatException (`message`).
    static func parsing(_ method: String, _ arguments: [Value], _ message: String, _ span: SourceSpan,
                        _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch is ScriptError {
            throw ScriptError.methodInvocation(method, argumentCount: arguments.count,
                                               inner: ExceptionObject(message: message, typeName: "System.FormatException"), at: span)
        }
    }

    /// The member table of `type`'s static members, if it has one.
    static func table(for fullName: String) -> MemberTable<StaticTarget>? { tables[fullName.lowercased()] }

    /// A static property (arguments nil) or method call.
    static func get(_ type: TypeObject, _ name: String, arguments: [Value]?, runspace: Runspace, span: SourceSpan) throws -> Value? {
        let member = name.lowercased()
        let args = arguments ?? []
        func number(_ index: Int) throws -> Double {
            guard index < args.count else { return 0 }
            return try Operators.numberOrError(args[index], for: .double(0), at: span).doubleValue
        }
        func text(_ index: Int) -> String { index < args.count ? Conversion.toString(args[index]) : "" }
        func integer(_ index: Int) throws -> Int { try TypeConversion.toInteger(args[safe: index] ?? .int(0), "System.Int32", span) }
        func notFound() -> ScriptError {
            arguments == nil
                ? ScriptError.runtime("The property '\(name)' cannot be found on type [\(type.fullName)].", id: "PropertyNotFound", at: span)
                : ScriptError.runtime("Method invocation failed because [\(type.fullName)] does not contain a method named '\(name)'.",
                                      id: "MethodNotFound", at: span)
        }
        if let definition = type.scriptType {
            return try runspace.staticMember(of: definition, name, arguments: arguments, span: span)
        }
        let typeKey = type.fullName.lowercased()
        if let table = tables[typeKey] {
            let target = StaticTarget(type: type, runspace: runspace)
            if let arguments {
                if let result = try table.invoke(target, member, arguments, span: span) { return result }
            } else if let value = try table.read(target, member) {
                return value
            } else if let method = table.method(member) {
                // A method named without a call: its overloads, as pwsh's PSMethod shows them.
                return .list(method.overloads.map(Value.string))
            }
            throw notFound()
        }
        if let handler = runspace.hooks.staticTypes[typeKey] {
            if let result = try handler(member, arguments, runspace, span) { return result }
            throw notFound()
        }
        if member == "new", type.fullName.hasSuffix("Exception") {
            let message = args.isEmpty ? "Exception of type '\(type.fullName)' was thrown." : text(0)
            var inner: ExceptionObject?
            if args.count > 1, case .native(let innerException as ExceptionObject) = args[1] { inner = innerException }
            return .native(ExceptionObject(message: message, typeName: type.fullName, inner: inner))
        }
        if member == "new", type.fullName == "System.Management.Automation.ErrorRecord" {
            return .error(try ErrorRecord.constructed(from: args, at: span))
        }
        if let enumeration = EnumType.named(type.fullName) {
            if arguments == nil, let value = enumeration.member(name) { return .native(value) }
            throw notFound()
        }
        if type.fullName == "System.Enum", let arguments {
            return try EnumType.invokeStatic(member, arguments, span: span) ?? { throw notFound() }()
        }
        switch type.fullName {
        case "System.Int32", "System.Int64":
            let is32 = type.fullName == "System.Int32"
            switch member {
            case "maxvalue": return .int(is32 ? Int(Int32.max) : Int.max)
            case "minvalue": return .int(is32 ? Int(Int32.min) : Int.min)
            case "parse":
                return try parsing("Parse", args, "The input string '\(text(0))' was not in a correct format.", span) {
                    try TypeConversion.convert(.string(text(0)), toFullName: type.fullName, at: span)
                }
            default: break
            }
        case "System.Double":
            switch member {
            case "maxvalue": return .double(Double.greatestFiniteMagnitude)
            case "minvalue": return .double(-Double.greatestFiniteMagnitude)
            case "nan": return .double(Double.nan)
            case "positiveinfinity": return .double(Double.infinity)
            case "negativeinfinity": return .double(-Double.infinity)
            case "parse":
                return try parsing("Parse", args, "The input string '\(text(0))' was not in a correct format.", span) {
                    try TypeConversion.convert(.string(text(0)), toFullName: "System.Double", at: span)
                }
            case "isnan": return .bool(try number(0).isNaN)
            default: break
            }
        case "System.String":
            switch member {
            case "empty": return .string("")
            case "isnullorempty": return .bool(args.first.map { $0.isNull || Conversion.toString($0).isEmpty } ?? true)
            case "isnullorwhitespace":
                return .bool(args.first.map { $0.isNull || Conversion.toString($0).allSatisfy(\.isWhitespace) } ?? true)
            case "join":
                let separator = text(0)
                let items = args.count == 2 ? args[1].enumeratedItems : Array(args.dropFirst())
                return .string(items.map(Conversion.toString).joined(separator: separator))
            case "concat": return .string(args.flatMap(\.enumeratedItems).map(Conversion.toString).joined())
            case "format": return .string(try Operators.format(text(0), Array(args.dropFirst()).flatMap { args.count == 2 ? $0.enumeratedItems : [$0] }, at: span))
            case "new":
                // The count is an Int32 in .NET; a bigger one cannot even be allocated.
                guard case .int(let count) = try TypeConversion.convert(args[safe: 1] ?? .int(0), toFullName: "System.Int32", at: span) else { break }
                return .string(String(repeating: text(0), count: max(0, count)))
            default: break
            }
        case "System.Char":
            let c = text(0).first ?? " "
            switch member {
            case "isdigit": return .bool(c.isNumber)
            case "isletter": return .bool(c.isLetter)
            case "iswhitespace": return .bool(c.isWhitespace)
            case "isupper": return .bool(c.isUppercase)
            case "islower": return .bool(c.isLowercase)
            case "isletterordigit": return .bool(c.isLetter || c.isNumber)
            case "toupper": return .string(c.uppercased())
            case "tolower": return .string(c.lowercased())
            default: break
            }
        case "System.DateTime":
            switch member {
            case "now": return .native(DateTimeValue.now())
            case "today":
                let now = DateTimeValue.now()
                return .native(DateTimeValue(ticks: now.ticks - now.ticks % DateTimeValue.ticksPerDay, kind: .local))
            case "utcnow":
                var spec = timespec()
                clock_gettime(CLOCK_REALTIME, &spec)
                return .native(DateTimeValue(ticks: (DateTimeValue.unixEpochDays * 86_400 + Int(spec.tv_sec)) * 10_000_000 + Int(spec.tv_nsec) / 100,
                                             kind: .utc))
            case "parse":
                return try parsing("Parse", args, "The string '\(text(0))' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.", span) {
                    try TypeConversion.convert(.string(text(0)), toFullName: "System.DateTime", at: span)
                }
            case "daysinmonth": return .int(DateTimeValue.daysInMonth(try integer(0), try integer(1)))
            case "new":
                guard args.count >= 3 else { break }
                let (year, month, day) = (try integer(0), try integer(1), try integer(2))
                let (hour, minute, second) = (try integer(3), try integer(4), try integer(5))
                guard (1...9999).contains(year), (1...12).contains(month), (1...DateTimeValue.daysInMonth(year, month)).contains(day),
                      (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else {
                    throw ScriptError.runtime("Year, Month, and Day parameters describe an un-representable DateTime.",
                                              id: "ArgumentOutOfRangeException", at: span, type: "System.ArgumentOutOfRangeException")
                }
                return .native(DateTimeValue(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
            default: break
            }
        case "System.TimeSpan":
            switch member {
            case "zero": return .native(TimeSpanValue(ticks: 0))
            case "fromseconds": return .native(try TimeSpanValue.checked(seconds: try number(0), at: span))
            case "frommilliseconds": return .native(try TimeSpanValue.checked(seconds: try number(0) / 1000, at: span))
            case "fromminutes": return .native(try TimeSpanValue.checked(seconds: try number(0) * 60, at: span))
            case "fromhours": return .native(try TimeSpanValue.checked(seconds: try number(0) * 3600, at: span))
            case "fromdays": return .native(try TimeSpanValue.checked(seconds: try number(0) * 86_400, at: span))
            case "fromticks": return .native(TimeSpanValue(ticks: try integer(0)))
            case "parse":
                return try parsing("Parse", args, "String '\(text(0))' was not recognized as a valid TimeSpan.", span) {
                    try TypeConversion.convert(.string(text(0)), toFullName: "System.TimeSpan", at: span)
                }
            case "new":
                if args.count == 3 {
                    return .native(try TimeSpanValue.checked(seconds: Double(try integer(0)) * 3600 + Double(try integer(1)) * 60 + Double(try integer(2)), at: span))
                }
                if args.count == 4 {
                    return .native(try TimeSpanValue.checked(seconds: Double(try integer(0)) * 86_400 + Double(try integer(1)) * 3600
                                                                      + Double(try integer(2)) * 60 + Double(try integer(3)), at: span))
                }
            default: break
            }
        case "System.Text.RegularExpressions.Regex":
            switch member {
            case "escape": return .string(RegexObject.escape(text(0)))
            case "new": return .native(try RegexObject(pattern: text(0), caseSensitive: true, at: span))
            case "ismatch", "match", "matches", "replace", "split":
                let regex = try RegexObject(pattern: text(1), caseSensitive: true, at: span)
                var rest = [args[safe: 0] ?? .string("")]
                if args.count > 2 { rest.append(args[2]) }
                return try regex.invoke(member, rest, context: runspace)
            default: break
            }
        case "System.Environment":
            switch member {
            case "newline": return .string("\n")
            case "machinename": return .string(HostIdentity.machineName)
            case "username": return .string(HostIdentity.userName)
            case "processorcount": return .int(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            case "currentdirectory": return .string(runspace.location)
            case "processid": return .int(Int(getpid()))
            case "getenvironmentvariable":
                guard let value = ProcessEnvironment.get(text(0)) else {
                    return HostIdentity.windowsVariable(text(0)).map(Value.string) ?? .null
                }
                return .string(value)
            case "setenvironmentvariable":
                ProcessEnvironment.set(text(0), args.count > 1 && !args[1].isNull && !text(1).isEmpty ? text(1) : nil)
                return nil
            case "getfolderpath": return try SpecialFolder.getFolderPath(args, at: span)
            case "osversion": return .string("Linux")
            case "is64bitprocess", "is64bitoperatingsystem": return .bool(true)
            case "tickcount", "tickcount64": return .int(MonotonicClock.nanoseconds() / 1_000_000)
            case "exit": throw ControlFlow.exitScript(code: Int32(truncatingIfNeeded: try integer(0)))
            default: break
            }
        case "System.IO.Path":
            switch member {
            case "combine", "join":
                var result = ""
                for part in args.flatMap(\.enumeratedItems).map(Conversion.toString) where !part.isEmpty {
                    if part.hasPrefix("/") || result.isEmpty { result = part }
                    else { result += (result.hasSuffix("/") ? "" : "/") + part }
                }
                return .string(result)
            case "getfilename": return .string(String(text(0).split(separator: "/", omittingEmptySubsequences: false).last ?? ""))
            case "getdirectoryname": return .string(Runspace.directoryName(text(0)))
            case "getextension":
                let file = text(0).split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return .string("") }
                return .string(String(file[dot...]))
            case "getfilenamewithoutextension":
                let file = text(0).split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return .string(file) }
                return .string(String(file[..<dot]))
            case "gettemppath": return .string((getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp") + "/")
            case "directoryseparatorchar": return .native(CharValue("/"))
            case "pathseparator": return .native(CharValue(":"))
            case "isrooted", "ispathrooted": return .bool(text(0).hasPrefix("/"))
            default: break
            }
        case "System.Version":
            switch member {
            case "new" where !args.isEmpty:
                if args.count == 1, case .string = args[0].unwrapped {
                    return try TypeConversion.convert(args[0], toFullName: "System.Version", at: span)
                }
                guard (2...4).contains(args.count) else { break }
                return .native(VersionValue(parts: try args.indices.map { try integer($0) }))
            case "parse":
                return try parsing("Parse", args, "Version string portion was too short or too long.", span) {
                    try TypeConversion.convert(.string(text(0)), toFullName: "System.Version", at: span)
                }
            case "tryparse": return .bool(VersionValue.parse(text(0)) != nil)
            default: break
            }
        case "System.Guid":
            if member == "newguid" || member == "new" { return .native(GuidValue(GuidValue.randomText())) }
            if member == "empty" { return .native(GuidValue("00000000-0000-0000-0000-000000000000")) }
        case "System.Convert":
            switch member {
            case "toint32", "toint64":
                if args.count > 1, let n = Int(text(0).lowercased().replacingAll("0x", with: ""), radix: try integer(1)) { return .int(n) }
                return try TypeConversion.convert(args[safe: 0] ?? .null, toFullName: "System.Int64", at: span)
            case "todouble": return try TypeConversion.convert(args[safe: 0] ?? .null, toFullName: "System.Double", at: span)
            case "tostring":
                if args.count > 1, case .int(let n) = args[0] { return .string(String(n, radix: try integer(1))) }
                return .string(text(0))
            case "toboolean": return .bool(Conversion.toBool(args[safe: 0] ?? .null))
            default: break
            }
        case "System.Collections.Generic.List`1", "System.Collections.ArrayList":
            if member == "new" {
                let initial: [Value] = args.first.map { if case .int = $0 { return [] } else { return $0.enumeratedItems } } ?? []
                return .native(ListObject(initial, isArrayList: type.fullName == "System.Collections.ArrayList"))
            }
        case "System.Text.StringBuilder":
            if member == "new" { return .native(StringBuilderObject(text(0))) }
        case "System.Diagnostics.Stopwatch":
            switch member {
            case "new": return .native(StopwatchObject(running: false))
            case "startnew": return .native(StopwatchObject(running: true))
            case "gettimestamp": return .int(MonotonicClock.nanoseconds())
            case "frequency": return .int(StopwatchObject.frequency)
            case "ishighresolution": return .bool(true)
            default: break
            }
        case "System.Collections.Hashtable":
            if member == "new" { return .hashtable(HashtableValue()) }
            if member == "synchronized" {
                let shared = SynchronizedTable()
                if case .hashtable(let source)? = args.first {
                    if let existing = source.synchronized { return .hashtable(HashtableValue(synchronized: existing)) }
                    for (key, value) in source.entries { shared[key] = value }
                }
                return .hashtable(HashtableValue(synchronized: shared))
            }
        case "System.Collections.Specialized.OrderedDictionary":
            if member == "new" { return .hashtable(HashtableValue(ordered: true)) }
        case "System.Management.Automation.PSCustomObject", "System.Management.Automation.PSObject":
            if member == "new" { return .object(PSObject()) }
        case "System.Management.Automation.ScriptBlock":
            if member == "create" {
                let file = SourceFile(name: "<scriptblock>", text: text(0))
                do {
                    return .scriptBlock(ScriptBlock(try Parser.parseScript(file)))
                } catch {
                    throw ScriptError.methodInvocation("Create", argumentCount: args.count,
                                                       inner: ExceptionObject(parseError: error), at: span)
                }
            }
        case "System.Threading.Thread":
            if member == "sleep" {
                try runspace.sleep(seconds: try number(0) / 1000)
                return nil
            }
            if member == "currentthread" { return .native(ThreadInfoObject.current) }
        case "System.Console":
            switch member {
            case "writeline":
                runspace.host.writeOutput(text(0) + "\n")
                return nil
            case "write":
                runspace.host.writeOutput(text(0))
                return nil
            default: break
            }
        default:
            break
        }
        throw notFound()
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// `[guid]`.
/// A `[guid]`: prints as its text, shows as a one-column table (Guid).
public final class GuidValue: TabularObject {
    public let text: String
    public init(_ text: String) { self.text = text }
    public var typeName: String { "System.Guid" }
    public var stringValue: String { text }
    public var propertyNames: [String] { ["Guid"] }
    public func property(_ name: String) -> Value? { name.lowercased() == "guid" ? .string(text) : nil }

    /// `ToString('N')` and .NET's other formats: D (the default), N (no
    /// dashes), B (braces), P (parentheses), X (hexadecimal fields).
    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        guard method.lowercased() == "tostring", arguments.count <= 1 else { return nil }
        let format = arguments.first.map(Conversion.toString) ?? "D"
        let digits = text.filter { $0 != "-" }
        switch format {
        case "", "D", "d": return .string(text)
        case "N", "n": return .string(digits)
        case "B", "b": return .string("{" + text + "}")
        case "P", "p": return .string("(" + text + ")")
        case "X", "x":
            let hex = Array(digits)
            func field(_ range: Range<Int>) -> String { "0x" + String(hex[range]) }
            let bytes = stride(from: 16, to: 32, by: 2).map { field($0..<$0 + 2) }.joined(separator: ",")
            return .string("{\(field(0..<8)),\(field(8..<12)),\(field(12..<16)),{\(bytes)}}")
        default:
            throw ScriptError.runtime(
                "Exception calling \"ToString\" with \"1\" argument(s): \"Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".\"",
                id: "FormatException", at: nil, type: "System.Management.Automation.MethodInvocationException")
        }
    }

    /// A new random (version 4) GUID's text.
    public static func randomText() -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        cshoal_random_bytes(&bytes, 16)
        bytes[6] = (bytes[6] & 0x0f) | 0x40
        bytes[8] = (bytes[8] & 0x3f) | 0x80
        let chars = Array(bytes.map { String($0, radix: 16).leftPadded(2) }.joined())
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }

    /// The canonical text of a GUID written in any of .NET's forms
    /// (`N`, `D`, `B`, `P`), or nil.
    public static func parse(_ text: String) -> String? {
        var hex = text.trimmingCharacters()
        if (hex.hasPrefix("{") && hex.hasSuffix("}")) || (hex.hasPrefix("(") && hex.hasSuffix(")")) { hex = String(hex.dropFirst().dropLast()) }
        let dashes = hex.filter { $0 == "-" }.count
        if dashes == 4 {
            let groups = hex.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
            guard groups == [8, 4, 4, 4, 12] else { return nil }
            hex.removeAll { $0 == "-" }
        } else if dashes != 0 {
            return nil
        }
        guard hex.count == 32, hex.allSatisfy(\.isHexDigit) else { return nil }
        let chars = Array(hex.lowercased())
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }
}

/// `[System.Text.StringBuilder]`.
final class StringBuilderObject: NativeObject {
    var text: String
    init(_ text: String) { self.text = text }
    var typeName: String { "System.Text.StringBuilder" }
    var stringValue: String { text }
    var propertyNames: [String] { ["Length"] }
    func property(_ name: String) -> Value? { name.lowercased() == "length" ? .int(text.count) : nil }
    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "append": text += arguments.first.map(Conversion.toString) ?? ""; return .native(self)
        case "appendline": text += (arguments.first.map(Conversion.toString) ?? "") + "\n"; return .native(self)
        case "clear": text = ""; return .native(self)
        case "tostring": return .string(text)
        case "insert":
            let index = try TypeConversion.toInteger(arguments[safe: 0] ?? .int(0), "System.Int32", nil)
            let chars = Array(text)
            guard index >= 0, index <= chars.count else { return .native(self) }
            text = String(chars[..<index]) + (arguments.count > 1 ? Conversion.toString(arguments[1]) : "") + String(chars[index...])
            return .native(self)
        default: return nil
        }
    }
}

extension TypeObject {
    /// Get-Member -Static's rows for this type: the members of its table
    /// (none for a type whose static members are not in one yet), and the
    /// two every type has.
    public var staticMemberListing: [(name: String, kind: String, definition: String)] {
        let common = [("Equals", "Method", "static bool Equals(System.Object objA, System.Object objB)"),
                      ("ReferenceEquals", "Method", "static bool ReferenceEquals(System.Object objA, System.Object objB)")]
        return (StaticMembers.table(for: fullName)?.listing ?? []) + common
    }

    /// What completion offers after `[type]::`.
    public var staticCompletionNames: [String] { StaticMembers.table(for: fullName)?.completionNames ?? [] }
}
