// A runspace: one thread of evaluation with its scopes, streams, host and
// command table. The REPL, a script run, a thread job and a pool item each
// own one; nothing in it is shared between threads except the immutable
// command registry and the stop signal. Its state comes in parts, each a
// type of its own: what is running (CallStack), `$?` (CommandStatus), the
// types scripts defined (ScriptTypeTable), how it was made
// (RunspaceOptions), what the evaluator caches (EvaluatorCaches); a module
// keeps its own per-runspace state in a service (`service(_:make:)`).

import Glibc
import ShoalSyntax

public final class Runspace {
    // MARK: Commands and scopes

    /// The cmdlets, shared read-only by the session's runspaces.
    public let registry: CommandRegistry
    public var aliases: AliasTable {
        didSet { aliasGeneration &+= 1 }
    }
    /// Counts changes to `aliases`, for remembered command look-ups.
    private(set) var aliasGeneration = 0
    public let globalScope: Scope
    /// The scope `$script:` names: the running script's or module's.
    public var scriptScope: Scope
    /// The scope the running statement is in (switch it with `withScope`).
    public var scope: Scope
    /// Whether the executing block's variables are in `scope.slots`.
    var slotsUsable = false
    /// The finished script's scope, when `options.keepsFinishedScriptScope`.
    var finishedScriptScope: Scope?
    /// The classes, enums and `using namespace` names scripts added here.
    var types = ScriptTypeTable()
    /// The global `$PSDefaultParameterValues` (its box: scripts set entries
    /// or replace the table).
    var defaultParameterValuesBox: VariableBox?
    /// `$Error`.
    public let errorList = ArrayValue([])

    // MARK: What is running

    /// The functions, scripts, class methods and `try` blocks running now.
    var calls = CallStack()
    /// `$?` and how the running pipeline goes.
    public var status = CommandStatus()
    /// The path of the script file running now (`$PSCommandPath`), nil at the prompt.
    public var scriptPath: String?
    /// The current location (`Get-Location`); external programs start here.
    /// On a session drive (`Set-Location env:`) it is the last directory.
    public var location: String
    /// The session drive the location is on (`Env`), nil on the file system.
    public var sessionDriveLocation: String?
    public let stopSignal: StopSignal
    private let stopSignalReference: Unmanaged<StopSignal>

    // MARK: Input and output

    public var host: ShellHost
    /// `$PSStyle`, shared by the session's runspaces.
    public let style: PSStyle
    /// `$Host` (Get-Host).
    public private(set) lazy var hostObject = HostObject(runspace: self)
    public var streams: StreamSet

    // MARK: How it was made, what it is extended with, what it caches

    /// What the runspace's maker chose (a background runspace, a sandbox, …).
    public var options = RunspaceOptions()
    /// What other modules install (the jobs module: `pipeline &`, `[powershell]`).
    public var hooks = RunspaceHooks()
    /// Services other modules attach to a runspace (the job table), keyed
    /// by their type, so the runtime needs to know nothing about them.
    public var extensions: [ObjectIdentifier: AnyObject] = [:]
    /// What the evaluator keeps only to go faster.
    var caches = EvaluatorCaches()
    /// `FastPaths.enabled`, kept where the evaluator reads it on every node.
    let fastPaths = FastPaths.enabled
    /// What WeakRunspace refers to (set once, at the end of init).
    private(set) var anchor: RunspaceAnchor?

    /// This runspace's `Service`, made by `make` on first use: state a
    /// module keeps per runspace (history, location stacks), which lives
    /// and dies with the runspace.
    public func service<Service: AnyObject>(_ type: Service.Type, make: () -> Service) -> Service {
        let key = ObjectIdentifier(type)
        if let existing = extensions[key] as? Service { return existing }
        let made = make()
        extensions[key] = made
        return made
    }

    /// A command of the running pipeline failed: `$?` is `$false` now and after the pipeline.
    public func commandFailed() { status.commandFailed() }

    /// Whether `$PSDefaultParameterValues` holds any entry: checked before a
    /// call takes the direct path, which has no binder to apply them.
    var hasDefaultParameterValues: Bool {
        guard case .hashtable(let table)? = defaultParameterValuesBox?.value else { return false }
        return table.count > 0
    }

    public init(registry: CommandRegistry, host: ShellHost, stopSignal: StopSignal = StopSignal(), style: PSStyle? = nil) {
        self.registry = registry
        self.style = style ?? (host as? ConsoleHost)?.style ?? PSStyle.fromEnvironment()
        self.aliases = AliasTable(registry.defaultAliases)
        self.host = host
        self.stopSignal = stopSignal
        stopSignalReference = .passUnretained(stopSignal)
        let global = Scope(parent: nil, layout: nil)
        global.isScriptScope = true
        self.globalScope = global
        self.scriptScope = global
        self.scope = global
        var buffer = [CChar](repeating: 0, count: 4096)
        self.location = getcwd(&buffer, 4096) != nil ? String(nulTerminated: buffer) : "/"
        let hostErrors = HostErrorSink(host: host)
        self.streams = StreamSet(error: hostErrors, warning: HostTextSink(host: host, prefix: "WARNING: ", diagnostic: .warning),
                                 verbose: HostTextSink(host: host, prefix: "VERBOSE: ", diagnostic: .verbose),
                                 debug: HostTextSink(host: host, prefix: "DEBUG: ", diagnostic: .debug),
                                 information: HostTextSink(host: host, prefix: "", diagnostic: nil))
        anchor = RunspaceAnchor(self)
        defineAutomaticVariables()
    }

    func defineAutomaticVariables() {
        let g = globalScope
        // Defined once per runspace (each job has one): no look-ups, no rehashing.
        g.named.reserveCapacity(52)
        g.define("Error", .array(errorList))
        g.define("PID", .int(Int(getpid())))
        g.define("HOME", .string(String(cString: getenv("HOME") ?? strdup("/"))))
        // Typed as pwsh's: assigning converts to ActionPreference, and Suspend is refused.
        let preferences: [(String, ActionPreference)] = [
            ("ErrorActionPreference", .continue), ("WarningPreference", .continue), ("VerbosePreference", .silentlyContinue),
            ("DebugPreference", .silentlyContinue), ("InformationPreference", .silentlyContinue), ("ProgressPreference", .continue),
        ]
        for (name, preference) in preferences {
            g.define(name, VariableBox(preference.value, typeConstraint: ActionPreference.typeName))
        }
        g.define("WhatIfPreference", .bool(false))
        g.define("PSDefaultParameterValues", .hashtable(HashtableValue()))
        defaultParameterValuesBox = g.localBox("psdefaultparametervalues")
        g.define("ConfirmPreference", .string("High"))
        g.define("IsLinux", .bool(true))
        g.define("IsWindows", .bool(false))
        g.define("IsMacOS", .bool(false))
        g.define("IsCoreCLR", .bool(true))
        g.define("PSHOME", .string("/usr/local/lib/shoal"))
        g.define("ShellId", .string("shoal"))
        // $OFS is not defined, as in pwsh: arrays in strings join with a space until it is set.
        g.define("PSNativeCommandArgumentPassing",
                      VariableBox(.string(NativeArgumentPassing.standard.rawValue), typeConstraint: NativeArgumentPassing.typeName))
        g.define("PSNativeCommandUseErrorActionPreference", .bool(false))
        g.define("NestedPromptLevel", .int(0))
        g.define("MaximumHistoryCount", .int(4096))
        let table = HashtableValue()
        table[string: "PSVersion"] = .native(VersionObject(major: 7, minor: 4, build: 0))
        table[string: "PSEdition"] = .string("Core")
        table[string: "ShoalVersion"] = .string(ShoalVersion.string)
        table[string: "OS"] = .string("Linux")
        table[string: "Platform"] = .string("Unix")
        table[string: "PSCompatibleVersions"] = .list([.string("5.1"), .string("7.4")])
        g.define("PSVersionTable", .hashtable(table))
        g.define("ExecutionContext", .native(ExecutionContextObject(runspace: self)))
        g.define("PSEdition", .string("Core"))
        g.define("PSStyle", .native(style))
        g.define("Host", .native(hostObject))
        g.define("PSCulture", .string(CultureInfo.current.name))
        g.define("PSUICulture", .string(CultureInfo.current.name))
    }

    /// Sets `$_` in the global scope (a ForEach-Object -Parallel iteration).
    public func setCurrentItem(_ value: Value) { globalScope.currentItem = value }

    // MARK: - Stopping

    @inline(__always)
    public func checkStop() throws {
        // Borrowed: this runs before every statement (see Borrowed).
        if stopSignalReference._withUnsafeGuaranteedRef({ $0.isRequested }) { throw PipelineStoppedError() }
    }

    /// A line for the user on the host, after any table still being
    /// collected (what pwsh's `Host.UI.WriteLine` does: `What if:` and
    /// confirmation text, which no redirection captures).
    public func writeHostLine(_ text: String) {
        host.flushPendingOutput()
        host.writeOutput(text + "\n")
    }

    // MARK: - Variables by name

    /// Reads a variable by name from the current scope outward.
    public func variable(_ name: String) -> Value? {
        let key = name.lowercased()
        if let (target, unqualified) = scopeQualified(key) { return target.lookup(unqualified)?.value }
        if let special = readSpecialVariable(key) { return special }
        return scope.lookup(key)?.value
    }

    /// For `global:name` and `script:name`: the scope and the bare name.
    func scopeQualified(_ key: String) -> (Scope, String)? {
        if key.hasPrefix("global:") { return (globalScope, String(key.dropFirst(7))) }
        if key.hasPrefix("script:") { return (scriptScope, String(key.dropFirst(7))) }
        return nil
    }

    /// Sets a variable in the current scope, or in the scope a `global:`,
    /// `script:` or `local:` prefix names (`-ErrorVariable global:errors`).
    public func setVariable(_ name: String, _ value: Value) {
        var key = name.lowercased()
        if let (target, unqualified) = scopeQualified(key) {
            target.setLocal(unqualified, value)
            return
        }
        for prefix in ["local:", "private:"] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
        if slotsUsable, let layout = scope.layout, let slot = layout.slotByName[key] {
            if let box = scope.slots[slot] { box.store(value) } else { scope.slots[slot] = VariableBox(value) }
            return
        }
        scope.setLocal(key, value)
    }

    /// `$_`: the pipeline object of the nearest scope processing one.
    var currentItem: Value {
        var current: Scope? = scope
        while let s = current {
            if let item = s.currentItem { return item }
            current = s.parent
        }
        return .null
    }

    func readSpecialVariable(_ key: String) -> Value? {
        switch key {
        case "_", "psitem":
            return currentItem
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        case "?": return .bool(status.lastCommandSucceeded)
        case "pwd": return .native(currentPathInfo)
        default: return nil
        }
    }

    static func directoryName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The value of a preference variable such as `$ErrorActionPreference`.
    public func preference(_ name: String, default fallback: ActionPreference) -> ActionPreference {
        guard let value = scope.lookup(name.lowercased())?.value else { return fallback }
        return ActionPreference(value: value) ?? fallback
    }

    /// A preference variable's value for a command about to act on it. Suspend is reserved: as pwsh's
    /// CheckActionPreference, the variable goes back to its default and the command fails with
    /// NotSupportedException (its id names `commandTypeName` when a cmdlet read it).
    public func actionPreference(_ name: String, default fallback: ActionPreference, commandTypeName: String?) throws -> ActionPreference {
        guard let box = scope.lookup(name.lowercased()) else { return fallback }
        let preference = ActionPreference(value: box.value) ?? fallback
        guard preference == .suspend else { return preference }
        box.value = fallback.value
        let record = ErrorRecord("The Suspend ActionPreference value is reserved for future use and is not supported at this time. It has been replaced in your \(name) variable by the default value of \(fallback.rawValue). For more information about preference variables, see the Help topic, \"about_Preference_Variables.\"",
                                 exceptionType: "System.NotSupportedException", errorId: "System.NotSupportedException",
                                 category: .notSpecified, span: nil)
        record.cmdletTypeName = commandTypeName
        throw ScriptError(record)
    }

    // MARK: - Errors and informational streams

    /// Records a non-terminating error and routes it by its action.
    public func reportNonTerminatingError(_ record: ErrorRecord, action: ActionPreference, streams: StreamSet,
                                          errorVariable: String?) throws {
        recordStackTrace(record)
        status.commandFailed()
        if action == .stop {
            // pwsh's -ErrorVariable then holds the ActionPreferenceStopException around the record.
            record.stoppedByPreference = true
            if let errorVariable {
                let stop = ExceptionObject(message: "The running command stopped because the preference variable \"ErrorActionPreference\" or common parameter is set to Stop: \(record.message)",
                                           typeName: "System.Management.Automation.ActionPreferenceStopException",
                                           carrying: record)
                appendToVariable(errorVariable, .native(stop))
            }
            collectError(record, into: streams)
            throw ScriptError(record, scriptTerminating: true)
        }
        if let errorVariable { appendToVariable(errorVariable, .error(record)) }
        collectError(record, into: streams)
        switch action {
        case .ignore:
            return
        case .silentlyContinue:
            recordError(record)
        default:
            recordError(record)
            try streams.error.write(.error(record))
        }
    }

    /// Hands an error to every active `-ErrorVariable`.
    func collectError(_ record: ErrorRecord, into streams: StreamSet) {
        collect(.error(record), .error, into: streams)
    }

    /// Hands a record to every active variable of its stream's kind.
    func collect(_ record: Value, _ kind: StreamKind, into streams: StreamSet) {
        for collector in streams.collectors where collector.kind == kind { collector.items.append(record) }
    }

    /// Adds an error to `$Error` (newest first).
    public func recordError(_ record: ErrorRecord) {
        errorList.items.insert(.error(record), at: 0)
        if errorList.items.count > 256 { errorList.items.removeLast() }
    }

    public func appendToVariable(_ name: String, _ value: Value) {
        var append = false
        var key = name
        if key.hasPrefix("+") { append = true; key.removeFirst() }
        if append, case .array(let existing)? = variable(key) {
            existing.items.append(value)
        } else if append, let box = scope.lookup(key.lowercased()), case .array(let existing) = box.value {
            existing.items.append(value)
        } else {
            setVariable(key, .list([value]))
        }
    }

    public func writeInformational(_ kind: StreamKind, _ message: String, streams: StreamSet, action: ActionPreference?,
                                   commandTypeName: String? = nil) throws {
        let variableName = kind == .warning ? "WarningPreference" : kind == .verbose ? "VerbosePreference" : "DebugPreference"
        let effective = try action ?? actionPreference(variableName, default: kind == .warning ? .continue : .silentlyContinue,
                                                       commandTypeName: commandTypeName)
        // An advanced function's -WarningVariable keeps the warning whatever
        // the preference but Ignore (`-WarningAction SilentlyContinue
        // -WarningVariable w` captures warnings quietly).
        if kind == .warning, effective != .ignore, !streams.collectors.isEmpty {
            collect(.native(InformationalRecord(kind: .warning, message: message)), .warning, into: streams)
        }
        switch effective {
        case .silentlyContinue, .ignore: return
        case .stop:
            throw ScriptError(ErrorRecord("The running command stopped because the preference variable \"\(variableName)\" or common parameter is set to Stop: \(message)",
                                          errorId: "ActionPreferenceStop", category: .operationStopped), scriptTerminating: true)
        default:
            try streams[kind]?.write(.native(InformationalRecord(kind: kind, message: message)))
        }
    }

    public func writeInformation(_ value: Value, isHost: Bool, streams: StreamSet, action: ActionPreference?,
                                 commandTypeName: String? = nil) throws {
        let effective = isHost
            ? (action ?? .continue)
            : try (action ?? actionPreference("InformationPreference", default: .silentlyContinue, commandTypeName: commandTypeName))
        // Information records are always recorded; the preference only
        // decides whether the host shows them. A redirection still gets them.
        let redirected = !(streams.information is HostTextSink)
        if effective != .ignore, !streams.collectors.isEmpty {
            let record = if case .native(let informational as InformationalRecord) = value, informational.kind == .information { value }
                else { Value.native(InformationalRecord(kind: .information, message: Conversion.toString(value))) }
            collect(record, .information, into: streams)
        }
        switch effective {
        case .ignore: return
        case .silentlyContinue where !redirected: return
        default:
            if case .native(let record as InformationalRecord) = value, record.kind == .information {
                try streams.information.write(value)
            } else {
                try streams.information.write(.native(InformationalRecord(kind: .information, message: Conversion.toString(value))))
            }
        }
    }
}

/// The records gathered for one `-ErrorVariable`, `-WarningVariable` or
/// `-InformationVariable` of an advanced function.
final class RecordCollector {
    /// `.error`, `.warning` or `.information`.
    let kind: StreamKind
    var items: [Value] = []
    init(_ kind: StreamKind) { self.kind = kind }
}

/// `$PWD` and `Get-Location`.
public final class PathInfo: ShareableObject {
    public let path: String
    /// The file-system path behind a drive-qualified one (`work:/sub`).
    public let providerPath: String
    public let drive: String
    public let provider: String
    public init(path: String, providerPath: String? = nil, drive: String = "/", provider: String = "FileSystem") {
        self.path = path
        self.providerPath = providerPath ?? path
        self.drive = drive
        self.provider = provider
    }
    public var typeName: String { "System.Management.Automation.PathInfo" }
    public var stringValue: String { path }
    public var propertyNames: [String] { ["Path"] }
    public var serializedPropertyNames: [String] { ["Drive", "Provider", "ProviderPath", "Path"] }
    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "path": return .string(path)
        case "providerpath": return .string(providerPath)
        case "drive": return .string(drive)
        case "provider": return .string("Microsoft.PowerShell.Core\\" + provider)
        default: return nil
        }
    }
}

/// `$PSVersionTable.PSVersion`.
public final class VersionObject: NativeObject {
    let major: Int, minor: Int, build: Int
    public init(major: Int, minor: Int, build: Int) {
        self.major = major
        self.minor = minor
        self.build = build
    }
    public var typeName: String { "System.Management.Automation.SemanticVersion" }
    public var stringValue: String { "\(major).\(minor).\(build)" }
    public var propertyNames: [String] { ["Major", "Minor", "Patch"] }
    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "major": return .int(major)
        case "minor": return .int(minor)
        case "patch", "build": return .int(build)
        default: return nil
        }
    }
}

/// shoal's own version.
public enum ShoalVersion {
    public static let string = "0.1.0"
}

/// `$ExecutionContext`: the parts scripts read (`SessionState.LanguageMode`,
/// `SessionState.Path.CurrentLocation`, `SessionState.PSVariable`).
final class ExecutionContextObject: NativeObject {
    unowned let runspace: Runspace
    init(runspace: Runspace) { self.runspace = runspace }
    var typeName: String { "System.Management.Automation.EngineIntrinsics" }
    var stringValue: String { typeName }
    var propertyNames: [String] { ["SessionState"] }
    func property(_ name: String) -> Value? {
        guard name.lowercased() == "sessionstate" else { return nil }
        let state = PSObject(typeName: "System.Management.Automation.SessionState")
        state.set("LanguageMode", .string("FullLanguage"))
        let path = PSObject(typeName: "System.Management.Automation.PathIntrinsics")
        path.set("CurrentLocation", .native(PathInfo(path: runspace.location)))
        state.set("Path", .object(path))
        state.set("PSVariable", .native(PSVariableIntrinsics(runspace: runspace)))
        return .object(state)
    }
}

/// The behaviour other modules give a runspace, so the runtime needs to
/// know nothing about them.
public struct RunspaceHooks {
    /// Starts a `pipeline &` as a job. Its argument is the span of the
    /// text to run (a pipeline or chain, without the `&`).
    public var background: ((SourceSpan, Runspace) throws -> Value)?
    /// Static members of extra types (`[runspacefactory]`, `[powershell]`),
    /// by lower-cased full type name: member name, arguments (nil for a
    /// property), runspace, span; nil when the type has no such member.
    public var staticTypes: [String: (String, [Value]?, Runspace, SourceSpan?) throws -> Value?] = [:]
}
