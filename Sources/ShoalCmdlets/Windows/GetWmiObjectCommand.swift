// Get-WmiObject: Windows PowerShell's WMI query; on Linux, a clear error.

import ShoalRuntime

public final class GetWmiObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-WmiObject", synopsis: "Gets instances of WMI classes (Windows only; an error on Linux).",
        parameters: [
            ParameterDescriptor("Class", type: "string", position: 0),
            ParameterDescriptor("Property", type: "string[]", position: 1),
            ParameterDescriptor("Filter", type: "string"),
            ParameterDescriptor("Query", type: "string"),
            ParameterDescriptor("Namespace", type: "string", aliases: ["NS"]),
            ParameterDescriptor("ComputerName", type: "string[]", aliases: ["Cn"]),
            ParameterDescriptor("Credential"),
            ParameterDescriptor("List", type: "switch"),
            ParameterDescriptor("Recurse", type: "switch"),
            ParameterDescriptor("AsJob", type: "switch"),
        ], implementingType: "Microsoft.PowerShell.Commands.GetWmiObjectCommand",
        description: "Windows PowerShell's WMI query; on Linux it writes a clear LinuxNotSupported error.",
        examples: [
            HelpExample("What a WMI query says here",
                        code: "Get-WmiObject Win32_Service -ErrorAction SilentlyContinue -ErrorVariable wmi\n$wmi[0].FullyQualifiedErrorId",
                        output: "LinuxNotSupported,Microsoft.PowerShell.Commands.GetWmiObjectCommand\n"),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws { try WindowsOnly.report("WMI (Windows Management Instrumentation)", context) }
}
