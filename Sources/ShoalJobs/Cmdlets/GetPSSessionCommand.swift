// Get-PSSession: the session's PSSessions, all or by -Id, -Name or
// -ComputerName (wildcards), in id order.

import ShoalRuntime

public final class GetPSSessionCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-PSSession", synopsis: "Gets the PowerShell sessions on local and remote computers.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", help: "Only the sessions with these names; wildcards are allowed."),
            ParameterDescriptor("Id", type: "int[]", position: 0, help: "Only the sessions with these ids; an id that matches none is an error."),
            ParameterDescriptor("ComputerName", type: "string[]", aliases: ["Cn"], help: "Only the sessions to these hosts; wildcards are allowed."),
            ParameterDescriptor("State", type: "string", help: "Only the sessions in this state: Opened, Broken or Closed (All for any)."),
        ],
        description: "Gets the PSSessions New-PSSession opened in this session, in id order: all of them, or those with some ids, names, hosts or state.",
        examples: [
            HelpExample("List the open sessions",
                        code: "Get-PSSession | Format-Table Id, Name, ComputerName, State\n@(Get-PSSession).Count",
                        output: "0\n",
                        remarks: "After New-PSSession -HostName web01, web02 this lists two sessions, Runspace1 and Runspace2, in state Opened; a script that has opened none gets an empty list."),
            HelpExample("Find sessions by host and state",
                        code: "@(Get-PSSession -ComputerName web* -State Opened).Count",
                        output: "0\n",
                        remarks: "-Name and -ComputerName take wildcards; -State is Opened, Broken or Closed (All for every state)."),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws {
        for session in try PSSessionSelector.select(context) { try context.write(.native(PSSessionObject(session))) }
    }
}

/// Picks PSSessions by -Session, -Id, -Name, -ComputerName and -State.
enum PSSessionSelector {
    static func select(_ context: CmdletContext) throws -> [RemoteSession] {
        var sessions = try JobsModule.table(of: context).remoteSessions.all
        if let given = context.valueIfDeclared("Session") {
            let wanted = given.enumeratedItems.compactMap { item -> RemoteSession? in
                if case .native(let object as PSSessionObject) = item { return object.session }
                return nil
            }
            return wanted
        }
        if let ids = context.value("Id")?.enumeratedItems {
            var picked: [RemoteSession] = []
            for id in try ids.map({ try TypeConversion.toInteger($0, "System.Int32", context.span) }) {
                guard let session = sessions.first(where: { $0.id == id }) else {
                    try context.writeError("Cannot find the PSSession with Id \(id).", id: "InvalidSessionId",
                                           category: .invalidArgument, target: .int(id))
                    continue
                }
                picked.append(session)
            }
            return picked
        }
        for (parameter, name) in [("Name", { (session: RemoteSession) in session.name }),
                                  ("ComputerName", { (session: RemoteSession) in session.computerName })] {
            guard let patterns = context.value(parameter)?.enumeratedItems.map(Conversion.toString) else { continue }
            let wildcards = patterns.map { Wildcard($0) }
            sessions = sessions.filter { session in wildcards.contains { $0.matches(name(session)) } }
        }
        // (Remove-PSSession selects too, and has no -State.)
        if let state = context.valueIfDeclared("State").map(Conversion.toString), state.lowercased() != "all" {
            sessions = sessions.filter { $0.stateName.lowercased() == state.lowercased() }
        }
        return sessions
    }
}
