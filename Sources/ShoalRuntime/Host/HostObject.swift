// $Host and Get-Host: the host as scripts see it (pwsh's InternalHost),
// with its UI (Write*Line, ReadLine, SupportsVirtualTerminal) and RawUI
// (the window size scripts lay their output out by, the window title).
// The console host is "ConsoleHost"; the hosts of jobs and captured runs
// are "ServerRemoteHost", as in a pwsh job.

import Glibc
import ShoalSyntax

/// `$Host` (System.Management.Automation.Internal.Host.InternalHost).
public final class HostObject: TabledObject, TabularObject {
    /// `$Host.UI.SupportsVirtualTerminal`: escape sequences are understood
    /// unless TERM says the terminal is dumb.
    public static var supportsVirtualTerminal: Bool { ProcessEnvironment.get("TERM") != "dumb" }

    let runspace: Unowned
    /// Made on first read: most sessions never ask.
    private(set) lazy var instanceId = GuidValue.randomText()
    let ui: HostUserInterfaceObject

    /// The runspace, not retained: the runspace owns its `$Host`.
    struct Unowned {
        unowned let runspace: Runspace
    }

    init(runspace: Runspace) {
        self.runspace = Unowned(runspace: runspace)
        ui = HostUserInterfaceObject(runspace: self.runspace)
    }

    var isConsole: Bool { runspace.runspace.host is ConsoleHost }

    public var typeName: String { "System.Management.Automation.Internal.Host.InternalHost" }
    public var stringValue: String { typeName }

    public static let members = MemberTable<HostObject>(
        methods: [
            MethodMember("SetShouldExit", ["void SetShouldExit(int exitCode)"]) { _, _ in VoidResult.value },
            MethodMember("EnterNestedPrompt", ["void EnterNestedPrompt()"]) { _, call in
                throw call.failure("shoal has no nested prompts.", id: "NotImplementedException")
            },
        ],
        properties: [
            PropertyMember("Name", "string Name {get;}") { .string($0.isConsole ? "ConsoleHost" : "ServerRemoteHost") },
            PropertyMember("Version", "version Version {get;}") { _ in .native(VersionObject(major: 7, minor: 4, build: 0)) },
            PropertyMember("InstanceId", "guid InstanceId {get;}") { .native(GuidValue($0.instanceId)) },
            PropertyMember("UI", "System.Management.Automation.Host.PSHostUserInterface UI {get;}") { .native($0.ui) },
            PropertyMember("CurrentCulture", "cultureinfo CurrentCulture {get;}") { _ in .native(CultureInfo.current) },
            PropertyMember("CurrentUICulture", "cultureinfo CurrentUICulture {get;}") { _ in .native(CultureInfo.current) },
            PropertyMember("DebuggerEnabled", "bool DebuggerEnabled {get;set;}") { _ in .bool(false) },
            PropertyMember("IsRunspacePushed", "bool IsRunspacePushed {get;}") { _ in .bool(false) },
        ])
}

/// `$Host.UI`: writing to and reading from the user.
final class HostUserInterfaceObject: TabledObject, TabularObject {
    let runspace: HostObject.Unowned
    let rawUI: HostRawUserInterfaceObject

    init(runspace: HostObject.Unowned) {
        self.runspace = runspace
        rawUI = HostRawUserInterfaceObject(runspace: runspace)
    }

    var typeName: String { "System.Management.Automation.Internal.Host.InternalHostUserInterface" }
    var stringValue: String { typeName }
    var propertyNames: [String] { ["RawUI", "SupportsVirtualTerminal"] }

    var host: ShellHost { runspace.runspace.host }

    /// The text of a Write*Line call: its last argument (the colour overloads put it last).
    private static func text(_ call: MethodCall) -> String { call.count == 0 ? "" : call.string(call.count - 1) }

    static let members = MemberTable<HostUserInterfaceObject>(
        methods: [
            MethodMember("Write", ["void Write(string value)",
                                   "void Write(System.ConsoleColor foregroundColor, System.ConsoleColor backgroundColor, string value)"]) { ui, call in
                ui.host.writeOutput(text(call))
                return VoidResult.value
            },
            MethodMember("WriteLine", ["void WriteLine()", "void WriteLine(string value)",
                                       "void WriteLine(System.ConsoleColor foregroundColor, System.ConsoleColor backgroundColor, string value)"]) { ui, call in
                ui.host.writeOutput(text(call) + "\n")
                return VoidResult.value
            },
            MethodMember("WriteErrorLine", ["void WriteErrorLine(string value)"]) { ui, call in
                ui.host.writeError(text(call) + "\n")
                return VoidResult.value
            },
            MethodMember("WriteWarningLine", ["void WriteWarningLine(string message)"]) { ui, call in
                ui.host.writeDiagnostic("WARNING: " + text(call) + "\n", kind: .warning)
                return VoidResult.value
            },
            MethodMember("WriteVerboseLine", ["void WriteVerboseLine(string message)"]) { ui, call in
                ui.host.writeDiagnostic("VERBOSE: " + text(call) + "\n", kind: .verbose)
                return VoidResult.value
            },
            MethodMember("WriteDebugLine", ["void WriteDebugLine(string message)"]) { ui, call in
                ui.host.writeDiagnostic("DEBUG: " + text(call) + "\n", kind: .debug)
                return VoidResult.value
            },
            MethodMember("ReadLine", ["string ReadLine()"]) { ui, _ in
                let runspace = ui.runspace.runspace
                return try runspace.host.readLine(prompt: nil, masked: false, isStopped: { runspace.stopSignal.isRequested })
                    .map(Value.string) ?? .null
            },
        ],
        properties: [
            PropertyMember("RawUI", "System.Management.Automation.Host.PSHostRawUserInterface RawUI {get;}") { .native($0.rawUI) },
            PropertyMember("SupportsVirtualTerminal", "bool SupportsVirtualTerminal {get;}") { _ in
                .bool(HostObject.supportsVirtualTerminal)
            },
        ])
}

/// `$Host.UI.RawUI`: the terminal window.
final class HostRawUserInterfaceObject: SettableObject, TabledObject, TabularObject {
    let runspace: HostObject.Unowned
    private var title = "shoal"

    init(runspace: HostObject.Unowned) { self.runspace = runspace }

    var typeName: String { "System.Management.Automation.Internal.Host.InternalHostRawUserInterface" }
    var stringValue: String { typeName }

    /// The terminal's size, from whichever of standard output, error and
    /// input is one; else `$env:COLUMNS` and `$env:LINES` (120 by 50).
    static func windowSize() -> (width: Int, height: Int) {
        var size = winsize()
        for descriptor: Int32 in [1, 2, 0] where ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        let columns = ProcessEnvironment.get("COLUMNS").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 120
        let lines = ProcessEnvironment.get("LINES").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 50
        return (columns, lines)
    }

    func setProperty(_ name: String, _ value: Value, span: SourceSpan) throws {
        switch name.lowercased() {
        case "windowtitle":
            title = Conversion.toString(value)
            // OSC 0 sets an xterm-style terminal's title.
            if runspace.runspace.host.isTerminal, runspace.runspace.host is ConsoleHost {
                runspace.runspace.host.writeOutput("\u{1B}]0;\(TerminalText.plain(title))\u{07}")
            }
        case "foregroundcolor", "backgroundcolor":
            // The console's colours are the terminal's own; pwsh on Unix ignores this too.
            if Conversion.toString(value) != "-1" {
                _ = try EnumType.named("System.ConsoleColor")!.convert(value, settingProperty: name, at: span)
            }
        default:
            throw ScriptError.runtime("'\(name)' is a ReadOnly property.", id: "PropertyAssignmentException", at: span)
        }
    }

    private static func size(_ width: Int, _ height: Int) -> Value {
        let size = PSObject(typeName: "System.Management.Automation.Host.Size")
        size.set("Width", .int(width))
        size.set("Height", .int(height))
        // As .NET's Size.ToString(), which `$Host.UI.RawUI` shows.
        size.toStringOverride = "\(width),\(height)"
        return .object(size)
    }

    static let members = MemberTable<HostRawUserInterfaceObject>(methods: [], properties: [
        // pwsh on Unix reports the terminal's colours as unknown (-1).
        PropertyMember("ForegroundColor", "System.ConsoleColor ForegroundColor {get;set;}") { _ in .int(-1) },
        PropertyMember("BackgroundColor", "System.ConsoleColor BackgroundColor {get;set;}") { _ in .int(-1) },
    ] + ["WindowSize", "BufferSize", "MaxWindowSize", "MaxPhysicalWindowSize"].map { name in
        // One size for all: a terminal's buffer is its window, and it cannot be resized from here.
        PropertyMember(name, "System.Management.Automation.Host.Size \(name) {get;set;}") { _ in
            let (width, height) = windowSize()
            return size(width, height)
        }
    } + [
        PropertyMember("WindowTitle", "string WindowTitle {get;set;}") { .string($0.title) },
        PropertyMember("KeyAvailable", "bool KeyAvailable {get;}") { _ in
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            return .bool(isatty(0) == 1 && poll(&descriptor, 1, 0) > 0)
        },
        PropertyMember("CursorSize", "int CursorSize {get;set;}") { _ in .int(25) },
    ])
}
