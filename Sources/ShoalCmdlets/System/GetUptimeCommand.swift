// Get-Uptime: how long the system has been running (a TimeSpan, from
// /proc/uptime), or when it started (-Since, a DateTime); as pwsh 7.4.

import Glibc
import ShoalRuntime

final class GetUptimeCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Uptime", synopsis: "Get the TimeSpan since last boot.",
        parameters: [
            ParameterDescriptor("Since", type: "switch", help: "Returns the time the system started, as a local DateTime, instead of the TimeSpan since then."),
        ],
        description: "Gets how long the system has been running, as a TimeSpan (or the boot time with -Since).",
        examples: [
            HelpExample("Has the system been up",
                        code: "(Get-Uptime).TotalSeconds -gt 0",
                        output: "True\n"),
            HelpExample("When the system started",
                        code: "$boot = Get-Uptime -Since\n$boot.GetType().FullName\n$boot -lt (Get-Date)",
                        output: "System.DateTime\nTrue\n",
                        remarks: "-Since gives the boot time as a local DateTime instead of the TimeSpan since then."),
            HelpExample("Uptime for a status line",
                        code: "$up = Get-Uptime\n$line = 'up {0}d {1}h {2}m' -f $up.Days, $up.Hours, $up.Minutes\n$line -match '^up \\d+d \\d+h \\d+m$'",
                        output: "True\n",
                        remarks: "$line reads like 'up 12d 4h 31m'; the TimeSpan's Days, Hours and Minutes split the uptime up."),
        ])

    func end(_ context: CmdletContext) throws {
        guard let seconds = GetUptimeCommand.secondsSinceBoot() else {
            throw context.terminatingError("The system uptime could not be read from /proc/uptime.", id: "GetUptimePlatformIsNotSupported",
                                           category: .notImplemented, exceptionType: "System.PlatformNotSupportedException")
        }
        let ticks = Int(seconds * 10_000_000)
        if context.flag("Since") {
            try context.write(.native(DateTimeValue(ticks: DateTimeValue.now().ticks - ticks)))
        } else {
            try context.write(.native(TimeSpanValue(ticks: ticks)))
        }
    }

    /// The first field of /proc/uptime.
    static func secondsSinceBoot() -> Double? {
        guard let file = fopen("/proc/uptime", "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 64)
        guard fgets(&buffer, 64, file) != nil else { return nil }
        return String(nulTerminated: buffer).split(separator: " ").first.flatMap { Double($0) }
    }
}
