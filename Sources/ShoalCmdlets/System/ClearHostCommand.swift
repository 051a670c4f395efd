// Clear-Host: clears a terminal (screen and scrollback, cursor home) the
// way PowerShell's Clear-Host does on Unix; prints nothing when output is
// not a terminal, so redirected output stays clean.

import ShoalRuntime

public final class ClearHostCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor("Clear-Host", synopsis: "Clears the display in the host program.", parameters: [])
    public init() {}

    public func end(_ context: CmdletContext) throws {
        let host = context.runspace.host
        guard host.isTerminal else { return }
        host.writeOutput("\u{1B}[2J\u{1B}[3J\u{1B}[H")
        host.flush()
    }
}
