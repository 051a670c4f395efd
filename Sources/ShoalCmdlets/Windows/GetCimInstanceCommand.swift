// Get-CimInstance: a CIM query; on Linux, a clear error.

import ShoalRuntime

public final class GetCimInstanceCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-CimInstance", synopsis: "Gets the CIM instances of a class from a CIM server (Windows only; an error on Linux).",
        parameters: [
            ParameterDescriptor("ClassName", type: "string", position: 0, pipelineByPropertyName: true,
                                help: "The CIM class to query, such as Win32_OperatingSystem; on Linux any query writes the LinuxNotSupported error, naming this class as its target."),
            ParameterDescriptor("Namespace", type: "string", help: "The CIM namespace of the class (root/cimv2 on Windows); accepted and unused on Linux."),
            ParameterDescriptor("Filter", type: "string", help: "A WQL condition the instances must meet, such as \"State = 'Running'\"; accepted and unused on Linux."),
            ParameterDescriptor("Query", type: "string", help: "A whole WQL query (SELECT ... FROM ...) instead of -ClassName; accepted and unused on Linux."),
            ParameterDescriptor("QueryDialect", type: "string", help: "The language of -Query (WQL by default); accepted and unused on Linux."),
            ParameterDescriptor("Property", type: "string[]", aliases: ["SelectProperties"], help: "Fetches only these properties of each instance; accepted and unused on Linux."),
            ParameterDescriptor("ComputerName", type: "string[]", aliases: ["CN", "ServerName"], help: "The Windows computers to query over WinRM; accepted and unused on Linux."),
            ParameterDescriptor("CimSession", help: "An open CIM session (from New-CimSession on Windows) to query through; accepted and unused on Linux."),
            ParameterDescriptor("InputObject", aliases: ["CimInstance"], help: "A CIM instance to read again from its server; accepted and unused on Linux."),
            ParameterDescriptor("KeyOnly", type: "switch", help: "Fetches only the key properties of each instance; accepted and unused on Linux."),
            ParameterDescriptor("Shallow", type: "switch", help: "Leaves out the instances of the class's subclasses; accepted and unused on Linux."),
            ParameterDescriptor("OperationTimeoutSec", type: "int", aliases: ["OT"], help: "How many seconds to wait for the server; accepted and unused on Linux."),
        ], implementingType: "Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand",
        description: "Queries CIM/WMI classes on Windows; on Linux it writes a clear LinuxNotSupported error instead of failing silently.",
        examples: [
            HelpExample("What a Windows query says here",
                        code: "Get-CimInstance Win32_OperatingSystem -ErrorAction SilentlyContinue -ErrorVariable cim\n$cim[0].FullyQualifiedErrorId",
                        output: "LinuxNotSupported,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand\n"),
            HelpExample("Catch the error in a cross-platform script",
                        code: "try {\n    Get-CimInstance -ClassName Win32_Service -Filter \"State = 'Running'\" -ErrorAction Stop\n} catch {\n    $_.CategoryInfo.Category\n    $_.Exception.GetType().FullName\n}",
                        output: "NotImplemented\nSystem.PlatformNotSupportedException\n",
                        remarks: "The error is non-terminating, as for any failing cmdlet: -ErrorAction Stop makes it one that try/catch sees."),
            HelpExample("Read the same fact from Linux",
                        code: "$memoryKB = if ($IsWindows) {\n    (Get-CimInstance Win32_OperatingSystem).TotalVisibleMemorySize\n} else {\n    [long]((Get-Content /proc/meminfo -TotalCount 1) -split '\\s+')[1]\n}\n$memoryKB -gt 0",
                        output: "True\n",
                        remarks: "On Windows the class has the answer; on Linux /proc (or Get-Counter, Get-Process) has it."),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws { try WindowsOnly.report("CIM (the Common Information Model server)", context) }
}
