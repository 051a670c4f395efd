// One process as Get-Process returns it, read from /proc/<pid>: Id,
// ProcessName, CPU seconds (utime + stime over CLK_TCK), WS (resident
// bytes), StartTime (boot time + starttime), Path and CommandLine.

import Glibc
import ShoalRuntime

final class ProcessObject: TabularObject, ShareableObject, TypeHierarchyObject {
    let id: Int
    let name: String
    let cpuSeconds: Double
    let workingSet: Int
    let startTime: DateTimeValue
    let path: String?
    let commandLine: String
    /// The parent's id, from the same stat line.
    let parentId: Int
    /// The session id (SI), from the same stat line.
    let sessionId: Int
    /// Swapped-out bytes, .NET's PagedMemorySize64 on Linux (PM).
    let pagedMemory: Int

    /// pwsh's table view of a process (DotNetTypes.format.ps1xml): memory in
    /// megabytes with two decimals, CPU seconds, Id, SI and the name.
    static func registerView(into registry: CommandRegistry) {
        @Sendable func number(_ process: Value, _ name: String) -> Double {
            switch OutputFormatter.propertyValue(of: process, named: name) {
            case .int(let n)?: return Double(n)
            case .double(let d)?: return d
            default: return 0
            }
        }
        func megabytes(_ name: String) -> @Sendable (Value) -> Value {
            { process in .string(Operators.formatValue(.double(number(process, name) / 1_048_576), "N2")) }
        }
        registry.registerTable(typeName: "System.Diagnostics.Process", columns: [
            FormatViewColumn("NPM(K)", width: 7, alignment: .right) { _ in .int(0) },
            FormatViewColumn("PM(M)", width: 8, alignment: .right, value: megabytes("PM")),
            FormatViewColumn("WS(M)", width: 10, alignment: .right, value: megabytes("WS")),
            FormatViewColumn("CPU(s)", width: 10, alignment: .right) { process in
                .string(Operators.formatValue(.double(number(process, "CPU")), "N2"))
            },
            FormatViewColumn("Id", width: 7, alignment: .right),
            FormatViewColumn("SI", width: 3, alignment: .right),
            FormatViewColumn("ProcessName"),
        ])
    }

    init(id: Int, name: String, cpuSeconds: Double, workingSet: Int, startTime: DateTimeValue, path: String?,
         commandLine: String, parentId: Int, sessionId: Int = 0, pagedMemory: Int = 0) {
        self.sessionId = sessionId
        self.pagedMemory = pagedMemory
        self.id = id
        self.name = name
        self.cpuSeconds = cpuSeconds
        self.workingSet = workingSet
        self.startTime = startTime
        self.path = path
        self.commandLine = commandLine
        self.parentId = parentId
    }

    var typeName: String { "System.Diagnostics.Process" }
    var baseTypeNames: [String] { ["System.ComponentModel.Component", "System.MarshalByRefObject", "System.Object"] }
    /// PowerShell's `System.Diagnostics.Process (name)`.
    var stringValue: String { "System.Diagnostics.Process (\(name))" }
    /// The columns of the table view, in PowerShell's order; the other
    /// properties are read by name (see the report: a default-view
    /// registry would let all of them be listed here).
    var propertyNames: [String] { ["NPM", "PM", "WS", "CPU", "Id", "SI", "ProcessName"] }
    var serializedPropertyNames: [String] {
        ["Name", "Id", "ProcessName", "CPU", "WS", "WorkingSet64", "PM", "NPM", "SI", "StartTime", "Path", "CommandLine", "ParentId",
         "HasExited"]
    }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "id": return .int(id)
        case "processname", "name": return .string(self.name)
        case "cpu": return .double(cpuSeconds)
        case "ws", "workingset", "workingset64": return .int(workingSet)
        case "pm", "pagedmemorysize64", "pagedmemorysize": return .int(pagedMemory)
        case "npm", "nonpagedsystemmemorysize64", "nonpagedsystemmemorysize": return .int(0)
        case "si", "sessionid": return .int(sessionId)
        case "starttime": return .native(startTime)
        case "path": return path.map { .string($0) } ?? .null
        case "commandline": return .string(commandLine)
        case "parentid": return .int(parentId)
        case "hasexited": return .bool(kill(pid_t(id), 0) != 0 && errno == ESRCH)
        default: return nil
        }
    }
}
