// Enter-PSSession at a real prompt (pseudo-terminal) against a real sshd
// on 127.0.0.1: the prompt names the host and its location, state stays
// between lines, `exit` comes back to the local prompt.

import Foundation
import ShoalTestSupport
import Testing

@Suite(.serialized) struct EnterPSSessionTests {
    @Test func thePromptGoesToTheFarSideAndComesBack() throws {
        let server = LoopbackSSH(shoal: PseudoTerminal.shoal)
        defer { server.stop() }
        if let why = server.unavailable {
            Issue.record("no loopback sshd: \(why)")
            return
        }
        let shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        shell.run("$env:SHOAL_SSH_COMMAND = '\(server.environment["SHOAL_SSH_COMMAND"] ?? "")'; $here = $PID")
        shell.send("Enter-PSSession -HostName h2" + Key.enter)
        shell.expect("[h2]: PS ")
        shell.send("$kept = 'kept'; Set-Location /etc; $PID -ne 0" + Key.enter)
        shell.expect("[h2]: PS /etc> ")
        shell.send("\"$kept in $PWD\"" + Key.enter)
        shell.expect("\nkept in /etc\n")
        // Completion asks the far side: its variables, and paths from its location (/etc, not here).
        shell.send("$ke" + Key.tab)
        shell.expect("$kept")
        shell.cancel()
        shell.send("Get-Item hostnam" + Key.tab)
        shell.expect("Get-Item hostname ")
        shell.cancel()
        shell.send("exit" + Key.enter)
        shell.expect("\nPS /")
        shell.run("\"back: $($PID -eq $here), sessions: $(@(Get-PSSession).Count)\"", expecting: "back: True, sessions: 0")
    }
}
