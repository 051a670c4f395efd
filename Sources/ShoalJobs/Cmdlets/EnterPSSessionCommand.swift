// Enter-PSSession: the interactive shell's commands run in a PSSession
// until Exit-PSSession (or `exit`): the prompt becomes `[host]: PS path> `,
// each line runs on the far side and comes back formatted there, as in
// pwsh. Given -HostName it opens a session for the stay and closes it on
// leaving; given -Session, -Id or -Name it uses that one and keeps it.
// Outside the interactive shell it is an error (a script's next lines
// would still run here).

import ShoalRuntime

public final class EnterPSSessionCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Enter-PSSession", synopsis: "Starts an interactive session with a remote computer.",
        parameters: [
            ParameterDescriptor("Session", position: 0, pipeline: true, help: "A session from New-PSSession to enter (given or piped); it stays open on leaving."),
            ParameterDescriptor("Id", type: "int", help: "The id of a session to enter, as Get-PSSession shows it."),
            ParameterDescriptor("Name", type: "string", help: "The name of a session to enter."),
        ] + RemoteInvocation.hostParameters,
        description: "At the interactive prompt, runs each line in a remote session until Exit-PSSession: one opened now over SSH with -HostName (closed on leaving), or one from New-PSSession. In a script it is an error; use Invoke-Command there.",
        examples: [
            HelpExample("In a script, use Invoke-Command instead",
                        code: "try { Enter-PSSession -HostName web01 -UserName ops } catch { $_.Exception.Message }",
                        output: "Enter-PSSession works at the interactive prompt only; in a script, use Invoke-Command -Session.\n",
                        remarks: "At the prompt, Enter-PSSession -HostName web01 -UserName ops opens an SSH session to web01 (which needs shoal installed) and changes the prompt to [web01]: PS /home/ops>; each line then runs on web01 until Exit-PSSession. In a script the next lines would still run here, so scripts use Invoke-Command -HostName or -Session."),
            HelpExample("Enter a session opened earlier",
                        code: "try { Enter-PSSession -Id 1 } catch { $_.Exception.Message }",
                        output: "Enter-PSSession works at the interactive prompt only; in a script, use Invoke-Command -Session.\n",
                        remarks: "At the prompt, a session from New-PSSession (given with -Session, -Id or -Name, or piped) is entered and stays open after Exit-PSSession, keeping its variables; one that -HostName opened is closed on leaving."),
        ])
    public init() {}

    private var given: RemoteSession?

    public func process(_ context: CmdletContext) throws {
        if context.hasPipelineInput, case .native(let object as PSSessionObject)? = context.inputObject { given = object.session }
    }

    public func end(_ context: CmdletContext) throws {
        let table = try JobsModule.table(of: context)
        guard table.isInteractive else {
            throw context.terminatingError("Enter-PSSession works at the interactive prompt only; in a script, use Invoke-Command -Session.",
                                           id: "EnterPSSessionNotInteractive", category: .invalidOperation)
        }
        var owns = false
        var session = try given ?? RemoteInvocation.sessions(context).first
        if session == nil, let id = try context.integer("Id", minimum: 1) { session = table.remoteSessions.all.first { $0.id == id } }
        if session == nil, let name = context.string("Name") {
            session = table.remoteSessions.all.first { $0.name.lowercased() == name.lowercased() }
        }
        if session == nil, let target = try RemoteInvocation.targets(context).first {
            do {
                session = table.remoteSessions.add(name: nil, connection: try RemoteConnection.open(target))
                owns = true
            } catch {
                throw context.terminatingError(
                    RemoteConnection.openFailureMessage(target.computerName, error.message),
                    id: "PSSessionOpenFailed", category: .openError,
                    exceptionType: "System.Management.Automation.Remoting.PSRemotingTransportException", target: .string(target.computerName))
            }
        }
        guard let session, session.isOpen else {
            throw context.terminatingError("No open PSSession was given: name one with -HostName, -Session, -Id or -Name.",
                                           id: "EnterPSSessionNoSession", category: .invalidArgument)
        }
        table.enter(session, owns: owns)
    }
}

/// Exit-PSSession: back to the local prompt (a session Enter-PSSession
/// opened for the stay is closed).
public final class ExitPSSessionCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Exit-PSSession", synopsis: "Ends an interactive session with a remote computer.",
        parameters: [],
        description: "Returns from a remote session that Enter-PSSession entered to the local prompt; a session it opened with -HostName is closed, one from New-PSSession stays open.",
        examples: [
            HelpExample("Leave a remote session",
                        code: "Exit-PSSession\n'back at the local prompt'",
                        output: "back at the local prompt\n",
                        remarks: "At a remote prompt ([web01]: PS /home/ops>), Exit-PSSession (or exit) returns to the local prompt and closes the session if Enter-PSSession -HostName opened it. Outside a remote session it does nothing."),
            HelpExample("Close a kept session after leaving it",
                        code: "Exit-PSSession\nGet-PSSession | Remove-PSSession\n@(Get-PSSession).Count",
                        output: "0\n",
                        remarks: "A session that came from New-PSSession stays open after Exit-PSSession, to be entered again; Remove-PSSession closes it."),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws {
        try JobsModule.table(of: context).leaveSession()
    }
}
