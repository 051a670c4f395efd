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

    init(id: Int, name: String, cpuSeconds: Double, workingSet: Int, startTime: DateTimeValue, path: String?,
         commandLine: String, parentId: Int) {
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
    var propertyNames: [String] { ["WS", "CPU", "Id", "ProcessName"] }
    var serializedPropertyNames: [String] {
        ["Name", "Id", "ProcessName", "CPU", "WS", "WorkingSet64", "StartTime", "Path", "CommandLine", "ParentId", "HasExited"]
    }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "id": return .int(id)
        case "processname", "name": return .string(self.name)
        case "cpu": return .double(cpuSeconds)
        case "ws", "workingset", "workingset64": return .int(workingSet)
        case "starttime": return .native(startTime)
        case "path": return path.map { .string($0) } ?? .null
        case "commandline": return .string(commandLine)
        case "parentid": return .int(parentId)
        case "hasexited": return .bool(kill(pid_t(id), 0) != 0 && errno == ESRCH)
        default: return nil
        }
    }
}
