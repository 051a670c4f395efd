// Stop-Process: sends SIGTERM (SIGKILL with -Force) to processes given by
// id, by name or as process objects from the pipeline.

import Glibc
import ShoalRuntime

public final class StopProcessCommand: Cmdlet, ParameterSetDescribing {
    public static let descriptor = CmdletDescriptor(
        "Stop-Process", synopsis: "Stops one or more running processes.",
        parameters: [
            ParameterDescriptor("Id", type: "int[]", position: 0, pipelineByPropertyName: true),
            ParameterDescriptor("Name", type: "string[]", pipelineByPropertyName: true, aliases: ["ProcessName"]),
            ParameterDescriptor("InputObject", pipeline: true),
            ParameterDescriptor("PassThru", type: "switch"),
            ParameterDescriptor("Force", type: "switch"),
        ])
    static let parameterSets = [
        ParameterSet(["Id"], mandatory: ["Id"]), ParameterSet(["Name"], mandatory: ["Name"]),
        ParameterSet(["InputObject"], mandatory: ["InputObject"]),
    ]
    public init() {}

    public func process(_ context: CmdletContext) throws {
        // A piped process binds InputObject (by value) as well as Id and Name (by
        // property name); PowerShell picks the by-value binding.
        if context.hasPipelineInput, context.has("InputObject") {
            context.unbind("id")
            context.unbind("name")
        }
        let set = try ParameterChecks.exclusiveGroup(Self.parameterSets.map(\.names), in: context)
        var targets: [ProcessObject] = []
        switch set {
        case 2?:
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
        case nil:
            throw ParameterChecks.missingMandatory(["Id"], in: context)
        default:
            targets = try ProcessTable.selected(context)
        }
        for process in targets { try stop(process, context) }
    }

    func stop(_ process: ProcessObject, _ context: CmdletContext) throws {
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
