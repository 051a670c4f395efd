// Start-Sleep: -Seconds (fractions allowed), -Milliseconds or -Duration.
// The wait itself is Runspace.sleep, which wakes early when the pipeline
// is stopped (Ctrl-C, Stop-Job).

import ShoalRuntime

public final class StartSleepCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Start-Sleep", synopsis: "Suspends the activity in a script or session for the specified period of time.",
        parameters: [
            ParameterDescriptor("Seconds", type: "double", position: 0, pipeline: true, aliases: ["s"],
                                help: "How long to wait, in seconds; fractions such as 0.5 are allowed, and a piped number works too."),
            ParameterDescriptor("Milliseconds", type: "int", aliases: ["ms"], help: "How long to wait, in milliseconds."),
            ParameterDescriptor("Duration", type: "timespan", aliases: ["ts"], help: "How long to wait, as a TimeSpan, such as New-TimeSpan -Minutes 2 gives."),
        ],
        parameterSets: [
            ParameterSetDescriptor("Seconds", ["Seconds"], mandatory: ["Seconds"]),
            ParameterSetDescriptor("Milliseconds", ["Milliseconds"], mandatory: ["Milliseconds"]),
            ParameterSetDescriptor("FromTimeSpan", ["Duration"], mandatory: ["Duration"]),
        ], defaultParameterSet: "Seconds",
        description: "Waits for -Seconds or -Milliseconds (or a -Duration); Ctrl-C stops the wait.",
        examples: [
            HelpExample("Wait a moment",
                        code: "$watch = [System.Diagnostics.Stopwatch]::StartNew()\nStart-Sleep -Milliseconds 100\n$watch.ElapsedMilliseconds -ge 100",
                        output: "True\n"),
            HelpExample("Poll until another program is ready",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-startsleep-2'\nNew-Item -ItemType Directory -Path $dir -Force | Out-Null\n$flag = Join-Path $dir 'ready.flag'\nStart-Process sh -ArgumentList '-c', '\"sleep 0.2; touch ready.flag\"' -WorkingDirectory $dir\n$deadline = (Get-Date).AddSeconds(10)\nwhile (-not (Test-Path $flag) -and (Get-Date) -lt $deadline) { Start-Sleep -Milliseconds 50 }\nif (Test-Path $flag) { 'ready' } else { 'timed out' }\nRemove-Item -Path $dir -Recurse",
                        output: "ready\n",
                        remarks: "A short sleep in a loop waits for a condition without keeping a processor busy; the deadline makes sure the loop ends."),
            HelpExample("A pause given as a TimeSpan or in seconds",
                        code: "$watch = [System.Diagnostics.Stopwatch]::StartNew()\nStart-Sleep -Duration (New-TimeSpan -Milliseconds 150)\nStart-Sleep -Seconds 0.1\n$watch.ElapsedMilliseconds -ge 250",
                        output: "True\n",
                        remarks: "-Seconds takes fractions; -Duration takes a TimeSpan, such as one New-TimeSpan or a subtraction of dates gives. Ctrl-C ends the wait."),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        try ParameterChecks.range("Seconds", 0, Double(Int32.max / 1000), in: context)
        try ParameterChecks.range("Milliseconds", 0, Double(Int32.max), in: context)
        let seconds: Double
        switch context.parameterSetName {
        case "Milliseconds": seconds = (context.value("Milliseconds").flatMap(Self.number) ?? 0) / 1000
        case "FromTimeSpan":
            guard case .native(let span as TimeSpanValue)? = context.value("Duration") else { return }
            if span.ticks < 0 {
                throw ParameterChecks.validationError("Duration", "The argument \"\(span.stringValue)\" is not a non-negative value.", context)
            }
            seconds = Double(span.ticks) / 10_000_000
        default: seconds = context.value("Seconds").flatMap(Self.number) ?? 0
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
