// Out-Host and Out-Default: format their input and print it on the host
// now, the way the end of a pipeline does.

import ShoalRuntime

public final class OutHostCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Out-Host", synopsis: "Sends output to the command line.",
        parameters: [
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to print (piped); they are formatted as at the end of a pipeline."),
            ParameterDescriptor("Paging", type: "switch", help: "Accepted; shoal prints everything without pausing after each screenful."),
        ],
        description: "Writes objects to the host, formatted as they would print at the end of a pipeline; -Paging is accepted.",
        examples: [
            HelpExample("Print inside a pipeline",
                        code: "$printed = [pscustomobject]@{ A = 1 } | Out-Host\n$null -eq $printed",
                        output: "\nA\n-\n1\n\nTrue\n",
                        remarks: "The table goes to the host; nothing is returned."),
            HelpExample("Show a table to the user and return something else",
                        code: "function Get-ErrorTotal {\n    $rows = [pscustomobject]@{ Host = 'web1'; Errors = 0 }, [pscustomobject]@{ Host = 'web2'; Errors = 3 }\n    $rows | Format-Table | Out-Host\n    ($rows | Measure-Object Errors -Sum).Sum\n}\n$total = Get-ErrorTotal\n\"Total errors: $total\"",
                        output: "\nHost Errors\n---- ------\nweb1      0\nweb2      3\n\nTotal errors: 3\n",
                        remarks: "The table is printed while the function runs; only the sum is its output, so $total is 3."),
        ])

    private var sink: HostOutputSink?
    public init() {}

    public func begin(_ context: CmdletContext) throws { sink = HostOutputSink(host: context.runspace.host, style: context.runspace.style, runspace: context.runspace) }

    public func process(_ context: CmdletContext) throws {
        for item in FormatSequenceWriter.inputs(context) { try sink?.write(item) }
    }

    public func end(_ context: CmdletContext) throws { sink?.finish() }
}

public final class OutDefaultCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Out-Default", synopsis: "Sends the output to the default formatter and to the default output cmdlet.",
        parameters: [
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to print (piped), formatted by their views or as tables and lists."),
            ParameterDescriptor("Transcript", type: "switch", help: "Accepted; shoal ignores it and prints the objects as usual."),
        ],
        description: "What every pipeline ends with: formats objects and writes them to the host.",
        examples: [
            HelpExample("Print explicitly",
                        code: "'shown' | Out-Default",
                        output: "shown\n"),
            HelpExample("Print progress lines while the output is collected",
                        code: "$names = 'web1', 'db1' | ForEach-Object {\n    \"resolving $_\" | Out-Default\n    \"$_.internal\"\n}\n\"Collected: $($names -join ', ')\"",
                        output: "resolving web1\nresolving db1\nCollected: web1.internal, db1.internal\n",
                        remarks: "The lines sent to Out-Default print at once; only the host names end up in $names."),
        ])

    private let host = OutHostCommand()
    public init() {}
    public func begin(_ context: CmdletContext) throws { try host.begin(context) }
    public func process(_ context: CmdletContext) throws { try host.process(context) }
    public func end(_ context: CmdletContext) throws { try host.end(context) }
}
