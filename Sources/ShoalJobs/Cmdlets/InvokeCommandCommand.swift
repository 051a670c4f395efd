// Invoke-Command: runs a script block here (a child scope, or the caller's
// with -NoNewScope; -ArgumentList binds its param() block; pipeline input
// or -InputObject reaches `$_` / `$input`). Naming other computers
// (-ComputerName, -HostName, -Session) fails as an unreachable computer
// fails in PowerShell, a non-terminating OpenError per computer, because
// shoal has no remoting yet; with -AsJob that error lands in a failed
// RemoteJob, as PowerShell's does.

import ShoalRuntime

public final class InvokeCommandCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Invoke-Command", synopsis: "Runs commands on local and remote computers.",
        parameters: [
            // Declared untyped so `Invoke-Command Server01 { … }` (the computer
            // first, as in PowerShell's ComputerName set) can be recognised.
            ParameterDescriptor("ScriptBlock", position: 0, aliases: ["Command"]),
            ParameterDescriptor("ComputerName", position: 1, aliases: ["Cn"]),
            ParameterDescriptor("ArgumentList", type: "object[]", aliases: ["Args"]),
            ParameterDescriptor("InputObject", pipeline: true),
            ParameterDescriptor("NoNewScope", type: "switch"),
            ParameterDescriptor("AsJob", type: "switch"),
            ParameterDescriptor("JobName", type: "string"),
            ParameterDescriptor("HostName", type: "string[]"),
            ParameterDescriptor("Session"),
            ParameterDescriptor("FilePath", type: "string", aliases: ["PSPath"]),
            ParameterDescriptor("Credential"),
            ParameterDescriptor("Port", type: "int"),
            ParameterDescriptor("UseSSL", type: "switch"),
            ParameterDescriptor("ThrottleLimit", type: "int"),
            ParameterDescriptor("SessionOption"),
            ParameterDescriptor("Authentication", type: "string"),
            ParameterDescriptor("ConfigurationName", type: "string"),
            ParameterDescriptor("UserName", type: "string"),
            ParameterDescriptor("KeyFilePath", type: "string", aliases: ["IdentityFilePath"]),
            ParameterDescriptor("HideComputerName", type: "switch", aliases: ["HCN"]),
        ], implementingType: "Microsoft.PowerShell.Commands.InvokeCommandCommand")
    public init() {}

    private var invocation: BlockInvocation?
    private var computers: [String] = []
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
        computers += (context.value("HostName")?.enumeratedItems ?? []).map(Conversion.toString)
        if let sessions = context.value("Session") {
            computers += sessions.enumeratedItems.map { OutputFormatter.propertyValue(of: $0, named: "ComputerName").map(Conversion.toString) ?? "localhost" }
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
                id: "AmbiguousParameterSet", category: "InvalidArgument",
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        guard let block else { throw missingScriptBlock(context) }
        guard case .scriptBlock(let script) = block else {
            throw context.terminatingError(
                "Cannot bind parameter 'ScriptBlock'. Cannot convert the \"\(Conversion.toString(block))\" value of type \"\(OutputFormatter.typeNames(of: block).first ?? "System.String")\" to type \"System.Management.Automation.ScriptBlock\".",
                id: "CannotConvertArgumentNoMessage", category: "InvalidArgument",
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let arguments = context.value("ArgumentList")?.enumeratedItems ?? []
        invocation = BlockInvocation(script, arguments: arguments, newScope: !context.flag("NoNewScope"),
                                     takesInput: context.hasPipelineInput || context.has("InputObject"), context: context)
        try invocation?.begin()
    }

    public func process(_ context: CmdletContext) throws {
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

    /// PowerShell's error for a computer it cannot open a session to: the
    /// name does not resolve (ComputerNotFound), or it does and shoal
    /// cannot reach it (CannotConnect).
    private func connectionFailure(_ computer: String, _ context: CmdletContext) throws -> ErrorRecord {
        let reason: String
        let id: String
        do {
            _ = try HostResolver.addresses(of: computer, timeout: 5, runspace: context.runspace)
            reason = "The shoal client cannot connect to the destination: shoal has no remoting yet, so commands cannot run on other computers."
            id = "CannotConnect"
        } catch is HostResolver.Failure {
            reason = "The shoal client cannot process the request because the server name cannot be resolved."
            id = "ComputerNotFound"
        }
        let message = "Connecting to remote server \(computer) failed with the following error message : \(reason) For more information, see the about_Remote_Troubleshooting Help topic."
        return ErrorRecord(message, exceptionType: "System.Management.Automation.Remoting.PSRemotingTransportException",
                           errorId: id + ",PSSessionStateBroken", category: "OpenError", target: .string(computer),
                           span: context.span, commandName: context.commandName)
    }

    private func missingScriptBlock(_ context: CmdletContext) -> ScriptError {
        context.terminatingError("Cannot process command because of one or more missing mandatory parameters: ScriptBlock.",
                                 id: "MissingMandatoryParameter", category: "InvalidArgument",
                                 exceptionType: "System.Management.Automation.ParameterBindingException")
    }
}
