// .NET enumerations that scripts name (`[System.Management.Automation.JobState]::Completed`,
// `[ConsoleColor]::Red`, `[powershell]::Create([System.Management.Automation.RunspaceMode]::NewRunspace)`):
// their members and values, conversion from names and numbers with
// PowerShell's error when nothing matches, and the values themselves.

import ShoalSyntax

/// An enumeration shoal knows, with .NET's member names and values.
public struct EnumType: Sendable {
    public let fullName: String
    public let members: [(name: String, value: Int)]
    /// A [Flags] enumeration: values combine, names join with ", ".
    public let isFlags: Bool

    init(_ fullName: String, _ names: [String], values: [Int]? = nil, isFlags: Bool = false) {
        self.fullName = fullName
        self.members = Array(zip(names, values ?? Array(names.indices)))
        self.isFlags = isFlags
    }

    /// Apart from the others: every runspace's preference variables hold its values, and
    /// starting one should not build the table of every enumeration.
    static let actionPreference = EnumType("System.Management.Automation.ActionPreference",
                                           ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"])

    static let known: [String: EnumType] = {
        let types = [
            EnumType("System.Management.Automation.JobState",
                     ["NotStarted", "Running", "Completed", "Failed", "Stopped", "Blocked", "Suspended", "Disconnected",
                      "Suspending", "Stopping", "AtBreakpoint"]),
            EnumType("System.Management.Automation.PSInvocationState",
                     ["NotStarted", "Running", "Stopping", "Stopped", "Completed", "Failed", "Disconnected"]),
            EnumType("System.Management.Automation.RunspaceMode", ["CurrentRunspace", "NewRunspace"]),
            EnumType("System.Management.Automation.ErrorCategory", ErrorCategory.allCases.map(\.name)),
            actionPreference,
            EnumType("System.ConsoleColor", PSStyle.consoleColors),
            EnumType("System.DayOfWeek", ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
            EnumType("System.StringComparison",
                     ["CurrentCulture", "CurrentCultureIgnoreCase", "InvariantCulture", "InvariantCultureIgnoreCase",
                      "Ordinal", "OrdinalIgnoreCase"]),
            EnumType("System.Management.Automation.OutputRendering", ["Host", "PlainText", "Ansi"]),
            EnumType("System.Net.HttpStatusCode",
                     ["Continue", "SwitchingProtocols", "OK", "Created", "Accepted", "NonAuthoritativeInformation", "NoContent",
                      "ResetContent", "PartialContent", "Ambiguous", "Moved", "Redirect", "RedirectMethod", "NotModified",
                      "TemporaryRedirect", "PermanentRedirect", "BadRequest", "Unauthorized", "PaymentRequired", "Forbidden",
                      "NotFound", "MethodNotAllowed", "NotAcceptable", "RequestTimeout", "Conflict", "Gone", "LengthRequired",
                      "PreconditionFailed", "RequestEntityTooLarge", "UnsupportedMediaType", "RequestedRangeNotSatisfiable",
                      "UnprocessableEntity", "TooManyRequests", "InternalServerError", "NotImplemented", "BadGateway",
                      "ServiceUnavailable", "GatewayTimeout", "HttpVersionNotSupported"],
                     values: [100, 101, 200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 304, 307, 308, 400, 401, 402, 403,
                              404, 405, 406, 408, 409, 410, 411, 412, 413, 415, 416, 422, 429, 500, 501, 502, 503, 504, 505]),
            EnumType("Microsoft.PowerShell.Commands.WebRequestMethod",
                     ["Default", "Get", "Head", "Post", "Put", "Delete", "Trace", "Options", "Merge", "Patch"]),
            EnumType("System.Management.Automation.ProgressView", ["Minimal", "Classic"]),
            EnumType("System.Management.Automation.CommandTypes",
                     ["Alias", "Function", "Filter", "Cmdlet", "ExternalScript", "Application", "Script", "Configuration", "All"],
                     values: [1, 2, 4, 8, 16, 32, 64, 256, 383], isFlags: true),
            EnumType("System.Security.AccessControl.AceFlags",
                     ["None", "ObjectInherit", "ContainerInherit", "NoPropagateInherit", "InheritOnly", "InheritanceFlags",
                      "Inherited", "SuccessfulAccess", "FailedAccess", "AuditFlags"],
                     values: [0, 1, 2, 4, 8, 15, 16, 64, 128, 192], isFlags: true),
            SpecialFolder.enumeration,
            EnumType("System.Reflection.MemberTypes",
                     ["Constructor", "Event", "Field", "Method", "Property", "TypeInfo", "Custom", "NestedType", "All"],
                     values: [1, 2, 4, 8, 16, 32, 64, 128, 191], isFlags: true),
            EnumType("System.Management.Automation.SplitOptions",
                     ["SimpleMatch", "RegexMatch", "CultureInvariant", "IgnorePatternWhitespace", "Multiline", "Singleline",
                      "IgnoreCase", "ExplicitCapture"], values: [1, 2, 4, 8, 16, 32, 64, 128], isFlags: true),
            EnumType("System.StringSplitOptions", ["None", "RemoveEmptyEntries", "TrimEntries"], values: [0, 1, 2], isFlags: true),
            EnumType("System.IO.FileAttributes",
                     ["ReadOnly", "Hidden", "System", "Directory", "Archive", "Device", "Normal", "Temporary", "SparseFile",
                      "ReparsePoint", "Compressed", "Offline", "NotContentIndexed", "Encrypted", "IntegrityStream", "NoScrubData"],
                     values: [1, 2, 4, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 131072], isFlags: true),
        ]
        return Dictionary(uniqueKeysWithValues: types.map { ($0.fullName.lowercased(), $0) })
    }()

    /// A member of a known enumeration as a script value (the runtime's own
    /// values: a job's State); a string if either name is unknown.
    public static func value(_ fullName: String, _ member: String) -> Value {
        named(fullName)?.member(member).map { .native($0) } ?? .string(member)
    }

    /// The enumeration with this full name (any case), if shoal knows it.
    public static func named(_ fullName: String) -> EnumType? { known[fullName.lowercased()] }

    /// The member called `name` (any case).
    public func member(_ name: String) -> EnumValue? {
        let folded = name.lowercased()
        guard let found = members.first(where: { $0.name.lowercased() == folded }) else { return nil }
        return EnumValue(self, found.value)
    }

    /// A value as this enumeration, as a cast or a typed parameter makes it:
    /// a member name (for flags, several joined by commas), a number, or a
    /// value of the enumeration. Nil when nothing matches.
    public func convert(_ value: Value) -> EnumValue? {
        switch value {
        case .native(let other as EnumValue): return defined(other.rawValue)
        case .int(let number): return defined(number)
        case .double(let number) where number == number.rounded(): return defined(Int(number))
        case .string(let text):
            let trimmed = text.trimmingCharacters()
            if let number = Int(trimmed) { return defined(number) }
            var total = 0
            for part in trimmed.split(separator: ",") {
                guard let member = member(String(part).trimmingCharacters()) else { return nil }
                total |= member.rawValue
            }
            if !isFlags, trimmed.contains(",") { return nil }
            return trimmed.isEmpty ? nil : EnumValue(self, total)
        default:
            return nil
        }
    }

    private func defined(_ number: Int) -> EnumValue? {
        if isFlags || members.contains(where: { $0.value == number }) { return EnumValue(self, number) }
        return nil
    }

    /// `value` as this enumeration for a property being set, or pwsh's
    /// `Exception setting "Name": "Cannot convert value ..."` error.
    public func convert(_ value: Value, settingProperty property: String, at span: SourceSpan?) throws -> EnumValue {
        guard let member = convert(value) else {
            throw ScriptError.settingFailed(property, "Cannot convert value \"\(Conversion.toString(value))\" to type \"\(fullName)\". Error: \"\(mismatch(value))\"", at: span)
        }
        return member
    }

    /// PowerShell's message when a value matches no member.
    func mismatch(_ value: Value) -> String {
        "Unable to match the identifier name \(Conversion.toString(value)) to a valid enumerator name. Specify one of the following enumerator names and try again:\n"
            + members.map(\.name).joined(separator: ", ")
    }
}

/// One value of an enumeration: prints as its name, compares and converts
/// as its number or its name.
public final class EnumValue: NativeObject, Sendable {
    public let type: EnumType
    public let rawValue: Int

    init(_ type: EnumType, _ rawValue: Int) {
        self.type = type
        self.rawValue = rawValue
    }

    public var typeName: String { type.fullName }

    public var stringValue: String {
        if let exact = type.members.first(where: { $0.value == rawValue }) { return exact.name }
        guard type.isFlags, rawValue != 0 else { return String(rawValue) }
        let parts = type.members.filter { $0.value != 0 && rawValue & $0.value == $0.value }
        return parts.isEmpty ? String(rawValue) : parts.map(\.name).joined(separator: ", ")
    }

    public var propertyNames: [String] { ["value__"] }

    public func property(_ name: String) -> Value? {
        name.lowercased() == "value__" ? .int(rawValue) : nil
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "tostring": return .string(stringValue)
        case "hasflag":
            guard let flag = arguments.first.flatMap(type.convert) else { return .bool(false) }
            return .bool(rawValue & flag.rawValue == flag.rawValue)
        case "gethashcode": return .int(rawValue)
        case "equals": return .bool(Operators.looselyEqual(.native(self), arguments.first ?? .null, caseSensitive: false))
        default: return nil
        }
    }
}

extension EnumType {
    /// `[Enum]::GetNames([T])`, `GetValues`, `Parse`, `IsDefined`, `ToObject`.
    static func invokeStatic(_ member: String, _ arguments: [Value], span: SourceSpan) throws -> Value? {
        let type: TypeObject
        switch arguments.first {
        case .native(let given as TypeObject)?: type = given
        case .string(let name)? where TypeObject.resolve(name) != nil:
            // As .NET's conversion to System.Type: a type's name stands for it (`GetNames("System.DayOfWeek")`).
            type = TypeObject(name: name)
        default:
            throw ScriptError.runtime("Cannot convert argument \"enumType\" to type \"System.Type\".", id: "MethodArgumentConversionInvalidCastArgument",
                                      at: span, type: "System.Management.Automation.MethodException")
        }
        guard let enumeration = type.enumeration else {
            throw ScriptError.runtime("Type provided must be an Enum. (Parameter 'enumType')", id: "ArgumentException", at: span,
                                      type: "System.ArgumentException")
        }
        let argument = arguments.count > 1 ? arguments[1] : .null
        switch member {
        case "getnames": return .list(enumeration.members.map { .string($0.name) })
        case "getvalues": return .list(enumeration.members.map { .native(EnumValue(enumeration, $0.value)) })
        case "isdefined": return .bool(enumeration.convert(argument) != nil && !Conversion.toString(argument).contains(","))
        case "parse", "toobject":
            guard let value = enumeration.convert(argument) else {
                throw ScriptError.runtime("Exception calling \"\(member == "parse" ? "Parse" : "ToObject")\": \"Requested value '\(Conversion.toString(argument))' was not found.\"",
                                          id: "ArgumentException", at: span, type: "System.Management.Automation.MethodInvocationException")
            }
            return .native(value)
        default: return nil
        }
    }
}
