// Start-Sleep: -Seconds (fractions allowed), -Milliseconds or -Duration.
// The wait itself is Runspace.sleep, which wakes early when the pipeline
// is stopped (Ctrl-C, Stop-Job).

import ShoalRuntime

public final class StartSleepCommand: Cmdlet, ParameterSetDescribing {
    public static let descriptor = CmdletDescriptor(
        "Start-Sleep", synopsis: "Suspends the activity in a script or session for the specified period of time.",
        parameters: [
            ParameterDescriptor("Seconds", type: "double", position: 0, pipeline: true, aliases: ["s"]),
            ParameterDescriptor("Milliseconds", type: "int", aliases: ["ms"]),
            ParameterDescriptor("Duration", type: "timespan", aliases: ["ts"]),
        ])
    static let parameterSets = [
        ParameterSet(["Seconds"], mandatory: ["Seconds"]), ParameterSet(["Milliseconds"], mandatory: ["Milliseconds"]),
        ParameterSet(["Duration"], mandatory: ["Duration"]),
    ]
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let set = try ParameterChecks.exclusiveGroup(Self.parameterSets.map(\.names), in: context)
        try ParameterChecks.range("Seconds", 0, Double(Int32.max / 1000), in: context)
        try ParameterChecks.range("Milliseconds", 0, Double(Int32.max), in: context)
        let seconds: Double
        switch set {
        case 0: seconds = context.value("Seconds").flatMap(Self.number) ?? 0
        case 1: seconds = (context.value("Milliseconds").flatMap(Self.number) ?? 0) / 1000
        case 2:
            guard case .native(let span as TimeSpanValue)? = context.value("Duration") else { return }
            if span.ticks < 0 {
                throw ParameterChecks.validationError("Duration", "The argument \"\(span.stringValue)\" is not a non-negative value.", context)
            }
            seconds = Double(span.ticks) / 10_000_000
        default: throw ParameterChecks.missingMandatory(["Seconds"], in: context)
        }
        try context.runspace.sleep(seconds: seconds)
    }

    static func number(_ value: Value) -> Double? {
        switch Conversion.toNumber(value) {
        case .int(let i)?: return Double(i)
        case .double(let d)?: return d
        default: return nil
        }
    }
}
