// Get-CimInstance: a CIM query; on Linux, a clear error.

import ShoalRuntime

public final class GetCimInstanceCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-CimInstance", synopsis: "Gets the CIM instances of a class from a CIM server (Windows only; an error on Linux).",
        parameters: [
            ParameterDescriptor("ClassName", type: "string", position: 0, pipelineByPropertyName: true),
            ParameterDescriptor("Namespace", type: "string"),
            ParameterDescriptor("Filter", type: "string"),
            ParameterDescriptor("Query", type: "string"),
            ParameterDescriptor("QueryDialect", type: "string"),
            ParameterDescriptor("Property", type: "string[]", aliases: ["SelectProperties"]),
            ParameterDescriptor("ComputerName", type: "string[]", aliases: ["CN", "ServerName"]),
            ParameterDescriptor("CimSession"),
            ParameterDescriptor("InputObject", aliases: ["CimInstance"]),
            ParameterDescriptor("KeyOnly", type: "switch"),
            ParameterDescriptor("Shallow", type: "switch"),
            ParameterDescriptor("OperationTimeoutSec", type: "int", aliases: ["OT"]),
        ], implementingType: "Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand",
        description: "Queries CIM/WMI classes on Windows; on Linux it writes a clear LinuxNotSupported error instead of failing silently.",
        examples: [
            HelpExample("What a Windows query says here",
                        code: "Get-CimInstance Win32_OperatingSystem -ErrorAction SilentlyContinue -ErrorVariable cim\n$cim[0].FullyQualifiedErrorId",
                        output: "LinuxNotSupported,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand\n"),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws { try WindowsOnly.report("CIM (the Common Information Model server)", context) }
}
