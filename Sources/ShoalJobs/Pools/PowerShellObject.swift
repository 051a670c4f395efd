// `[powershell]::Create()`: a script to run with arguments, synchronously
// (Invoke) or asynchronously (BeginInvoke / EndInvoke), in its runspace
// pool or, without one, on a thread of its own.

import ShoalRuntime
import ShoalSyntax
import Synchronization

final class PowerShellObject: SettableObject {
    let table: JobTable
    var script: ScriptBlockNode?
    /// A script added as text that does not parse: Invoke reports it, as
    /// pwsh parses only then.
    var scriptParseError: ParseError?
    var arguments: [TransferValue] = []
    var namedArguments: [(name: String, value: TransferValue)] = []
    var pool: RunspacePoolObject?
    var invocation: PowerShellInvocation?
    /// Without a pool: the runspace every invocation runs in, in turn.
    let lease = RunspaceLease()

    init(table: JobTable) { self.table = table }

    var typeName: String { "System.Management.Automation.PowerShell" }
    var stringValue: String { typeName }
    var propertyNames: [String] { ["Commands", "Streams", "InvocationStateInfo", "HadErrors", "RunspacePool"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "runspacepool": return pool.map { .native($0) } ?? .null
        case "haderrors": return .bool(invocation?.hadErrors ?? false)
        case "streams": return .native(PowerShellStreams(invocation: invocation))
        case "invocationstateinfo":
            let info = PSObject(typeName: "System.Management.Automation.PSInvocationStateInfo")
            info.set("State", EnumType.value("System.Management.Automation.PSInvocationState", invocation?.stateName ?? "NotStarted"))
            return .object(info)
        case "commands": return .native(PSCommandObject(owner: self))
        default: return nil
        }
    }

    func setProperty(_ name: String, _ value: Value, span: SourceSpan) throws {
        guard name.lowercased() == "runspacepool" else {
            throw ScriptError.runtime("'\(name)' is a ReadOnly property.", id: "PropertyAssignmentException", at: span)
        }
        if case .native(let newPool as RunspacePoolObject) = value { pool = newPool } else { pool = nil }
    }

    /// Forgets the script and its arguments (`$ps.Commands.Clear()`).
    func clearCommands() {
        script = nil
        scriptParseError = nil
        arguments = []
        namedArguments = []
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "addscript":
            scriptParseError = nil
            switch arguments.first {
            case .scriptBlock(let block)?: script = block.node
            case let text?:
                do {
                    script = .compiling(try Parser.parseScript(SourceFile(name: "<AddScript>", text: Conversion.toString(text))))
                } catch {
                    script = nil
                    scriptParseError = error
                }
            case nil: break
            }
            return .native(self)
        case "addargument":
            self.arguments.append(TransferValue(arguments.first ?? .null))
            return .native(self)
        case "addparameter":
            guard let name = arguments.first else { return .native(self) }
            namedArguments.append((Conversion.toString(name), arguments.count > 1 ? TransferValue(arguments[1]) : .bool(true)))
            return .native(self)
        case "addparameters":
            if case .hashtable(let table)? = arguments.first {
                for (key, value) in table.entries { namedArguments.append((Conversion.toString(key), TransferValue(value))) }
            } else if let list = arguments.first {
                for item in list.enumeratedItems { self.arguments.append(TransferValue(item)) }
            }
            return .native(self)
        case "begininvoke":
            return .native(try start(context, method: "BeginInvoke", argumentCount: arguments.count))
        case "endinvoke":
            guard case .native(let handle as PowerShellInvocation)? = arguments.first else {
                throw ScriptError.runtime("EndInvoke needs the result of BeginInvoke.", id: "ArgumentNull", at: nil,
                                          type: "System.ArgumentNullException")
            }
            return .list(try handle.finish(context, method: "EndInvoke", argumentCount: arguments.count))
        case "invoke":
            return .list(try start(context, method: "Invoke", argumentCount: arguments.count)
                .finish(context, method: "Invoke", argumentCount: arguments.count))
        case "stop", "stopasync":
            invocation?.stop()
            return VoidResult.value
        case "dispose":
            invocation?.stop()
            lease.release()
            return VoidResult.value
        default:
            return nil
        }
    }

    private func start(_ context: Runspace, method: String, argumentCount: Int) throws -> PowerShellInvocation {
        if let scriptParseError {
            throw ScriptError.methodInvocation(method, argumentCount: argumentCount, inner: ExceptionObject(parseError: scriptParseError),
                                               at: nil)
        }
        guard let script else {
            throw ScriptError.runtime("No commands are specified.", id: "NoCommand", at: nil,
                                      type: "System.InvalidOperationException")
        }
        var spec = JobSpec(script: script, location: context.location)
        spec.arguments = arguments
        spec.namedArguments = namedArguments
        spec.initializationOutputIsJobOutput = false
        // The script runs in its runspace's global scope (pwsh's AddScript
        // without useLocalScope); without a pool that runspace is the
        // object's own, so what one invocation defines the next one sees.
        let run = PowerShellInvocation()
        invocation = run
        var item = PoolItem(spec: spec, recorder: run, onStart: { stop in run.started(stop) },
                            onFinish: { outcome in run.finished(outcome) })
        if pool == nil { item.lease = lease }
        if let pool {
            guard pool.isOpen else {
                throw ScriptError.runtime("The runspace pool is not open.", id: "InvalidRunspacePoolState", at: nil,
                                          type: "System.Management.Automation.Runspaces.InvalidRunspacePoolStateException")
            }
            pool.executor.submit(item)
        } else {
            let table = self.table
            let single = PoolExecutor(size: 1, factory: table.threadExecutor.factory) { JobsModule.attach($0, table: table) }
            single.submit(item)
            single.close()
        }
        return run
    }
}

/// One BeginInvoke: its records, its end, and the handle scripts hold.
final class PowerShellInvocation: NativeObject, JobRecorder {
    private let state = ThreadLock<(records: [JobRecord], outcome: JobOutcome?, stop: StopSignal?, stopRequested: Bool)>(([], nil, nil, false))
    /// Threads waiting in EndInvoke.
    let wakers = WakeList()

    var typeName: String { "System.Management.Automation.PowerShellAsyncResult" }
    var stringValue: String { typeName }
    var propertyNames: [String] { ["IsCompleted"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "iscompleted": return .bool(state.withLock { $0.outcome != nil })
        case "completedsynchronously": return .bool(false)
        default: return nil
        }
    }

    func started(_ stop: StopSignal) -> Bool {
        state.withLock { state in
            state.stop = stop
            return !state.stopRequested
        }
    }

    func finished(_ outcome: JobOutcome) {
        state.withLock { state in
            state.outcome = outcome.state == .notStarted ? JobOutcome(state: .stopped) : outcome
            // Stop after the end changes nothing (the runspace may serve the next invocation).
            state.stop = nil
        }
        wakers.wakeAll()
    }

    func record(_ record: JobRecord) { state.withLock { $0.records.append(record) } }
    func recordProgress(_ progress: ProgressData) { record(JobRecord(.progress, progress.transferValue)) }

    func stop() {
        let stop = state.withLock { state -> StopSignal? in
            state.stopRequested = true
            return state.stop
        }
        stop?.request()
    }

    var hadErrors: Bool {
        state.withLock { state in
            state.records.contains { $0.stream == .error } || state.outcome?.state == .failed
        }
    }

    var stateName: String {
        state.withLock { state in
            switch state.outcome?.state {
            case nil: return "Running"
            case .completed?: return "Completed"
            case .failed?: return "Failed"
            default: return "Stopped"
            }
        }
    }

    func records(of stream: JobStream) -> [TransferValue] {
        state.withLock { $0.records.filter { $0.stream == stream }.map(\.value) }
    }

    /// Removes one stream's records and returns them (PSDataCollection.ReadAll).
    func takeRecords(of stream: JobStream) -> [TransferValue] {
        state.withLock { state in
            defer { state.records.removeAll { $0.stream == stream } }
            return state.records.filter { $0.stream == stream }.map(\.value)
        }
    }

    /// Waits for the end; returns the output, or throws the terminating error.
    func finish(_ context: Runspace, method: String, argumentCount: Int) throws -> [Value] {
        _ = Waiting.wait(on: { [wakers] }, stop: context.stopSignal) { state.withLock { $0.outcome != nil } }
        try context.checkStop()
        guard let outcome = state.withLock({ $0.outcome }) else { return [] }
        if outcome.state == .failed, let reason = outcome.reason {
            let record = reason.record
            // What the script threw, as the RuntimeException pwsh's Invoke throws (its ErrorRecord is the script's).
            let type = record.exception.typeName
            let inner = ExceptionObject(message: record.message,
                                        typeName: ExceptionObject.type(type, isOrDerivesFrom: "System.Management.Automation.RuntimeException")
                                            ? type : "System.Management.Automation.RuntimeException")
            inner.recordIdentity = (record.fullyQualifiedErrorId, record.category)
            throw ScriptError.methodInvocation(method, argumentCount: argumentCount, inner: inner, at: nil)
        }
        return records(of: .output).map(\.value)
    }
}

/// `$ps.Streams`: the invocation's error, warning, ... records.
final class PowerShellStreams: NativeObject {
    let invocation: PowerShellInvocation?
    init(invocation: PowerShellInvocation?) { self.invocation = invocation }
    var typeName: String { "System.Management.Automation.PSDataStreams" }
    var stringValue: String { typeName }
    var propertyNames: [String] { ["Error", "Warning", "Verbose", "Debug", "Information", "Progress"] }
    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        guard method.lowercased() == "clearstreams", arguments.isEmpty else { return nil }
        for stream in [JobStream.error, .warning, .verbose, .debug, .information, .progress] { _ = invocation?.takeRecords(of: stream) }
        return VoidResult.value
    }

    func property(_ name: String) -> Value? {
        let streams: [String: JobStream] = ["error": .error, "warning": .warning, "verbose": .verbose, "debug": .debug,
                                            "information": .information, "progress": .progress]
        guard let stream = streams[name.lowercased()] else { return nil }
        return .native(PSDataCollectionObject(invocation: invocation, stream: stream))
    }
}
