// Stop-Process: sends SIGTERM (SIGKILL with -Force) to processes given by
// id, by name or as process objects from the pipeline.

import Glibc
import ShoalRuntime

public final class StopProcessCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Stop-Process", synopsis: "Stops one or more running processes.",
        parameters: [
            ParameterDescriptor("Id", type: "int[]", position: 0, pipelineByPropertyName: true,
                                help: "The ids of the processes to stop; an id with no process is an error."),
            ParameterDescriptor("Name", type: "string[]", pipelineByPropertyName: true, aliases: ["ProcessName"],
                                help: "The names of the processes to stop (wildcards allowed); every process of that name is stopped, and a plain name that matches none is an error."),
            ParameterDescriptor("InputObject", pipeline: true,
                                help: "The processes to stop, piped from Get-Process or Start-Process -PassThru (or any objects with an Id)."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes each process it stopped to the pipeline."),
            ParameterDescriptor("Force", type: "switch", help: "Sends SIGKILL, which a program cannot catch or ignore, instead of SIGTERM."),
        ],
        parameterSets: [
            ParameterSetDescriptor("Id", ["Id"], mandatory: ["Id"]), ParameterSetDescriptor("Name", ["Name"], mandatory: ["Name"]),
            ParameterSetDescriptor("InputObject", ["InputObject"], mandatory: ["InputObject"]),
        ], defaultParameterSet: "Id", confirmImpact: .medium,
        description: "Stops processes by -Id, -Name or piped process objects, by sending them SIGTERM (SIGKILL with -Force).",
        examples: [
            HelpExample("Stop a process you started",
                        code: "$p = Start-Process sleep -ArgumentList 30 -PassThru\nStop-Process -Id $p.Id\n$p.WaitForExit()\n$p.HasExited",
                        output: "True\n"),
            HelpExample("Force a process that ignores the request to stop",
                        code: "$p = Start-Process sh -ArgumentList '-c', '\"trap \\\"\\\" TERM; exec sleep 30\"' -PassThru\n$deadline = (Get-Date).AddSeconds(10)\nwhile ((Get-Process -Id $p.Id -ErrorAction SilentlyContinue).ProcessName -ne 'sleep' -and (Get-Date) -lt $deadline) {\n    Start-Sleep -Milliseconds 20\n}\nStop-Process -Id $p.Id\n$p.WaitForExit(300)\nStop-Process -Id $p.Id -Force\n$p.WaitForExit(5000)",
                        output: "False\nTrue\n",
                        remarks: "Stop-Process sends SIGTERM, which a program may catch or ignore (this one ignores it); -Force sends SIGKILL, which cannot be ignored."),
            HelpExample("Stop every copy of a program by name",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-stopprocess-3'\nNew-Item -ItemType Directory -Path $dir -Force | Out-Null\n$worker = Join-Path $dir 'shoalhelpnap'\nCopy-Item -Path (Get-Command sleep -CommandType Application | Select-Object -First 1).Source -Destination $worker\n$started = 1..2 | ForEach-Object { Start-Process $worker -ArgumentList 30 -PassThru }\nGet-Process -Name shoalhelpnap | Stop-Process -PassThru | Measure-Object | ForEach-Object Count\n$started | ForEach-Object { $_.WaitForExit() }\n@(Get-Process -Name shoalhelpnap -ErrorAction SilentlyContinue).Count\nRemove-Item -Path $dir -Recurse",
                        output: "2\n0\n",
                        remarks: "Here the program is a copy of sleep under a name of its own, so that no other process is touched. Stop-Process -Name shoalhelpnap stops them the same way; piping lets Where-Object choose first."),
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
