// Get-Process: the processes on this machine, all or by name (wildcards)
// or id, sorted by name as PowerShell lists them.

import ShoalRuntime

public final class GetProcessCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Process", synopsis: "Gets the processes that are running on the local computer.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipelineByPropertyName: true, aliases: ["ProcessName"]),
            ParameterDescriptor("Id", type: "int[]", pipelineByPropertyName: true, aliases: ["PID"]),
        ],
        parameterSets: [ParameterSetDescriptor("Name", ["Name"]), ParameterSetDescriptor("Id", ["Id"], mandatory: ["Id"])],
        defaultParameterSet: "Name")
    public init() {}

    public func process(_ context: CmdletContext) throws {
        for process in try ProcessTable.selected(context) { try context.write(.native(process)) }
    }
}
