// Get-JobThrottle (shoal's): the session's throttle groups with their
// limits and how many of their jobs run and wait now.

import ShoalRuntime

public final class GetJobThrottleCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-JobThrottle", synopsis: "Gets the throttle groups of the session, their limits and their jobs.",
        parameters: [ParameterDescriptor("Group", type: "string[]", position: 0,
                                         help: "The groups to list; wildcards are allowed, and a name without one that matches no group is an error. All groups by default.")],
        implementingType: "Shoal.Commands.GetJobThrottleCommand",
        description: "Lists the throttle groups Set-JobThrottle made: how many jobs each lets run at once and how many run and wait now (shoal addition).",
        examples: [
            HelpExample("See a group's limit",
                        code: "Set-JobThrottle -Group db -Limit 2\n(Get-JobThrottle -Group db).Limit",
                        output: "2\n"),
            HelpExample("See how many jobs of a group run and wait",
                        code: "Set-JobThrottle -Group deploy -Limit 1\n$jobs = 1..3 | ForEach-Object { Start-ThreadJob { Start-Sleep 30 } -ThrottleGroup deploy }\nGet-JobThrottle deploy\n$jobs | Remove-Job -Force",
                        output: "\nGroup  Limit Running Queued\n-----  ----- ------- ------\ndeploy     1       1      2\n\n"),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws {
        let groups = try JobsModule.table(of: context).throttleGroups.all
        guard let patterns = context.value("Group")?.enumeratedItems.map(Conversion.toString) else {
            for gate in groups { try context.write(.native(JobThrottleObject(gate))) }
            return
        }
        for pattern in patterns {
            let matcher = Wildcard(pattern)
            let matching = groups.filter { matcher.matches($0.name) }
            if matching.isEmpty && matcher.isLiteral {
                try context.writeError("No throttle group named '\(pattern)' was found.", id: "JobThrottleGroupNotFound",
                                       category: .objectNotFound, target: .string(pattern))
            }
            for gate in matching { try context.write(.native(JobThrottleObject(gate))) }
        }
    }
}

/// A throttle group as scripts see it: Group, Limit, Running, Queued.
final class JobThrottleObject: TabularObject {
    let gate: ThrottleGate
    init(_ gate: ThrottleGate) { self.gate = gate }
    var typeName: String { "Shoal.JobThrottle" }
    var stringValue: String { gate.name }
    var propertyNames: [String] { ["Group", "Limit", "Running", "Queued"] }
    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "group": return .string(gate.name)
        case "limit": return .int(gate.limit)
        case "running": return .int(gate.running)
        case "queued": return .int(gate.queued)
        default: return nil
        }
    }
}
