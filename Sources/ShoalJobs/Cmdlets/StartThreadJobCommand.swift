// Start-ThreadJob: runs a script block on a thread of the shell in a fresh
// runspace, at most -ThrottleLimit at once.

import ShoalRuntime

public final class StartThreadJobCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Start-ThreadJob", synopsis: "Starts a background job that runs on a thread of the current process.",
        parameters: [
            ParameterDescriptor("ScriptBlock", type: "scriptblock", position: 0, aliases: ["Command"], help: "The code the job runs."),
            ParameterDescriptor("FilePath", type: "string", help: "A script file the job runs instead of a script block."),
            ParameterDescriptor("Name", type: "string", help: "The job's name."),
            ParameterDescriptor("InitializationScript", type: "scriptblock", help: "Code that runs in the job before the script block."),
            ParameterDescriptor("InputObject", pipeline: true, help: "Objects given to the job as its input ($input)."),
            ParameterDescriptor("ArgumentList", type: "object[]", aliases: ["Args"], help: "Arguments for the script block's parameters."),
            ParameterDescriptor("ThrottleLimit", type: "int", help: "How many thread jobs may run at once."),
            ParameterDescriptor("StreamingHost", help: "Accepted for compatibility."), JobPolicyParameters.timeout, JobPolicyParameters.throttleGroup, JobPolicyParameters.jobLog,
        ] + JobPolicyParameters.retries, implementingType: "Microsoft.PowerShell.ThreadJob.StartThreadJobCommand",
        description: "Runs a script block in a background job on a thread of this process: it starts in microseconds and shares nothing but what is passed to it. -ThrottleLimit bounds how many run at once.",
        examples: [
            HelpExample("Fan out and collect",
                        code: "$jobs = 1..3 | ForEach-Object { Start-ThreadJob { param($n) $n * $n } -ArgumentList $_ }\n$jobs | Receive-Job -Wait -AutoRemoveJob | Sort-Object",
                        output: "1\n4\n9\n"),
            HelpExample("Give a job pipeline input",
                        code: "1..5 | Start-ThreadJob { $input | Measure-Object -Sum | ForEach-Object Sum } | Receive-Job -Wait -AutoRemoveJob",
                        output: "15\n"),
            HelpExample("Use a variable of the caller with $using:",
                        code: "$threshold = 80\nStart-ThreadJob { \"alert above $using:threshold%\" } | Receive-Job -Wait -AutoRemoveJob",
                        output: "alert above 80%\n"),
        ])
    public init() {}

    var source: JobScriptSource?
    var input: [TransferValue] = []

    public func begin(_ context: CmdletContext) throws {
        if context.has("Name"), context.string("Name")?.isEmpty ?? true {
            throw context.terminatingError(
                "Cannot validate argument on parameter 'Name'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
                id: "ParameterArgumentValidationError", category: .invalidData,
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        if let limit = try context.integer("ThrottleLimit", minimum: 1) {
            try JobsModule.table(of: context).threadExecutor.throttleLimit = limit
        }
        source = try JobScriptSource(context, commandIsPath: true)
    }

    public func process(_ context: CmdletContext) throws {
        if context.hasPipelineInput, let item = context.inputObject { input.append(TransferValue(item)) }
    }

    public func end(_ context: CmdletContext) throws {
        guard let source else { return }
        let table = try JobsModule.table(of: context)
        var spec = JobSpec(script: source.node, location: context.runspace.location)
        spec.locationDrive = context.runspace.drives.currentDriveName
        spec.arguments = JobScriptSource.arguments(context)
        spec.usingValues = try source.usingValues(context, undefinedIsError: false)
        spec.initialization = JobScriptSource.initialization(context)
        if context.hasPipelineInput { spec.input = input }
        else if let value = context.value("InputObject") { spec.input = [TransferValue(value)] }
        let policy = try JobPolicyParameters.read(context)
        let job = table.makeJob(name: context.string("Name"), kind: .thread, location: "PowerShell", command: source.command,
                                policy: policy)
        policy.log?.record(job, seq: job.id, input: JobLog.inputText(spec.arguments), flushing: true)
        table.add(job)
        table.threadExecutor.submit(job, spec) { JobsModule.attach($0, table: table) }
        try context.write(.native(JobObject(job)))
    }
}
