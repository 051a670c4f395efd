// Remove-PSSession: closes PSSessions (the far side's shoal ends, with
// what it ran) and removes them from the session.

import ShoalRuntime

public final class RemovePSSessionCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Remove-PSSession", synopsis: "Closes one or more PowerShell sessions (PSSessions).",
        parameters: [
            ParameterDescriptor("Session", position: 0, pipeline: true, help: "The sessions to close, as New-PSSession and Get-PSSession write them (given or piped)."),
            ParameterDescriptor("Id", type: "int[]", help: "The ids of the sessions to close; an id that matches none is an error."),
            ParameterDescriptor("Name", type: "string[]", help: "The names of the sessions to close; wildcards are allowed."),
            ParameterDescriptor("ComputerName", type: "string[]", aliases: ["Cn"], help: "Closes the sessions to these hosts; wildcards are allowed."),
        ],
        description: "Closes PSSessions: the shoal on the far side ends, with its variables and anything it still runs, and the sessions leave Get-PSSession's list.",
        examples: [
            HelpExample("Close every session",
                        code: "Get-PSSession | Remove-PSSession\n@(Get-PSSession).Count",
                        output: "0\n",
                        remarks: "Run it at the end of a script that opened sessions: each one keeps a shoal running on its host until it is closed."),
            HelpExample("Close the sessions to some hosts",
                        code: "Get-PSSession -ComputerName db* | Remove-PSSession\n@(Get-PSSession -ComputerName db*).Count",
                        output: "0\n"),
        ])
    public init() {}

    private var sessions: [RemoteSession] = []

    public func process(_ context: CmdletContext) throws {
        if context.hasPipelineInput {
            guard case .native(let object as PSSessionObject)? = context.inputObject else {
                try context.writeError("The input object is not a PSSession.", id: "InputObjectNotPSSession",
                                       category: .invalidArgument, target: context.inputObject ?? .null)
                return
            }
            sessions.append(object.session)
        } else {
            sessions += try PSSessionSelector.select(context)
        }
    }

    public func end(_ context: CmdletContext) throws {
        let table = try JobsModule.table(of: context)
        for session in sessions { table.remoteSessions.remove(session) }
    }
}
