// Static members of .NET types: `[math]::Round(2.5)`, `[string]::Join(...)`,
// `[datetime]::Now`, `[type]::new(...)`. Most types declare theirs in a
// member table (Values/Statics/ and the types' own files), which calls,
// `Get-Member -Static` and completion all read; `get`'s switch keeps the
// constructors of a few collection and helper types, and Console/Thread.

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
    /// lower-cased full name.
    static let tables: [String: MemberTable<StaticTarget>] = [
        "system.math": MathMembers.table, "system.object": ObjectMembers.table,
        "system.globalization.cultureinfo": CultureInfo.staticMembers,
        "system.timezoneinfo": TimeZoneObject.infoStatics, "system.timezone": TimeZoneObject.legacyStatics,
        "system.numerics.biginteger": NumberStatics.bigInteger, "system.decimal": NumberStatics.decimal,
        "system.management.automation.cmdlet": CmdletStatics.table, "system.management.automation.platform": PlatformStatics.table, "system.uri": UriValue.staticMembers, "system.dbnull": NullSentinel.dbNullStatics,
        "system.management.automation.language.nullstring": NullSentinel.nullStringStatics,
        "system.management.automation.internal.automationnull": NullSentinel.automationNullStatics,
        "system.string": StringStatics.string, "system.char": StringStatics.char,
        "system.int32": NumberStatics.int32, "system.int64": NumberStatics.int64, "system.double": NumberStatics.double,
        "system.datetime": DateStatics.dateTime, "system.timespan": DateStatics.timeSpan,
        "system.environment": SystemStatics.environment, "system.io.path": SystemStatics.path,
        "system.text.regularexpressions.regex": SystemStatics.regex, "system.version": SystemStatics.version,
        "system.guid": SystemStatics.guid, "system.convert": SystemStatics.convert,
    ]

    /// A .NET Parse method: a value that does not parse is pwsh's
    /// MethodInvocationException around a FormatException (`message`).
    static func parsing(_ method: String, _ arguments: [Value], _ message: String, _ span: SourceSpan?,
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
                if let result = try table.invoke(target, member, arguments, span: span) {
                    if case .native(let marker) = result, marker is VoidResult { return nil }
                    return result
                }
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
