// Remove-PSSession: closes PSSessions (the far side's shoal ends, with
// what it ran) and removes them from the session.

import ShoalRuntime

public final class RemovePSSessionCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Remove-PSSession", synopsis: "Closes one or more PowerShell sessions (PSSessions).",
        parameters: [
            ParameterDescriptor("Session", position: 0, pipeline: true),
            ParameterDescriptor("Id", type: "int[]"),
            ParameterDescriptor("Name", type: "string[]"),
            ParameterDescriptor("ComputerName", type: "string[]", aliases: ["Cn"]),
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
