// Get-Process: the processes on this machine, all or by name (wildcards)
// or id, sorted by name as PowerShell lists them.

import ShoalRuntime

public final class GetProcessCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Process", synopsis: "Gets the processes that are running on the local computer.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, pipelineByPropertyName: true, aliases: ["ProcessName"],
                                help: "The process names to get (wildcards allowed), as ProcessName shows them; all processes when omitted. A plain name that matches none is an error."),
            ParameterDescriptor("Id", type: "int[]", pipelineByPropertyName: true, aliases: ["PID"],
                                help: "The process ids to get ($PID is this shell's); an id with no process is an error."),
        ],
        parameterSets: [ParameterSetDescriptor("Name", ["Name"]), ParameterSetDescriptor("Id", ["Id"], mandatory: ["Id"])],
        defaultParameterSet: "Name",
        description: "Gets the running processes (read from /proc), by -Name (wildcards) or -Id, as objects with Id, ProcessName, CPU, WorkingSet64 and more.",
        examples: [
            HelpExample("This shell's process",
                        code: "$me = Get-Process -Id $PID\n$me.Id -eq $PID\n$me.WorkingSet64 -gt 0",
                        output: "True\nTrue\n"),
            HelpExample("Check on a process by name and by id",
                        code: "$p = Start-Process sleep -ArgumentList 30 -PassThru\nGet-Process -Name sleep | Where-Object Id -eq $p.Id | ForEach-Object ProcessName\nStop-Process -Id $p.Id\n$p.WaitForExit()\nif (Get-Process -Id $p.Id -ErrorAction SilentlyContinue) { 'still running' } else { 'stopped' }",
                        output: "sleep\nstopped\n",
                        remarks: "-Name takes wildcards and may match several processes; -Id names exactly one. An id or plain name that matches nothing is an error, silenced here with -ErrorAction SilentlyContinue."),
            HelpExample("The processes using the most memory",
                        code: "$top = Get-Process | Sort-Object WorkingSet64 -Descending | Select-Object -First 5\n$top[0].WorkingSet64 -ge $top[-1].WorkingSet64",
                        output: "True\n",
                        remarks: "At the prompt, Get-Process | Sort-Object WS -Descending | Select-Object -First 10 shows the table (NPM, PM, WS, CPU, Id, SI, ProcessName)."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        for process in try ProcessTable.selected(context) { try context.write(.native(process)) }
    }
}
