// Export-ModuleMember: inside a script module's file, names the functions
// (and variables, aliases) the module exports; without it every function
// is exported. Called anywhere else it is pwsh's
// Modules_CanOnlyExecuteExportModuleMemberInsideAModule error.

import ShoalRuntime

final class ExportModuleMemberCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Export-ModuleMember", synopsis: "Specifies the module members that are exported.",
        parameters: [
            ParameterDescriptor("Function", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The functions to export; wildcards are allowed."),
            ParameterDescriptor("Cmdlet", type: "string[]", pipelineByPropertyName: true, help: "Accepted; script modules define no cmdlets."),
            ParameterDescriptor("Variable", type: "string[]", pipelineByPropertyName: true, help: "The variables to export."),
            ParameterDescriptor("Alias", type: "string[]", pipelineByPropertyName: true, help: "The aliases to export."),
        ],
        description: "Inside a module's file, names the functions (and variables) it exports; the others stay private to the module.",
        examples: [
            HelpExample("Keep a helper private",
                        code: "$file = Join-Path ([System.IO.Path]::GetTempPath()) \"Calc-$PID.psm1\"\nSet-Content $file 'function Get-Double($n) { Step $n }', 'function Step($n) { $n * 2 }', 'Export-ModuleMember -Function Get-Double'\nImport-Module $file\nGet-Double 21\n[bool](Get-Command Step -ErrorAction SilentlyContinue)\nRemove-Module \"Calc-$PID\"\nRemove-Item $file",
                        output: "42\nFalse\n"),
            HelpExample("Export an alias and a variable too",
                        code: "$file = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-exportmodulemember-2.psm1'\nSet-Content $file @'\nfunction Get-Greeting { \"hello, $GreetingName\" }\nSet-Alias greet Get-Greeting\n$GreetingName = 'ops team'\nExport-ModuleMember -Function Get-Greeting -Alias greet -Variable GreetingName\n'@\nImport-Module $file\ngreet\n$GreetingName\nRemove-Module shoal-help-exportmodulemember-2\nRemove-Item $file",
                        output: "hello, ops team\nops team\n",
                        remarks: "Without Export-ModuleMember, a script module exports its functions and aliases but not its variables."),
            HelpExample("Outside a module it is an error",
                        code: "try { Export-ModuleMember -Function Get-Report } catch { $_.Exception.Message }",
                        output: "The Export-ModuleMember cmdlet can only be called from inside a module.\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let exports = context.runspace.service(ModuleExportFrames.self) { ModuleExportFrames() }
        guard !exports.frames.isEmpty else {
            throw context.terminatingError("The Export-ModuleMember cmdlet can only be called from inside a module.",
                                           id: "Modules_CanOnlyExecuteExportModuleMemberInsideAModule",
                                           category: .permissionDenied, exceptionType: "System.InvalidOperationException")
        }
        let last = exports.frames.count - 1
        exports.frames[last].called = true
        exports.frames[last].functions += context.value("Function")?.strings ?? []
        exports.frames[last].variables += context.value("Variable")?.strings ?? []
        exports.frames[last].aliases += context.value("Alias")?.strings ?? []
    }
}
