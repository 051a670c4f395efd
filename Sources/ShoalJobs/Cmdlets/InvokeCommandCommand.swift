// Invoke-Command: runs a script block here (a child scope, or the caller's
// with -NoNewScope; -ArgumentList binds its param() block; pipeline input
// or -InputObject reaches `$_` / `$input`), or on other machines over ssh
// (-HostName, -SSHConnection, -Session): a child job per host, at most
// -ThrottleLimit (32) connecting at once, results streamed back with
// PSComputerName as they come, a failed host a non-terminating error that
// never stops the others; with -AsJob, one RemoteJob whose children are the
// hosts. -ComputerName names WinRM computers, which shoal cannot reach: each
// fails as an unreachable computer fails in PowerShell.

import ShoalRuntime

public final class InvokeCommandCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Invoke-Command", synopsis: "Runs commands on local and remote computers.",
        parameters: [
            // Declared untyped so `Invoke-Command Server01 { … }` (the computer
            // first, as in PowerShell's ComputerName set) can be recognised.
            ParameterDescriptor("ScriptBlock", position: 0, aliases: ["Command"],
                                help: "The code to run: here in a child scope, or on each remote host."),
            ParameterDescriptor("ComputerName", position: 1, aliases: ["Cn"],
                                help: "WinRM computers, which shoal cannot reach: each is an error (use -HostName for SSH)."),
            ParameterDescriptor("ArgumentList", type: "object[]", aliases: ["Args"], help: "Values for the script block's parameters (or $args)."),
            ParameterDescriptor("InputObject", pipeline: true, help: "Input for the block, read as $input (or $_ in a process block); piped objects arrive the same way."),
            ParameterDescriptor("NoNewScope", type: "switch", help: "Runs a local block in the caller's scope, so the variables it sets stay set."),
            ParameterDescriptor("AsJob", type: "switch", help: "Returns at once with a RemoteJob that has a child job per host; Receive-Job gets the results."),
            ParameterDescriptor("JobName", type: "string", help: "The name of the job; implies -AsJob."),
            ParameterDescriptor("Session", help: "PSSessions from New-PSSession to run in; what the block defines there lasts to the next call."),
            ParameterDescriptor("FilePath", type: "string", aliases: ["PSPath"], help: "A local script file to run on the remote hosts instead of a script block."),
            ParameterDescriptor("Credential", help: "Refused with -HostName: ssh logs in with keys or an agent (see -KeyFilePath)."),
            ParameterDescriptor("UseSSL", type: "switch", help: "Accepted for compatibility (a WinRM setting)."),
            ParameterDescriptor("ThrottleLimit", type: "int", help: "How many hosts are connected to at once (32 by default)."),
            ParameterDescriptor("SessionOption", help: "Accepted for compatibility (a WinRM setting)."),
            ParameterDescriptor("Authentication", type: "string", help: "Accepted for compatibility (a WinRM setting)."),
            ParameterDescriptor("ConfigurationName", type: "string", help: "Accepted for compatibility (a WinRM setting)."),
            ParameterDescriptor("HideComputerName", type: "switch", aliases: ["HCN"], help: "Leaves the PSComputerName column out when remote results are shown (the property is still there)."),
            JobPolicyParameters.timeout,
        ] + RemoteInvocation.hostParameters, implementingType: "Microsoft.PowerShell.Commands.InvokeCommandCommand",
        description: "Runs a script block here, with -ArgumentList and -InputObject, or on remote hosts over SSH (-HostName, -SSHConnection, -Session), where each host's results carry PSComputerName and a host that fails does not stop the others.",
        examples: [
            HelpExample("Run a block with arguments",
                        code: "Invoke-Command -ScriptBlock { param($a, $b) $a + $b } -ArgumentList 2, 3",
                        output: "5\n"),
            HelpExample("Run a block on piped input",
                        code: "'web01', 'web02', 'db01' | Invoke-Command { process { if ($_ -like 'web*') { \"$_ gets the new config\" } } }",
                        output: "web01 gets the new config\nweb02 gets the new config\n"),
            HelpExample("Remote hosts are reached over SSH",
                        code: "try { Invoke-Command -ComputerName localhost { hostname } -ErrorAction Stop } catch { $_.Exception.Message }",
                        output: "Connecting to remote server localhost failed with the following error message : The shoal client cannot connect to the destination: -ComputerName names a WinRM computer, and shoal remotes over SSH only (use -HostName). For more information, see the about_Remote_Troubleshooting Help topic.\n",
                        remarks: "Invoke-Command -HostName web01, web02 { Get-Service sshd } runs the block on each host over ssh (each needs shoal installed, or use -Bootstrap) and adds PSComputerName to the results; -ComputerName names WinRM computers, which shoal cannot reach."),
        ])
    public init() {}

    private var invocation: BlockInvocation?
    private var computers: [String] = []
    /// Hosts reached over ssh, and PSSessions.
    private var destinations: [RemoteExecutor.Destination] = []
    private var input: [TransferValue] = []
    /// The script block, whichever position it was given in.
    private var block: Value?

    public func begin(_ context: CmdletContext) throws {
        var block = context.value("ScriptBlock")
        var computerValue = context.value("ComputerName")
        func isBlock(_ value: Value?) -> Bool {
            if case .scriptBlock? = value { return true }
            return false
        }
        if let given = block, !isBlock(given), isBlock(computerValue) {
            (block, computerValue) = (computerValue, given)
        }
        self.block = block
        computers = (computerValue?.enumeratedItems ?? []).map(Conversion.toString)
        destinations = try RemoteInvocation.targets(context).map { RemoteExecutor.Destination(target: $0) }
            + RemoteInvocation.sessions(context).map { RemoteExecutor.Destination(target: $0.target, session: $0) }
        if !destinations.isEmpty {
            if block == nil && !context.has("FilePath") { throw missingScriptBlock(context) }
            return
        }
        let remote = !computers.isEmpty || context.flag("AsJob") || context.has("JobName")
        if remote, computers.isEmpty { computers = ["localhost"] }
        computers = computers.map { $0 == "." ? "localhost" : $0 }
        if remote {
            if block == nil && !context.has("FilePath") { throw missingScriptBlock(context) }
            return
        }
        if context.has("FilePath") {
            throw context.terminatingError(
                "Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.",
                id: "AmbiguousParameterSet", category: .invalidArgument,
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        guard let block else { throw missingScriptBlock(context) }
        guard case .scriptBlock(let script) = block else {
            throw context.terminatingError(
                "Cannot bind parameter 'ScriptBlock'. Cannot convert the \"\(Conversion.toString(block))\" value of type \"\(OutputFormatter.typeNames(of: block).first ?? "System.String")\" to type \"System.Management.Automation.ScriptBlock\".",
                id: "CannotConvertArgumentNoMessage", category: .invalidArgument,
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let arguments = context.value("ArgumentList")?.enumeratedItems ?? []
        invocation = BlockInvocation(script, arguments: arguments, newScope: !context.flag("NoNewScope"),
                                     takesInput: context.hasPipelineInput || context.has("InputObject"), context: context)
        try invocation?.begin()
    }

    public func process(_ context: CmdletContext) throws {
        if !destinations.isEmpty {
            // Every host gets all of the input.
            if context.hasPipelineInput, let item = context.inputObject { input.append(TransferValue(item)) }
            return
        }
        guard let invocation else { return }
        if context.hasPipelineInput, let item = context.inputObject {
            try invocation.process(item)
        } else if !context.hasPipelineInput, let item = context.value("InputObject") {
            try invocation.process(item)
        }
    }

    public func end(_ context: CmdletContext) throws {
        if let invocation {
            self.invocation = nil
            try invocation.end()
            return
        }
        if !destinations.isEmpty {
            try runRemotely(context)
            return
        }
        let failures = try computers.map { try connectionFailure($0, context) }
        guard context.flag("AsJob") || context.has("JobName") else {
            for failure in failures { try context.writeError(failure) }
            return
        }
        let table = try JobsModule.table(of: context)
        let command: String
        if case .scriptBlock(let script)? = block { command = script.text }
        else { command = context.string("FilePath") ?? "" }
        let job = table.makeJob(name: context.string("JobName"), kind: .remote,
                                location: computers.joined(separator: ","), command: command)
        table.add(job)
        job.setState(.running)
        for failure in failures { job.append(JobRecord(.error, TransferValue(.error(failure)))) }
        job.setState(.failed)
        try context.write(.native(JobObject(job)))
    }

    /// Runs the script on every host (a child job each); streams the results
    /// back, or returns them as one RemoteJob with -AsJob.
    private func runRemotely(_ context: CmdletContext) throws {
        let source: JobScriptSource
        if case .scriptBlock(let script)? = block {
            source = JobScriptSource(block: script)
        } else {
            source = try JobScriptSource(context, filePathParameter: "FilePath")
        }
        var items: [TransferValue]?
        if context.hasPipelineInput { items = input } else if let value = context.value("InputObject") { items = [TransferValue(value)] }
        let request = try RemoteInvocation.request(source, arguments: JobScriptSource.arguments(context), input: items, context: context)
        let table = try JobsModule.table(of: context)
        var policy = JobPolicy()
        if let seconds = try context.integer("TimeoutSeconds", minimum: 0), seconds > 0 { policy.timeoutSeconds = seconds }
        let limit = try context.integer("ThrottleLimit", minimum: 0) ?? 0
        let throttle = ThrottleGate(name: "Invoke-Command", limit: limit == 0 ? 32 : limit)
        let show = !context.flag("HideComputerName")
        let children = destinations.map { destination in
            table.makeJob(name: nil, kind: .backgroundChild, location: destination.target.computerName, command: source.command,
                          policy: policy)
        }
        let asJob = context.flag("AsJob") || context.has("JobName")
        var parent: Job?
        if asJob {
            let job = table.makeJob(name: context.string("JobName"), kind: .remote,
                                    location: destinations.map(\.target.computerName).joined(separator: ","), command: source.command)
            let tally = TaskJobTally(clock: table.clock, activity: "Invoke-Command")
            for child in children {
                job.addChild(child)
                tally.created()
                child.whenFinished {
                    let (last, progress) = tally.finished(completed: child.state == .completed)
                    if let progress { table.publish(.progress(job, progress)) }
                    if last { tally.settle(job) }
                }
            }
            job.setStopAction { for child in children { child.requestStop() } }
            job.setState(.running)
            table.add(job)
            if tally.close() { tally.settle(job) }
            parent = job
        }
        for (child, destination) in zip(children, destinations) {
            let ticket = throttle.makeTicket()
            child.whenFinished { throttle.release(ticket) }
            throttle.admit(ticket) { RemoteExecutor.start(child, request, at: destination, showComputerName: show) }
        }
        if let parent {
            try context.write(.native(JobObject(parent)))
            return
        }
        try stream(children, context)
    }

    /// Writes the hosts' records as they arrive and each failed host's
    /// reason, until all have finished; Ctrl-C stops them all.
    private func stream(_ children: [Job], _ context: CmdletContext) throws {
        let runspace = context.runspace
        var reported = Set<ObjectIdentifier>()
        var progress = children.count > 1 ? AggregateProgress(activity: "Invoke-Command", clock: children[0].table.clock) : nil
        defer { if let progress, progress.hasShown { runspace.writeProgress(progress.completed) } }
        while true {
            for child in children {
                for record in child.takeRecords(keep: false) { try RecordReplay.replay(record, into: context) }
                if child.state == .failed, let reason = child.reason, reported.insert(ObjectIdentifier(child)).inserted {
                    let record = reason.record
                    record.commandName = context.commandName
                    try context.writeError(record)
                }
            }
            let finished = children.filter { $0.state.isFinished }
            if finished.count == children.count, !children.contains(where: \.hasPendingRecords) { return }
            if let record = progress?.record(done: finished.count, failed: finished.filter { $0.state == .failed }.count,
                                             total: children.count) {
                runspace.writeProgress(record)
            }
            let outcome = Job.wait(for: children, stop: runspace.stopSignal, timeout: progress == nil ? nil : AggregateProgress.interval) { jobs in
                jobs.contains(where: \.hasPendingRecords) || jobs.filter { $0.state.isFinished }.count != finished.count
            }
            if outcome == .stopped {
                for child in children { child.requestStop() }
                _ = Job.wait(for: children, stop: nil, timeout: 5, until: Job.allFinished)
                try context.checkStopped()
            }
        }
    }

    /// PowerShell's error for a computer it cannot open a session to: the
    /// name does not resolve (ComputerNotFound), or it does and shoal
    /// cannot reach it (CannotConnect).
    private func connectionFailure(_ computer: String, _ context: CmdletContext) throws -> ErrorRecord {
        let reason: String
        let id: String
        do {
            _ = try HostResolver.addresses(of: computer, timeout: 5, runspace: context.runspace)
            reason = RemoteConnection.winRMReason
            id = "CannotConnect"
        } catch is HostResolver.Failure {
            reason = "The shoal client cannot process the request because the server name cannot be resolved."
            id = "ComputerNotFound"
        }
        let message = RemoteConnection.openFailureMessage(computer, reason)
        return ErrorRecord(message, exceptionType: "System.Management.Automation.Remoting.PSRemotingTransportException",
                           errorId: id + ",PSSessionStateBroken", category: .openError, target: .string(computer),
                           span: context.span, commandName: context.commandName)
    }

    private func missingScriptBlock(_ context: CmdletContext) -> ScriptError {
        context.terminatingError("Cannot process command because of one or more missing mandatory parameters: ScriptBlock.",
                                 id: "MissingMandatoryParameter", category: .invalidArgument,
                                 exceptionType: "System.Management.Automation.ParameterBindingException")
    }
}
