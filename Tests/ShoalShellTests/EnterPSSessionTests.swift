// Enter-PSSession at a real prompt (pseudo-terminal) against a real sshd
// on 127.0.0.1: the prompt names the host and its location, state stays
// between lines, `exit` comes back to the local prompt.

import Foundation
import ShoalTestSupport
import Testing

@Suite(.serialized) struct EnterPSSessionTests {
    /// A loopback sshd and a shell at a prompt that reaches it; nil (and a
    /// recorded issue: the test command installs sshd) without one.
    static func start() throws -> (server: LoopbackSSH, shell: PseudoTerminal)? {
        let server = LoopbackSSH(shoal: PseudoTerminal.shoal)
        if let why = server.unavailable {
            server.stop()
            Issue.record("no loopback sshd: \(why)")
            return nil
        }
        let shell: PseudoTerminal
        do {
            shell = try PseudoTerminal.shell(PseudoTerminal.Home())
        } catch {
            server.stop()
            throw error
        }
        shell.run("$env:SHOAL_SSH_COMMAND = '\(server.environment["SHOAL_SSH_COMMAND"] ?? "")'")
        return (server, shell)
    }

    @Test func thePromptGoesToTheFarSideAndComesBack() throws {
        guard let (server, shell) = try Self.start() else { return }
        defer { server.stop() }
        shell.run("$here = $PID")
        shell.send("Enter-PSSession -HostName h2" + Key.enter)
        shell.expect("[h2]: PS ")
        shell.send("$kept = 'kept'; Set-Location /etc; $PID -ne 0" + Key.enter)
        shell.expect("[h2]: PS /etc> ")
        shell.send("\"$kept in $PWD\"" + Key.enter)
        shell.expect("\nkept in /etc\n")
        // An error on the far side points at the typed line, not at a wrapper around it.
        shell.send("$line = 'mine'; Get-Nothing -Here" + Key.enter)
        shell.expect("1 | $line = 'mine'; Get-Nothing -Here")
        shell.send("$line" + Key.enter)
        shell.expect("\nmine\n")
        // Completion asks the far side: its variables, and paths from its location (/etc, not here).
        shell.completes("$ke", to: "$kept")
        shell.completes("Get-Item hostnam", to: "Get-Item hostname ")
        shell.send("exit" + Key.enter)
        shell.expect("\nPS /")
        shell.run("\"back: $($PID -eq $here), sessions: $(@(Get-PSSession).Count)\"", expecting: "back: True, sessions: 0")
    }

    @Test func ctrlCStopsAForegroundInvokeCommandOnEveryHost() throws {
        guard let (server, shell) = try Self.start() else { return }
        defer { server.stop() }
        shell.send("Invoke-Command -HostName h1, h2, h3 { sleep 321 }" + Key.enter)
        // All three far sides run their sleep, then Ctrl-C.
        let deadline = Date().addingTimeInterval(30)
        while server.sessionProcesses().filter({ $0.contains("sleep 321") }).count < 3, Date() < deadline { usleep(50_000) }
        #expect(server.sessionProcesses().filter { $0.contains("sleep 321") }.count == 3)
        shell.send(Key.ctrlC)
        shell.run("'back at the prompt'", expecting: "\nback at the prompt\n")
        let gone = Date().addingTimeInterval(5)
        while !server.sessionProcesses().isEmpty, Date() < gone { usleep(50_000) }
        #expect(server.sessionProcesses() == [], "nothing is left on any far side")
    }
}
