// The jobs module's entry points: registering its cmdlets, attaching the
// session's job table to a runspace (the shell's own and every job's), and
// the background operator `pipeline &`.

import ShoalRuntime
import ShoalSyntax

public enum JobsModule {
    /// Registers the job cmdlets.
    public static func register(into registry: CommandRegistry) {
        let cmdlets: [any Cmdlet.Type] = [
            StartJobCommand.self, StartThreadJobCommand.self, InvokeCommandCommand.self, GetJobCommand.self, WaitJobCommand.self,
            ReceiveJobCommand.self, StopJobCommand.self, RemoveJobCommand.self, SetJobThrottleCommand.self,
            GetJobThrottleCommand.self, NewPSSessionCommand.self, GetPSSessionCommand.self, RemovePSSessionCommand.self,
            EnterPSSessionCommand.self, ExitPSSessionCommand.self,
        ]
        for cmdlet in cmdlets { registry.register(cmdlet) }
        // ForEach-Object gains -Parallel; the ordinary one handles the rest.
        ForEachObjectParallelCommand.register(extending: registry)
        registerJobView(into: registry)
    }

    /// PowerShell's default job table: Id Name PSJobTypeName State
    /// HasMoreData Location Command, with its column widths.
    static func registerJobView(into registry: CommandRegistry) {
        let columns = [
            FormatViewColumn("Id", property: "Id", width: 6), FormatViewColumn("Name", property: "Name", width: 15),
            FormatViewColumn("PSJobTypeName", property: "PSJobTypeName", width: 15),
            FormatViewColumn("State", property: "State", width: 13),
            FormatViewColumn("HasMoreData", property: "HasMoreData", width: 15),
            FormatViewColumn("Location", property: "Location", width: 20), FormatViewColumn("Command", property: "Command"),
        ]
        // One view for the base type, as pwsh's: every kind of job shares one table.
        registry.registerTable(typeName: "System.Management.Automation.Job", columns: columns)
    }

    /// Gives a runspace the session's job table and the job features.
    public static func attach(_ runspace: Runspace, table: JobTable) {
        runspace.extensions[ObjectIdentifier(JobTable.self)] = table
        runspace.sessionCopier = SessionFileTransfer.shared
        runspace.hooks.background = { text, runspace in
            try startBackgroundPipeline(text, in: runspace, table: table)
        }
        runspace.hooks.staticTypes["system.management.automation.runspaces.runspacefactory"] = { member, arguments, _, _ in
            guard member == "createrunspacepool", let arguments else { return nil }
            let numbers = try arguments.prefix(2).map { try TypeConversion.toInteger($0, "System.Int32", nil) }
            let minimum = numbers.first ?? 1, maximum = numbers.count > 1 ? numbers[1] : max(1, minimum)
            guard minimum >= 1, maximum >= minimum else {
                throw ScriptError.runtime("Exception calling \"CreateRunspacePool\": \"The maximum pool size cannot be less than the minimum pool size, or below 1.\"",
                                          id: "ArgumentException", at: nil, type: "System.Management.Automation.MethodInvocationException")
            }
            return .native(RunspacePoolObject(minimum: minimum, maximum: maximum, factory: table.threadExecutor.factory, table: table))
        }
        runspace.hooks.staticTypes["system.management.automation.powershell"] = { member, arguments, _, span in
            guard member == "create", let arguments else { return nil }
            if let mode = arguments.first, case .native(let value as EnumValue) = try TypeConversion.convert(
                mode, to: "System.Management.Automation.RunspaceMode", at: span), value.rawValue == 0 {
                throw ScriptError.runtime(
                    "shoal runs a [powershell] instance in a runspace of its own: RunspaceMode CurrentRunspace is not supported.",
                    id: "NotSupported", at: span, type: "System.NotSupportedException")
            }
            return .native(PowerShellObject(table: table))
        }
    }

    static func table(of runspace: Runspace) -> JobTable? {
        runspace.extensions[ObjectIdentifier(JobTable.self)] as? JobTable
    }

    static func table(of context: CmdletContext) throws -> JobTable {
        guard let table = table(of: context.runspace) else {
            throw context.terminatingError("This runspace has no job table.", id: "JobTableUnavailable")
        }
        return table
    }

    /// `pipeline &`: the pipeline's text runs as a Start-Job; the caller's
    /// variables it names travel with it as copies, as PowerShell's
    /// rewriting to `$using:` does.
    static func startBackgroundPipeline(_ span: SourceSpan, in runspace: Runspace, table: JobTable) throws -> Value {
        let text = span.text
        let ast: ScriptBlockNode
        do {
            ast = .compiling(try Parser.parseScript(SourceFile(name: span.file.name, text: text)))
        } catch {
            throw ScriptError(ErrorRecord(error.message, errorId: error.errorId, category: .parserError, span: span))
        }
        let excluded: Set<String> = ["pid", "psversiontable", "psedition", "pshome", "host", "psstyle", "true", "false", "null", "_", "psitem"]
        var variables: [String: TransferValue] = [:]
        for name in ast.layout.namesIncludingNested.subtracting(excluded).sorted() where runspace.variableIsDefined(name) {
            variables[name] = TransferValue(runspace.variable(name) ?? .null)
        }
        var usingValues = variables
        for name in ast.layout.usingNames where usingValues[name] == nil {
            usingValues[name] = TransferValue(runspace.variable(name) ?? .null)
        }
        // The variables are defined as globals in the job before the pipeline
        // runs, by an initialization script: the pipeline's own text keeps
        // its place in the file (error positions).
        let prelude = variables.keys.sorted().map { "${global:\($0)} = ${using:\($0)}" }.joined(separator: "; ")
        let request = WorkerRequest(scriptText: text, scriptName: span.file.name,
                                    scriptPrefix: span.file.positionPrefix(at: span.start),
                                    initializationText: prelude.isEmpty ? nil : prelude, arguments: [], input: nil,
                                    usingValues: usingValues, location: runspace.location)
        let parent = table.makeJob(name: nil, kind: .background, location: "localhost", command: text)
        let child = table.makeJob(name: nil, kind: .backgroundChild, location: "localhost", command: text)
        parent.addChild(child, mirrored: true)
        parent.setStopAction { child.requestStop() }
        parent.setState(.running)
        table.add(parent)
        table.processExecutor.start(child, request)
        return .native(JobObject(parent))
    }

    /// The object Receive-Job -WriteEvents writes when a job finishes.
    static func stateEvent(_ job: Job) -> Value {
        let event = PSObject(typeName: "System.Management.Automation.JobStateEventArgs")
        event.set("JobStateInfo", .native(JobStateInfoObject(state: job.state, reason: job.reason)))
        event.set("PreviousJobStateInfo", .native(JobStateInfoObject(state: .running, reason: nil)))
        return .object(event)
    }
}
