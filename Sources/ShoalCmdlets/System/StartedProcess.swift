// A process Start-Process started, as -PassThru returns it: what
// Get-Process shows of a process, plus what only its starter knows, its
// exit code (a thread reaps it, so it never lingers as a zombie), and
// WaitForExit/Kill.

import Glibc
import ShoalRuntime

final class StartedProcess: TabularObject, TypeHierarchyObject {
    let id: Int
    let name: String
    let path: String
    let startTime: DateTimeValue
    private let exit = ThreadLock<Int32?>(nil)
    private let exited = ChangeSignal()

    init(id: pid_t, name: String, path: String) {
        self.id = Int(id)
        self.name = name
        self.path = path
        startTime = DateTimeValue.now()
        startNativeThread(stackSize: 64 << 10) { [exit, exited] in
            var status: Int32 = 0
            while waitpid(id, &status, 0) < 0, errno == EINTR {}
            // As .NET reports it: the exit status, or 128 + the signal.
            let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            exit.withLock { $0 = code }
            exited.notify()
        }
    }

    var typeName: String { "System.Diagnostics.Process" }
    var baseTypeNames: [String] { ["System.ComponentModel.Component", "System.MarshalByRefObject", "System.Object"] }
    var stringValue: String { "System.Diagnostics.Process (\(name))" }
    var propertyNames: [String] { ["WS", "CPU", "Id", "ProcessName"] }

    var exitCode: Int32? { exit.withLock { $0 } }

    /// Waits until the process has ended, or `seconds` (nil: for ever) or a
    /// stop request; returns whether it ended.
    func waitForExit(seconds: Double?, stop: StopSignal?) -> Bool {
        let deadline = seconds.map { MonotonicClock.seconds() + $0 }
        while true {
            let seen = exited.current
            if exitCode != nil { return true }
            if stop?.isRequested == true { return false }
            let remaining = deadline.map { $0 - MonotonicClock.seconds() }
            if let remaining, remaining <= 0 { return false }
            // Short slices so that a stop request (Ctrl-C) is noticed.
            exited.wait(after: seen, seconds: min(remaining ?? 0.2, 0.2))
        }
    }

    func property(_ name: String) -> Value? {
        let live = exitCode == nil ? ProcessTable.read(id) : nil
        switch name.lowercased() {
        case "id": return .int(id)
        case "processname", "name": return .string(self.name)
        case "path": return .string(path)
        case "starttime": return .native(startTime)
        case "hasexited": return .bool(exitCode != nil)
        case "exitcode": return exitCode.map { .int(Int($0)) } ?? .null
        case "cpu": return live.flatMap { $0.property("cpu") } ?? .null
        case "ws", "workingset", "workingset64": return live.flatMap { $0.property("ws") } ?? .int(0)
        default: return nil
        }
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "waitforexit":
            let milliseconds: Double? = try arguments.first.map { Double(try TypeConversion.toInteger($0, "System.Int32", nil)) }
            let ended = waitForExit(seconds: milliseconds.map { $0 < 0 ? .infinity : $0 / 1000 }, stop: context.stopSignal)
            try context.checkStop()
            return arguments.isEmpty ? VoidResult.value : .bool(ended)
        case "kill":
            if exitCode == nil { _ = Glibc.kill(pid_t(id), SIGKILL) }
            return VoidResult.value
        case "refresh":
            return VoidResult.value
        default:
            return nil
        }
    }
}
