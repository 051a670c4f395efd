// Stop-Process: sends SIGTERM (SIGKILL with -Force) to processes given by
// id, by name or as process objects from the pipeline.

import Glibc
import ShoalRuntime

public final class StopProcessCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Stop-Process", synopsis: "Stops one or more running processes.",
        parameters: [
            ParameterDescriptor("Id", type: "int[]", position: 0, pipelineByPropertyName: true),
            ParameterDescriptor("Name", type: "string[]", pipelineByPropertyName: true, aliases: ["ProcessName"]),
            ParameterDescriptor("InputObject", pipeline: true),
            ParameterDescriptor("PassThru", type: "switch"),
            ParameterDescriptor("Force", type: "switch"),
        ],
        parameterSets: [
            ParameterSetDescriptor("Id", ["Id"], mandatory: ["Id"]), ParameterSetDescriptor("Name", ["Name"], mandatory: ["Name"]),
            ParameterSetDescriptor("InputObject", ["InputObject"], mandatory: ["InputObject"]),
        ], defaultParameterSet: "Id", confirmImpact: .medium,
        description: "Stops processes by -Id, -Name or piped process objects.",
        examples: [
            HelpExample("Stop a process you started",
                        code: "$p = Start-Process sleep -ArgumentList 30 -PassThru\nStop-Process -Id $p.Id\n$p.WaitForExit()\n$p.HasExited",
                        output: "True\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        // A piped process binds InputObject by value; the binder then leaves
        // Id and Name (by property name, another set) alone, as PowerShell's.
        var targets: [ProcessObject] = []
        switch context.parameterSetName {
        case "InputObject":
            for item in context.value("InputObject")?.enumeratedItems ?? [] {
                if case .native(let process as ProcessObject) = item {
                    targets.append(process)
                } else if let id = StartSleepCommand.number(context.runspace.memberValue(item, "Id")), let process = ProcessTable.read(Int(id)) {
                    targets.append(process)
                } else {
                    try ProcessTable.notFound(id: Int(StartSleepCommand.number(context.runspace.memberValue(item, "Id")) ?? 0), context)
                }
            }
            context.unbind("inputobject")
        default:
            targets = try ProcessTable.selected(context)
        }
        for process in targets { try stop(process, context) }
    }

    func stop(_ process: ProcessObject, _ context: CmdletContext) throws {
        guard try context.shouldProcess("\(process.name) (\(process.id))", action: "Stop-Process") else { return }
        if kill(pid_t(process.id), context.flag("Force") ? SIGKILL : SIGTERM) != 0 {
            let reason = errno == EPERM ? "Access is denied." : String(cString: strerror(errno))
            try context.writeError("Cannot stop process \"\(process.name) (\(process.id))\" because of the following error: \(reason)",
                                   id: "CouldNotStopProcess", category: .closeError, target: .native(process),
                                   exceptionType: "Microsoft.PowerShell.Commands.ProcessCommandException")
            return
        }
        if context.flag("PassThru") { try context.write(.native(process)) }
    }
}
