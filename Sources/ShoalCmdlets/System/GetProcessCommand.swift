// Get-Process: the processes on this machine, all or by name (wildcards)
// or id, sorted by name as PowerShell lists them.

import ShoalRuntime

public final class GetProcessCommand: Cmdlet, ParameterSetDescribing {
    public static let descriptor = CmdletDescriptor(
        "Get-Process", synopsis: "Gets the processes that are running on the local computer.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipelineByPropertyName: true, aliases: ["ProcessName"]),
            ParameterDescriptor("Id", type: "int[]", pipelineByPropertyName: true, aliases: ["PID"]),
        ])
    static let parameterSets = [ParameterSet(["Name"]), ParameterSet(["Id"], mandatory: ["Id"])]
    public init() {}

    public func process(_ context: CmdletContext) throws {
        try ParameterChecks.exclusiveGroup(Self.parameterSets.map(\.names), in: context)
        for process in try ProcessTable.selected(context) { try context.write(.native(process)) }
    }
}
