// Out-Host and Out-Default: format their input and print it on the host
// now, the way the end of a pipeline does.

import ShoalRuntime

public final class OutHostCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Out-Host", synopsis: "Sends output to the command line.",
        parameters: [ParameterDescriptor("InputObject", pipeline: true), ParameterDescriptor("Paging", type: "switch")],
        description: "Writes objects to the host, formatted as they would print at the end of a pipeline; -Paging is accepted.",
        examples: [
            HelpExample("Print inside a pipeline",
                        code: "$printed = [pscustomobject]@{ A = 1 } | Out-Host\n$null -eq $printed",
                        output: "\nA\n-\n1\n\nTrue\n",
                        remarks: "The table goes to the host; nothing is returned."),
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
        parameters: [ParameterDescriptor("InputObject", pipeline: true), ParameterDescriptor("Transcript", type: "switch")],
        description: "What every pipeline ends with: formats objects and writes them to the host.",
        examples: [
            HelpExample("Print explicitly",
                        code: "'shown' | Out-Default",
                        output: "shown\n"),
        ])

    private let host = OutHostCommand()
    public init() {}
    public func begin(_ context: CmdletContext) throws { try host.begin(context) }
    public func process(_ context: CmdletContext) throws { try host.process(context) }
    public func end(_ context: CmdletContext) throws { try host.end(context) }
}
