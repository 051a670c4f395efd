// `[Diagnostics.Stopwatch]::StartNew()`, `[Threading.Thread]::Sleep(100)`,
// `[Console]::WriteLine('x')` and `[scriptblock]::Create('...')`: static
// members of the runtime's own types, declared once for calls,
// `Get-Member -Static` and completion.

import ShoalSyntax

enum RuntimeStatics {
    /// `[System.Diagnostics.Stopwatch]`.
    static let stopwatch = MemberTable<StaticTarget>(
        methods: [
            MethodMember("GetTimestamp", ["static long GetTimestamp()"]) { _, _ in .int(MonotonicClock.nanoseconds()) },
            MethodMember("new", ["System.Diagnostics.Stopwatch new()"]) { _, _ in .native(StopwatchObject(running: false)) },
            MethodMember("StartNew", ["static System.Diagnostics.Stopwatch StartNew()"]) { _, _ in .native(StopwatchObject(running: true)) },
        ],
        properties: [
            PropertyMember("Frequency", "static long Frequency {get;}") { _ in .int(StopwatchObject.frequency) },
            PropertyMember("IsHighResolution", "static bool IsHighResolution {get;}") { _ in .bool(true) },
        ])

    /// `[System.Threading.Thread]`.
    static let thread = MemberTable<StaticTarget>(
        methods: [
            MethodMember("Sleep", ["static void Sleep(int millisecondsTimeout)"]) { target, call in
                try target.runspace.sleep(seconds: try call.double(0) / 1000)
                return VoidResult.value
            },
        ],
        properties: [
            PropertyMember("CurrentThread", "static System.Threading.Thread CurrentThread {get;}") { _ in .native(ThreadInfoObject.current) },
        ])

    /// `[System.Console]`: writes go to the host, as pwsh's do to its console.
    static let console = MemberTable<StaticTarget>(methods: [
        MethodMember("Write", ["static void Write(string value)"]) { target, call in
            target.runspace.host.writeOutput(call.string(0))
            return VoidResult.value
        },
        MethodMember("WriteLine", ["static void WriteLine()", "static void WriteLine(string value)"]) { target, call in
            target.runspace.host.writeOutput(call.string(0) + "\n")
            return VoidResult.value
        },
    ])

    /// `[scriptblock]`.
    static let scriptBlock = MemberTable<StaticTarget>(methods: [
        MethodMember("Create", ["static scriptblock Create(string script)"]) { _, call in
            let parsed: ScriptBlockAst
            do throws(ParseError) {
                parsed = try Parser.parseScript(SourceFile(name: "<scriptblock>", text: call.string(0)))
            } catch {
                throw ScriptError.methodInvocation("Create", argumentCount: call.count, inner: ExceptionObject(parseError: error), at: call.span)
            }
            return .scriptBlock(ScriptBlock(parsed))
        },
    ])
}
