// Static members of .NET types: `[math]::Round(2.5)`, `[string]::Join(...)`,
// `[datetime]::Now`, `[type]::new(...)`. Most types declare theirs in a
// member table (Values/Statics/ and the types' own files), which calls,
// `Get-Member -Static` and completion all read; `get`'s switch keeps the
// constructors of a few collection and helper types, and Console/Thread.

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
        "system.collections.generic.list`1": CollectionStatics.list(isArrayList: false),
        "system.collections.arraylist": CollectionStatics.list(isArrayList: true),
        "system.collections.hashtable": CollectionStatics.hashtable,
        "system.collections.specialized.ordereddictionary": CollectionStatics.orderedDictionary,
        "system.management.automation.pscustomobject": CollectionStatics.psObject,
        "system.management.automation.psobject": CollectionStatics.psObject,
        "system.text.stringbuilder": CollectionStatics.stringBuilder,
        "system.diagnostics.stopwatch": RuntimeStatics.stopwatch, "system.threading.thread": RuntimeStatics.thread,
        "system.console": RuntimeStatics.console, "system.management.automation.scriptblock": RuntimeStatics.scriptBlock,
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
        func text(_ index: Int) -> String { index < args.count ? Conversion.toString(args[index]) : "" }
        // A member an enum lacks (its values are all there is): `$null` for
        // a property, as pwsh gives it (an error under strict mode),
        // MethodNotFound for a call.
        func notFound() throws -> Value {
            guard arguments != nil else { return try runspace.missingStaticProperty(name, span: span) }
            throw ScriptError.runtime("Method invocation failed because [\(type.fullName)] does not contain a method named '\(name)'.",
                                      id: "MethodNotFound", at: span)
        }
        // A member a .NET type's table lacks: the table holds what shoal
        // implements, not every member the type has, so a property is an
        // error rather than a `$null` the real type may not give
        // (`[Console]::WindowHeight`).
        func unknown() throws -> Value {
            guard arguments == nil else { return try notFound() }
            throw ScriptError.runtime("The property '\(name)' cannot be found on type [\(type.fullName)].", id: "PropertyNotFound", at: span)
        }
        if let definition = type.scriptType {
            return try runspace.staticMember(of: definition, name, arguments: arguments, span: span)
        }
        let typeKey = type.fullName.lowercased()
        if let table = tables[typeKey] {
            let target = StaticTarget(type: type, runspace: runspace)
            if let arguments {
                if let result = try table.invoke(target, member, arguments, span: span) { return VoidResult.output(of: result) }
            } else if let value = try table.read(target, member) {
                return value
            } else if let method = table.method(member) {
                // A method named without a call: its overloads, as pwsh's PSMethod shows them.
                return .list(method.overloads.map(Value.string))
            }
            return try unknown()
        }
        if let handler = runspace.hooks.staticTypes[typeKey] {
            if let result = try handler(member, arguments, runspace, span) { return result }
            return try unknown()
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
            return try notFound()
        }
        if type.fullName == "System.Enum", let arguments {
            return try EnumType.invokeStatic(member, arguments, span: span) ?? notFound()
        }
        return try unknown()
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
