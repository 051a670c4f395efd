// The session's command history as Get-History sees it: each command the
// REPL ran, numbered from 1, with its status and times (PowerShell's
// HistoryInfo). It lives in the main runspace's extensions, so the history
// cmdlets find it; the history file is HistoryFile's business.

import ShoalRuntime

final class SessionHistory {
    private(set) var entries: [HistoryInfo] = []
    private var nextId = 1
    /// Tells the line editor to forget its list too (Clear-History).
    var onClear: (() -> Void)?

    @discardableResult
    func add(_ commandLine: String, start: DateTimeValue, end: DateTimeValue, status: String) -> HistoryInfo {
        let entry = HistoryInfo(id: nextId, commandLine: commandLine, status: status, start: start, end: end)
        nextId += 1
        entries.append(entry)
        return entry
    }

    func remove(where shouldRemove: (HistoryInfo) -> Bool) {
        entries.removeAll(where: shouldRemove)
        if entries.isEmpty { onClear?() }
    }

    func entry(id: Int) -> HistoryInfo? { entries.first { $0.id == id } }

    /// The session's history, made on first use.
    static func of(_ runspace: Runspace) -> SessionHistory {
        runspace.service(SessionHistory.self) { SessionHistory() }
    }

    static func registerView(into registry: CommandRegistry) {
        registry.registerTable(typeName: HistoryInfo.typeName, columns: [
            FormatViewColumn("Id", property: "Id", width: 4, alignment: .right),
            FormatViewColumn("Duration", width: 12, alignment: .right) { value in
                guard case .native(let info as HistoryInfo) = value else { return .null }
                return .string(info.durationText)
            },
            FormatViewColumn("CommandLine", property: "CommandLine"),
        ])
    }
}

/// PowerShell's Microsoft.PowerShell.Commands.HistoryInfo.
final class HistoryInfo: NativeObject {
    static let typeName = "Microsoft.PowerShell.Commands.HistoryInfo"
    let id: Int
    let commandLine: String
    let status: String
    let start: DateTimeValue
    let end: DateTimeValue

    init(id: Int, commandLine: String, status: String, start: DateTimeValue, end: DateTimeValue) {
        self.id = id
        self.commandLine = commandLine
        self.status = status
        self.start = start
        self.end = end
    }

    var typeName: String { HistoryInfo.typeName }
    var stringValue: String { commandLine }
    var propertyNames: [String] { ["Id", "CommandLine", "ExecutionStatus", "StartExecutionTime", "EndExecutionTime", "Duration"] }
    var duration: TimeSpanValue { TimeSpanValue(ticks: end.ticks - start.ticks) }

    /// `0.012` seconds as PowerShell's table shows a duration.
    var durationText: String {
        let ticks = end.ticks - start.ticks
        let seconds = ticks / 10_000_000
        let fraction = (ticks % 10_000_000) / 10_000
        let minutes = seconds / 60
        let fractionText = String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
        return minutes > 0 ? "\(minutes):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60).\(fractionText)"
                           : "\(seconds).\(fractionText)"
    }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "id": return .int(id)
        case "commandline": return .string(commandLine)
        case "executionstatus": return .string(status)
        case "startexecutiontime": return .native(start)
        case "endexecutiontime": return .native(end)
        case "duration": return .native(duration)
        default: return nil
        }
    }
}
