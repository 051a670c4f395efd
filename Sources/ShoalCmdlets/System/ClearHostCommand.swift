// Clear-Host: clears a terminal (screen and scrollback, cursor home) the
// way PowerShell's Clear-Host does on Unix; prints nothing when output is
// not a terminal, so redirected output stays clean.

import ShoalRuntime

public final class ClearHostCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Clear-Host", synopsis: "Clears the display in the host program.", parameters: [],
        description: "Clears the terminal (the screen and its scrollback) and puts the cursor at the top left; prints nothing when the output is not a terminal (redirected, captured or in a job).",
        examples: [
            HelpExample("Start a status screen afresh",
                        code: "function Show-Status {\n    Clear-Host\n    'Deployment status'\n    \"Jobs running: $(@(Get-Job -State Running).Count)\"\n}\nShow-Status",
                        output: "Deployment status\nJobs running: 0\n",
                        remarks: "In a terminal the screen and its scrollback are cleared and the cursor goes to the top left before the status is printed. Here the output is captured, so Clear-Host prints nothing and only the status lines appear."),
            HelpExample("The short name",
                        code: "(Get-Alias cls).Definition",
                        output: "Clear-Host\n",
                        remarks: "cls is the alias; on Linux and macOS clear is the system's own program, not an alias."),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws {
        let host = context.runspace.host
        guard host.isTerminal else { return }
        host.writeOutput("\u{1B}[2J\u{1B}[3J\u{1B}[H")
        host.flush()
    }
}
