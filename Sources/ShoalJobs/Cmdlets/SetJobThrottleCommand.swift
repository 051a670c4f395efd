// Set-JobThrottle (shoal's): sets how many jobs of a throttle group run at
// once. A higher limit starts waiting jobs at once; a lower one lets the
// running ones finish and starts no new one until the group is under it.

import ShoalRuntime

public final class SetJobThrottleCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Set-JobThrottle", synopsis: "Sets how many jobs of a throttle group run at once.",
        parameters: [
            ParameterDescriptor("Group", type: "string", position: 0, mandatory: true,
                                help: "The throttle group's name; a group that does not exist yet is created."),
            ParameterDescriptor("Limit", type: "int", position: 1, mandatory: true,
                                help: "How many of the group's jobs may run at once (1 or more); raising it starts waiting jobs at once."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the group (Group, Limit, Running, Queued) after the change."),
        ], implementingType: "Shoal.Commands.SetJobThrottleCommand",
        description: "Creates or changes a named throttle group: jobs started with -ThrottleGroup in it run at most -Limit at a time (shoal addition).",
        examples: [
            HelpExample("At most one backup at a time",
                        code: "Set-JobThrottle -Group backup -Limit 1\n$jobs = 1..3 | ForEach-Object { Start-ThreadJob { param($n) $n } -ArgumentList $_ -ThrottleGroup backup }\n$jobs | Receive-Job -Wait -AutoRemoveJob | Sort-Object",
                        output: "1\n2\n3\n"),
            HelpExample("Create a group and show it",
                        code: "Set-JobThrottle -Group api -Limit 4 -PassThru",
                        output: "\nGroup Limit Running Queued\n----- ----- ------- ------\napi       4       0      0\n\n"),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws {
        let table = try JobsModule.table(of: context)
        guard let name = context.string("Group"), !name.trimmingCharacters().isEmpty else {
            throw context.terminatingError(
                "Cannot validate argument on parameter 'Group'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
                id: "ParameterArgumentValidationError", category: .invalidData,
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let limit = try context.integer("Limit", minimum: 1) ?? ThrottleGroups.defaultLimit
        let gate = table.throttleGroups.gate(named: name)
        gate.setLimit(limit)
        if context.flag("PassThru") { try context.write(.native(JobThrottleObject(gate))) }
    }
}
