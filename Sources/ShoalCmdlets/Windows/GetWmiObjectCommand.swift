// Get-WmiObject: Windows PowerShell's WMI query; on Linux, a clear error.

import ShoalRuntime

public final class GetWmiObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-WmiObject", synopsis: "Gets instances of WMI classes (Windows only; an error on Linux).",
        parameters: [
            ParameterDescriptor("Class", type: "string", position: 0,
                                help: "The WMI class to query, such as Win32_Service; on Linux any query writes the LinuxNotSupported error, naming this class as its target."),
            ParameterDescriptor("Property", type: "string[]", position: 1, help: "Fetches only these properties of each instance; accepted and unused on Linux."),
            ParameterDescriptor("Filter", type: "string", help: "A WQL condition the instances must meet, such as 'DriveType = 3'; accepted and unused on Linux."),
            ParameterDescriptor("Query", type: "string", help: "A whole WQL query (SELECT ... FROM ...) instead of -Class; accepted and unused on Linux."),
            ParameterDescriptor("Namespace", type: "string", aliases: ["NS"], help: "The WMI namespace of the class (root\\cimv2 on Windows); accepted and unused on Linux."),
            ParameterDescriptor("ComputerName", type: "string[]", aliases: ["Cn"], help: "The Windows computers to query over DCOM; accepted and unused on Linux."),
            ParameterDescriptor("Credential", help: "The account to query remote computers as; accepted and unused on Linux."),
            ParameterDescriptor("List", type: "switch", help: "Lists the classes of the namespace instead of instances; accepted and unused on Linux."),
            ParameterDescriptor("Recurse", type: "switch", help: "With -List, also lists the classes of the namespaces below; accepted and unused on Linux."),
            ParameterDescriptor("AsJob", type: "switch", help: "Runs the query as a background job; accepted and unused on Linux."),
        ], implementingType: "Microsoft.PowerShell.Commands.GetWmiObjectCommand",
        description: "Windows PowerShell's WMI query; on Linux it writes a clear LinuxNotSupported error.",
        examples: [
            HelpExample("What a WMI query says here",
                        code: "Get-WmiObject Win32_Service -ErrorAction SilentlyContinue -ErrorVariable wmi\n$wmi[0].FullyQualifiedErrorId",
                        output: "LinuxNotSupported,Microsoft.PowerShell.Commands.GetWmiObjectCommand\n"),
            HelpExample("Catch the error in an old Windows script",
                        code: "try {\n    Get-WmiObject -Class Win32_LogicalDisk -Filter 'DriveType = 3' -ErrorAction Stop\n} catch {\n    $_.TargetObject\n    $_.Exception.Message\n}",
                        output: "Win32_LogicalDisk\nGet-WmiObject is not available on Linux: WMI (Windows Management Instrumentation) exists only on Windows. Read the same facts from Get-Process, Get-Counter, Get-ChildItem /proc or /sys instead.\n",
                        remarks: "The message points to what to use instead. Get-WmiObject is Windows PowerShell's; on Windows, PowerShell 7 scripts use Get-CimInstance."),
            HelpExample("Use Linux's own sources instead",
                        code: "$disks = if ($IsWindows) { Get-WmiObject Win32_LogicalDisk } else { Get-PSDrive -PSProvider FileSystem }\n@($disks).Count -gt 0",
                        output: "True\n"),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws { try WindowsOnly.report("WMI (Windows Management Instrumentation)", context) }
}
