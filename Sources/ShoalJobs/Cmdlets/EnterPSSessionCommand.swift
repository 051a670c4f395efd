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
            ParameterDescriptor("Session", position: 0, pipeline: true),
            ParameterDescriptor("Id", type: "int"),
            ParameterDescriptor("Name", type: "string"),
        ] + RemoteInvocation.hostParameters)
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
    public static let descriptor = CmdletDescriptor("Exit-PSSession", synopsis: "Ends an interactive session with a remote computer.",
                                                    parameters: [])
    public init() {}

    public func end(_ context: CmdletContext) throws {
        try JobsModule.table(of: context).leaveSession()
    }
}
