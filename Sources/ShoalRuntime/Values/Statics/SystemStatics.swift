// `[Environment]`, `[System.IO.Path]`, `[regex]`, `[version]`, `[guid]` and
// `[Convert]`: their static members as scripts use them, declared once for
// calls, `Get-Member -Static` and completion after `[type]::`.

import Glibc

enum SystemStatics {
    /// `[Environment]`'s static members.
    static let environment = MemberTable<StaticTarget>(
        methods: [
            MethodMember("Exit", ["static void Exit(int exitCode)"]) { _, call in
                throw ControlFlow.exitScript(code: Int32(truncatingIfNeeded: try call.int32(0)))
            },
            MethodMember("GetEnvironmentVariable", ["static string GetEnvironmentVariable(string variable)"]) { _, call in
                guard let value = ProcessEnvironment.get(call.string(0)) else {
                    return HostIdentity.windowsVariable(call.string(0)).map(Value.string) ?? .null
                }
                return .string(value)
            },
            MethodMember("GetFolderPath", ["static string GetFolderPath(System.Environment+SpecialFolder folder)"]) { _, call in
                try SpecialFolder.getFolderPath(call.arguments, at: call.span)
            },
            MethodMember("SetEnvironmentVariable", ["static void SetEnvironmentVariable(string variable, string value)"]) { _, call in
                let value = call.count > 1 && !call.arguments[1].isNull && !call.string(1).isEmpty ? call.string(1) : nil
                ProcessEnvironment.set(call.string(0), value)
                return VoidResult.value
            },
        ],
        properties: [
            PropertyMember("CurrentDirectory", "static string CurrentDirectory {get;set;}") { target in .string(target.runspace.location) },
            PropertyMember("Is64BitOperatingSystem", "static bool Is64BitOperatingSystem {get;}") { _ in .bool(true) },
            PropertyMember("Is64BitProcess", "static bool Is64BitProcess {get;}") { _ in .bool(true) },
            PropertyMember("MachineName", "static string MachineName {get;}") { _ in .string(HostIdentity.machineName) },
            PropertyMember("NewLine", "static string NewLine {get;}") { _ in .string("\n") },
            PropertyMember("OSVersion", "static System.OperatingSystem OSVersion {get;}") { _ in .string("Linux") },
            PropertyMember("ProcessId", "static int ProcessId {get;}") { _ in .int(Int(getpid())) },
            PropertyMember("ProcessorCount", "static int ProcessorCount {get;}") { _ in .int(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) },
            PropertyMember("TickCount", "static int TickCount {get;}") { _ in .int(MonotonicClock.nanoseconds() / 1_000_000) },
            PropertyMember("TickCount64", "static long TickCount64 {get;}") { _ in .int(MonotonicClock.nanoseconds() / 1_000_000) },
            PropertyMember("UserName", "static string UserName {get;}") { _ in .string(HostIdentity.userName) },
        ])

    /// `[System.IO.Path]`'s static members.
    static let path = MemberTable<StaticTarget>(
        methods: [
            MethodMember("Combine", ["static string Combine(Params string[] paths)"]) { _, call in combine(call) },
            MethodMember("GetDirectoryName", ["static string GetDirectoryName(string path)"]) { _, call in
                .string(Runspace.directoryName(call.string(0)))
            },
            MethodMember("GetExtension", ["static string GetExtension(string path)"]) { _, call in
                let file = fileName(call.string(0))
                guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return .string("") }
                return .string(String(file[dot...]))
            },
            MethodMember("GetFileName", ["static string GetFileName(string path)"]) { _, call in .string(fileName(call.string(0))) },
            MethodMember("GetFileNameWithoutExtension", ["static string GetFileNameWithoutExtension(string path)"]) { _, call in
                let file = fileName(call.string(0))
                guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return .string(file) }
                return .string(String(file[..<dot]))
            },
            MethodMember("GetTempPath", ["static string GetTempPath()"]) { _, _ in
                .string((getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp") + "/")
            },
            MethodMember("IsPathRooted", ["static bool IsPathRooted(string path)"]) { _, call in .bool(call.string(0).hasPrefix("/")) },
            MethodMember("Join", ["static string Join(Params string[] paths)"]) { _, call in combine(call) },
        ],
        properties: [
            PropertyMember("DirectorySeparatorChar", "static char DirectorySeparatorChar {get;}") { _ in .native(CharValue("/")) },
            PropertyMember("PathSeparator", "static char PathSeparator {get;}") { _ in .native(CharValue(":")) },
        ])

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    /// Combine and Join: a rooted part starts over, as .NET's Combine does.
    private static func combine(_ call: MethodCall) -> Value {
        var result = ""
        for part in call.arguments.flatMap(\.enumeratedItems).map(Conversion.toString) where !part.isEmpty {
            if part.hasPrefix("/") || result.isEmpty { result = part } else { result += (result.hasSuffix("/") ? "" : "/") + part }
        }
        return .string(result)
    }

    /// `[regex]`'s static members: the instance methods with the pattern
    /// as second argument, case-sensitive as .NET's are.
    static let regex = MemberTable<StaticTarget>(methods: [
        MethodMember("Escape", ["static string Escape(string str)"]) { _, call in .string(RegexObject.escape(call.string(0))) },
        withPattern("IsMatch", "static bool IsMatch(string input, string pattern)"),
        withPattern("Match", "static System.Text.RegularExpressions.Match Match(string input, string pattern)"),
        withPattern("Matches", "static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern)"),
        MethodMember("new", ["regex new(string pattern)"]) { _, call in
            .native(try RegexObject(pattern: call.string(0), caseSensitive: true, at: call.span))
        },
        withPattern("Replace", "static string Replace(string input, string pattern, string replacement)"),
        withPattern("Split", "static string[] Split(string input, string pattern)"),
    ])

    private static func withPattern(_ name: String, _ overload: String) -> MethodMember<StaticTarget> {
        MethodMember(name, [overload]) { target, call in
            let regex = try RegexObject(pattern: call.string(1), caseSensitive: true, at: call.span)
            var rest = [call.arguments[safe: 0] ?? .string("")]
            if call.count > 2 { rest.append(call.arguments[2]) }
            return try regex.invoke(name.lowercased(), rest, context: target.runspace) ?? .null
        }
    }

    /// `[version]`'s static members.
    static let version = MemberTable<StaticTarget>(methods: [
        MethodMember("new", ["version new(string version)", "version new(int major, int minor)",
                             "version new(int major, int minor, int build)", "version new(int major, int minor, int build, int revision)"]) { _, call in
            if call.count == 1, case .string = call.arguments[0].unwrapped {
                return try TypeConversion.convert(call.arguments[0], toFullName: "System.Version", at: call.span)
            }
            guard (2...4).contains(call.count) else { throw call.noOverload() }
            return .native(VersionValue(parts: try call.arguments.indices.map { try call.int32($0) }))
        },
        MethodMember("Parse", ["static version Parse(string input)"]) { _, call in
            try StaticMembers.parsing("Parse", call.arguments, "Version string portion was too short or too long.", call.span) {
                try TypeConversion.convert(.string(call.string(0)), toFullName: "System.Version", at: call.span)
            }
        },
        MethodMember("TryParse", ["static bool TryParse(string input, [ref] version result)"]) { _, call in
            .bool(VersionValue.parse(call.string(0)) != nil)
        },
    ])

    /// `[guid]`'s static members.
    static let guid = MemberTable<StaticTarget>(
        methods: [
            MethodMember("new", ["guid new()"]) { _, _ in .native(GuidValue(GuidValue.randomText())) },
            MethodMember("NewGuid", ["static guid NewGuid()"]) { _, _ in .native(GuidValue(GuidValue.randomText())) },
        ],
        properties: [PropertyMember("Empty", "static guid Empty {get;}") { _ in .native(GuidValue("00000000-0000-0000-0000-000000000000")) }])

    /// `[Convert]`'s static members.
    static let convert = MemberTable<StaticTarget>(methods: [
        MethodMember("ToBoolean", ["static bool ToBoolean(System.Object value)"]) { _, call in
            .bool(Conversion.toBool(call.arguments[safe: 0] ?? .null))
        },
        MethodMember("ToDouble", ["static double ToDouble(System.Object value)"]) { _, call in
            try TypeConversion.convert(call.arguments[safe: 0] ?? .null, toFullName: "System.Double", at: call.span)
        },
        toInteger("ToInt32", "int"),
        toInteger("ToInt64", "long"),
        MethodMember("ToString", ["static string ToString(System.Object value)", "static string ToString(long value, int toBase)"]) { _, call in
            if call.count > 1, case .int(let n) = call.arguments[0] { return .string(String(n, radix: try base(call))) }
            return .string(call.string(0))
        },
    ])

    /// The second argument as a number base: .NET takes 2, 8, 10 and 16 only.
    private static func base(_ call: MethodCall) throws -> Int {
        let base = try call.int32(1)
        guard [2, 8, 10, 16].contains(base) else { throw call.failure("Invalid Base.", id: "ArgumentException") }
        return base
    }

    private static func toInteger(_ name: String, _ type: String) -> MethodMember<StaticTarget> {
        MethodMember(name, ["static \(type) \(name)(System.Object value)", "static \(type) \(name)(string value, int fromBase)"]) { _, call in
            if call.count > 1, let n = Int(call.string(0).lowercased().replacingAll("0x", with: ""), radix: try base(call)) { return .int(n) }
            return try TypeConversion.convert(call.arguments[safe: 0] ?? .null, toFullName: "System.Int64", at: call.span)
        }
    }
}
