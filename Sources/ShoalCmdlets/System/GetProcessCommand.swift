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
        defaultParameterSet: "Name",
        description: "Gets the running processes, by -Name (wildcards) or -Id, as objects with Id, ProcessName, CPU, WorkingSet and more.",
        examples: [
            HelpExample("This shell's process",
                        code: "$me = Get-Process -Id $PID\n$me.Id -eq $PID\n$me.WorkingSet64 -gt 0",
                        output: "True\nTrue\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        for process in try ProcessTable.selected(context) { try context.write(.native(process)) }
    }
}
