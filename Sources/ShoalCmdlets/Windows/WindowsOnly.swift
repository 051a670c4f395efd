// What the Windows-only management cmdlets (WMI, CIM) do on Linux: write
// one clear, non-terminating error, so that try/catch with -ErrorAction
// Stop, -ErrorAction SilentlyContinue and $Error all behave as for any
// failing cmdlet, and a script that only probes for Windows moves on.

import ShoalRuntime

enum WindowsOnly {
    static func report(_ what: String, _ context: CmdletContext) throws {
        try context.writeError(
            "\(context.commandName) is not available on Linux: \(what) exists only on Windows. Read the same facts from Get-Process, Get-Counter, Get-ChildItem /proc or /sys instead.",
            id: "LinuxNotSupported", category: .notImplemented, target: context.valueIfDeclared("ClassName") ?? context.valueIfDeclared("Class") ?? .null,
            exceptionType: "System.PlatformNotSupportedException")
    }
}
