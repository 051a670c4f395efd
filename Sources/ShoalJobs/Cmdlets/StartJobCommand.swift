// Start-Job: runs a script block in a `shoal --job-worker` process. As in
// PowerShell the job the user gets is a parent (BackgroundJob) whose one
// child does the work; the parent mirrors the child's state and reason.

import Glibc
import ShoalRuntime
import ShoalSyntax

public final class StartJobCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Start-Job", synopsis: "Starts a PowerShell background job in a separate process.",
        parameters: [
            ParameterDescriptor("ScriptBlock", type: "scriptblock", position: 0, aliases: ["Command"], help: "The code the job runs, in a worker process."),
            ParameterDescriptor("FilePath", type: "string", help: "A script file the job runs."),
            ParameterDescriptor("LiteralPath", type: "string", aliases: ["PSPath", "LP"], help: "A script file the job runs, without wildcards."),
            ParameterDescriptor("InitializationScript", type: "scriptblock", position: 1, help: "Code that runs in the worker before the job."),
            ParameterDescriptor("Name", type: "string", pipelineByPropertyName: true, help: "The job's name."),
            ParameterDescriptor("ArgumentList", type: "object[]", aliases: ["Args"], help: "Arguments for the script block's parameters."),
            ParameterDescriptor("InputObject", pipeline: true, help: "Objects given to the job as its input ($input)."),
            ParameterDescriptor("WorkingDirectory", type: "string", help: "The directory the job starts in."),
            ParameterDescriptor("Credential", help: "Refused: jobs run as the current user."), ParameterDescriptor("Authentication", help: "Accepted for compatibility."),
            ParameterDescriptor("RunAs32", type: "switch", help: "Refused: there is no 32-bit shoal."), ParameterDescriptor("PSVersion", help: "Accepted for compatibility."), JobPolicyParameters.timeout, JobPolicyParameters.throttleGroup, JobPolicyParameters.jobLog,
        ] + JobPolicyParameters.retries,
        description: "Runs a script block in a background job, in a worker process of its own; Receive-Job collects what it writes, Wait-Job waits for it. The block sees variables of the caller through $using:.",
        examples: [
            HelpExample("Run work in the background and collect it",
                        code: "$job = Start-Job { 1..3 | ForEach-Object { $_ * 2 } }\nReceive-Job $job -Wait -AutoRemoveJob",
                        output: "2\n4\n6\n"),
            HelpExample("Pass a value with $using:",
                        code: "$name = 'shoal'\nStart-Job { \"hello from $using:name\" } | Receive-Job -Wait -AutoRemoveJob",
                        output: "hello from shoal\n"),
        ])
    public init() {}

    var source: JobScriptSource?
    var input: [TransferValue] = []

    public func begin(_ context: CmdletContext) throws {
        if let version = context.value("PSVersion") {
            let text = Conversion.toString(version)
            throw context.terminatingError(
                "Cannot bind parameter 'PSVersion'. The value \(text) is not valid for the PSVersion parameter. The only allowed value is 5.1, which needs Windows PowerShell.",
                id: "ParameterBindingFailed", category: .invalidArgument,
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        if context.flag("RunAs32") {
            throw context.terminatingError(
                "Cannot start a 32-bit 'pwsh' process from the 64-bit 'pwsh' installation. Install the 32-bit 'pwsh' if you need to run PowerShell in a 32-bit process.",
                id: "RunAs32NotSupported", category: .invalidOperation)
        }
        source = try JobScriptSource(context, filePathParameter: context.has("LiteralPath") ? "LiteralPath" : "FilePath")
    }

    public func process(_ context: CmdletContext) throws {
        if context.hasPipelineInput, let item = context.inputObject { input.append(TransferValue(item)) }
    }

    public func end(_ context: CmdletContext) throws {
        guard let source else { return }
        var location = context.runspace.location
        // The job starts on the drive the location is on (`Temp:/`), as pwsh's does.
        var drive = context.runspace.drives.currentDriveName
        if let directory = context.string("WorkingDirectory") {
            drive = context.runspace.drives.namedDrive(in: directory)?.name
            guard !directory.trimmingCharacters().isEmpty else {
                throw context.terminatingError(
                    "Cannot validate argument on parameter 'WorkingDirectory'. The argument is null, empty, or consists of only white-space characters. Provide an argument that contains non white-space characters, and then try the command again.",
                    id: "ParameterArgumentValidationError", category: .invalidData,
                    exceptionType: "System.Management.Automation.ParameterBindingException")
            }
            location = context.runspace.resolvePath(directory)
            var info = stat()
            guard stat(location, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw context.terminatingError("Cannot find the WorkingDirectory path \(directory).", id: "DirectoryNotFoundException",
                                               category: .invalidArgument, exceptionType: "System.IO.DirectoryNotFoundException")
            }
        }
        var inputItems: [TransferValue]?
        if context.hasPipelineInput { inputItems = input }
        else if let value = context.value("InputObject") { inputItems = [TransferValue(value)] }
        let request = WorkerRequest(
            scriptText: source.command, scriptName: source.fileName, scriptPrefix: source.positionPrefix,
            initializationText: JobScriptSource.initialization(context)?.text,
            arguments: JobScriptSource.arguments(context), input: inputItems,
            usingValues: try source.usingValues(context, undefinedIsError: true),
            location: location, locationDrive: drive)
        let job = try JobsModule.startProcessJob(request, name: context.string("Name"), command: source.command,
                                                 policy: try JobPolicyParameters.read(context), context: context)
        try context.write(.native(JobObject(job)))
    }
}

extension JobsModule {
    /// Creates the parent and child jobs of a Start-Job and starts the worker.
    static func startProcessJob(_ request: WorkerRequest, name: String?, command: String, policy: JobPolicy,
                                context: CmdletContext) throws -> Job {
        let table = try JobsModule.table(of: context)
        let parent = table.makeJob(name: name, kind: .background, location: "localhost", command: command)
        // The child runs the attempts; the parent mirrors how they ended.
        let child = table.makeJob(name: nil, kind: .backgroundChild, location: "localhost", command: command, policy: policy)
        parent.addChild(child, mirrored: true)
        parent.setStopAction { child.requestStop() }
        policy.log?.record(parent, seq: parent.id, input: JobLog.inputText(request.arguments), flushing: true)
        table.add(parent)
        table.throttleGroups.admit(child) { _ in
            parent.setState(.running)
            table.processExecutor.start(child, request)
        }
        return parent
    }
}
