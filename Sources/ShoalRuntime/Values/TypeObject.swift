// Type literals (`[int]`, `[math]`) and the table of type names shoal
// knows, with their .NET full names and accelerator aliases.

import Synchronization

/// A type as a value: what `[int]` evaluates to and `GetType()` returns.
public final class TypeObject: NativeObject {
    /// The canonical full name, e.g. `System.Int32`.
    public let fullName: String
    /// A class or enum a script defined, when the type is one.
    public let scriptType: ScriptTypeDefinition?

    public init(name: String) {
        self.fullName = TypeObject.resolve(name) ?? name
        scriptType = nil
    }

    public init(scriptType: ScriptTypeDefinition) {
        fullName = scriptType.name
        self.scriptType = scriptType
    }

    /// The enumeration this type is: a script's enum or one shoal knows.
    public var enumeration: EnumType? {
        if case .enumType(let type)? = scriptType { return type }
        return EnumType.named(fullName)
    }

    public var typeName: String { "System.RuntimeType" }
    public var stringValue: String { fullName }
    public var shortName: String { String(fullName.split(separator: ".").last ?? Substring(fullName)) }
    public var propertyNames: [String] { ["Name", "FullName"] }

    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "name": return .string(shortName)
        case "fullname": return .string(fullName)
        case "basetype":
            if case .classType(let type)? = scriptType, let base = type.base { return .native(TypeObject(scriptType: .classType(base))) }
            return .native(TypeObject(name: "System.Object"))
        case "isarray": return .bool(fullName.hasSuffix("[]"))
        case "isenum": return .bool(enumeration != nil)
        default: return nil
        }
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "tostring": return .string(fullName)
        case "gettype": return .native(TypeObject(name: "System.RuntimeType"))
        case "getenumnames":
            guard let enumeration else { return nil }
            return .list(enumeration.members.map { .string($0.name) })
        case "getenumvalues":
            guard let enumeration else { return nil }
            return .list(enumeration.members.map { .native(EnumValue(enumeration, $0.value)) })
        default: return nil
        }
    }

    static let accelerators: [String: String] = [
        "int": "System.Int32", "int32": "System.Int32", "long": "System.Int64", "int64": "System.Int64",
        "byte": "System.Byte", "short": "System.Int16", "int16": "System.Int16", "uint": "System.UInt32",
        "uint32": "System.UInt32", "ulong": "System.UInt64", "uint64": "System.UInt64", "sbyte": "System.SByte",
        "ushort": "System.UInt16", "uint16": "System.UInt16", "bigint": "System.Numerics.BigInteger",
        "numerics.biginteger": "System.Numerics.BigInteger",
        "double": "System.Double", "float": "System.Single", "single": "System.Single", "decimal": "System.Decimal",
        "string": "System.String", "bool": "System.Boolean", "boolean": "System.Boolean", "char": "System.Char",
        "object": "System.Object", "array": "System.Array", "hashtable": "System.Collections.Hashtable",
        "ordered": "System.Collections.Specialized.OrderedDictionary",
        "pscustomobject": "System.Management.Automation.PSCustomObject",
        "psobject": "System.Management.Automation.PSObject",
        "datetime": "System.DateTime", "timespan": "System.TimeSpan", "regex": "System.Text.RegularExpressions.Regex",
        "void": "System.Void", "scriptblock": "System.Management.Automation.ScriptBlock",
        "math": "System.Math", "type": "System.Type", "switch": "System.Management.Automation.SwitchParameter",
        "guid": "System.Guid", "environment": "System.Environment", "convert": "System.Convert",
        "errorrecord": "System.Management.Automation.ErrorRecord", "exception": "System.Exception",
        "runspacefactory": "System.Management.Automation.Runspaces.RunspaceFactory",
        "powershell": "System.Management.Automation.PowerShell",
        "collections.arraylist": "System.Collections.ArrayList", "arraylist": "System.Collections.ArrayList",
        "io.path": "System.IO.Path", "io.file": "System.IO.File", "io.directory": "System.IO.Directory",
        "text.stringbuilder": "System.Text.StringBuilder", "stringbuilder": "System.Text.StringBuilder",
        "threading.thread": "System.Threading.Thread", "diagnostics.stopwatch": "System.Diagnostics.Stopwatch",
        "version": "System.Version", "uri": "System.Uri", "xml": "System.Xml.XmlDocument", "cultureinfo": "System.Globalization.CultureInfo",
        "timezoneinfo": "System.TimeZoneInfo", "timezone": "System.TimeZone", "console": "System.Console",
        "object[]": "System.Object[]", "string[]": "System.String[]", "int[]": "System.Int32[]",
        "long[]": "System.Int64[]", "double[]": "System.Double[]", "bool[]": "System.Boolean[]",
        "hashtable[]": "System.Collections.Hashtable[]", "psobject[]": "System.Management.Automation.PSObject[]",
        "pscustomobject[]": "System.Management.Automation.PSCustomObject[]", "char[]": "System.Char[]",
        "byte[]": "System.Byte[]", "scriptblock[]": "System.Management.Automation.ScriptBlock[]",
        "dbnull": "System.DBNull", "nullstring": "System.Management.Automation.Language.NullString", "nullable": "System.Nullable", "enum": "System.Enum",
    ]

    /// The accelerators' full names by their lower-cased form.
    static let canonicalFullNames: [String: String] = Dictionary(accelerators.values.map { ($0.lowercased(), $0) },
                                                                 uniquingKeysWith: { first, _ in first })

    static let knownFullNames: Set<String> = Set(accelerators.values.map { $0.lowercased() }).union([
        "system.exception", "system.systemexception", "system.management.automation.nativeargumentpassingstyle", "system.management.automation.runtimeexception",
        "system.dividebyzeroexception", "system.argumentexception", "system.invalidoperationexception",
        "system.io.ioexception", "system.io.filenotfoundexception", "system.formatexception",
        "system.management.automation.itemnotfoundexception", "system.management.automation.commandnotfoundexception",
        "system.management.automation.parameterbindingexception", "system.invalidcastexception",
        "system.management.automation.psinvalidcastexception", "system.collections.generic.list",
        "system.management.automation.actionpreferencestopexception", "system.argumentoutofrangeexception",
        "system.notsupportedexception", "system.timeoutexception", "system.management.automation.methodinvocationexception",
        "system.arithmeticexception", "system.overflowexception", "system.management.automation.pipelinestoppedexception",
        "microsoft.powershell.commands.writeerrorexception", "system.unauthorizedaccessexception",
        "system.io.directorynotfoundexception", "system.argumentnullexception",
        "system.management.automation.job", "system.management.automation.job2",
        "system.management.automation.commandinfo", "system.management.automation.aliasinfo",
        "system.management.automation.functioninfo", "system.management.automation.filterinfo",
        "system.management.automation.cmdletinfo", "system.management.automation.applicationinfo",
        "system.management.automation.psremotingjob", "microsoft.powershell.threadjob.threadjob",
        "system.management.automation.pstaskjob", "system.globalization.datetimeformatinfo",
        "system.globalization.numberformatinfo", "system.management.automation.cmdlet",
        "system.management.automation.internal.automationnull", "system.valuetype",
        "system.management.automation.platform", "system.text.regularexpressions.matchevaluator",
    ]).union(madeByCommandsOnly.map { $0.lowercased() })

    /// Types scripts test for (`-is [System.IO.FileInfo]`) whose objects
    /// only commands make: a cast to one from anything else is an error.
    static let madeByCommandsOnly: Set<String> = [
        "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.Diagnostics.Process",
        "System.Management.Automation.PathInfo",
    ]

    /// The full name of a type written in a script, or nil if unknown.
    public static func resolve(_ written: String) -> String? {
        // Casts and typed parameters resolve the same few names over and
        // over (`[pscustomobject]` in a loop): remember the answers.
        if let known = resolved.withLock({ $0[written] }) { return known.isEmpty ? nil : known }
        let answer = resolveUncached(written)
        resolved.withLock { cache in
            if cache.count >= 4096 { cache.removeAll(keepingCapacity: true) }
            cache[written] = answer ?? ""
        }
        return answer
    }

    /// Written type name → full name ("" for unknown), shared by all threads.
    private static let resolved = Mutex<[String: String]>([:])

    private static func resolveUncached(_ written: String) -> String? {
        let key = written.replacingBlanks().lowercased()
        if let full = accelerators[key] { return full }
        let withoutSystem = key.hasPrefix("system.") ? String(key.dropFirst(7)) : key
        if let full = accelerators[withoutSystem] { return full }
        if let enumeration = EnumType.named(key) ?? EnumType.named("system." + key) { return enumeration.fullName }
        // A full name written in any case is the accelerator's spelling (`PSObject`, not `Psobject`).
        if let canonical = canonicalFullNames[key] { return canonical }
        if knownFullNames.contains(key) { return canonicalCase(written) }
        if knownFullNames.contains("system." + key) { return "System." + canonicalCase(written) }
        if key.hasPrefix("system.collections.generic.list[") || key.hasPrefix("collections.generic.list[")
            || key.hasPrefix("list[") {
            return "System.Collections.Generic.List`1"
        }
        if key.hasPrefix("system.collections.generic.dictionary[") || key.hasPrefix("collections.generic.dictionary[") {
            return "System.Collections.Hashtable"
        }
        if key.hasSuffix("[]"), let element = resolveUncached(String(written.dropLast(2))) {
            return element + "[]"
        }
        return nil
    }

    static func canonicalCase(_ written: String) -> String {
        written.split(separator: ".").map { part in part.prefix(1).uppercased() + part.dropFirst() }.joined(separator: ".")
    }
}

extension String {
    func replacingBlanks() -> String { String(unicodeScalars.filter { $0 != " " && $0 != "\t" }.map(Character.init)) }
}
