// Remove-Module: takes script modules out of the session: their exported
// functions and variables go, and importing them again runs them afresh.
// shoal's built-in modules cannot be removed (their cmdlets are the shell).

import ShoalRuntime

final class RemoveModuleCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Remove-Module", synopsis: "Removes modules from the current session.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, help: "The modules to remove; wildcards are allowed."),
            ParameterDescriptor("ModuleInfo", position: 0, pipeline: true, help: "Modules as Get-Module writes them."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility."),
        ],
        parameterSets: [
            ParameterSetDescriptor("name", ["Name", "Force"], mandatory: ["Name"]),
            ParameterSetDescriptor("ModuleInfo", ["ModuleInfo", "Force"], mandatory: ["ModuleInfo"]),
        ], defaultParameterSet: "name",
        confirmImpact: .medium,
        description: "Removes script modules from the session: their exported commands and variables go.",
        examples: [
            HelpExample("Unload a module",
                        code: "$file = Join-Path ([System.IO.Path]::GetTempPath()) \"Temp-$PID.psm1\"\nSet-Content $file 'function Get-Temp { 1 }'\nImport-Module $file\nRemove-Module \"Temp-$PID\"\n[bool](Get-Command Get-Temp -ErrorAction SilentlyContinue)\nRemove-Item $file",
                        output: "False\n"),
            HelpExample("Remove modules by a pattern",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-removemodule-2'\n$null = New-Item -ItemType Directory -Force $dir\nforeach ($name in 'Ops.Backup', 'Ops.Deploy') {\n    Set-Content \"$dir/$name.psm1\" \"function Test-$($name.Split('.')[1]) { }\"\n    Import-Module \"$dir/$name.psm1\"\n}\nRemove-Module Ops.*\n@(Get-Module Ops.*).Count\nRemove-Item -Recurse $dir",
                        output: "0\n"),
            HelpExample("Built-in modules stay",
                        code: "try { Remove-Module ThreadJob -ErrorAction Stop } catch { $_.Exception.Message }",
                        output: "The module 'ThreadJob' is built into shoal and cannot be removed.\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let names = context.value("Name")?.strings
            ?? (context.value("ModuleInfo")?.enumeratedItems ?? []).compactMap { OutputFormatter.propertyValue(of: $0, named: "Name").map(Conversion.toString) }
        let runspace = context.runspace
        for name in names {
            let pattern = Wildcard(name)
            let matches = ModuleCatalog.imported(runspace).filter { pattern.matches($0.info.name) }
            if matches.isEmpty {
                let builtIn = ModuleCatalog.named(name, runspace) != nil
                try context.writeError(builtIn ? "The module '\(name)' is built into shoal and cannot be removed."
                                               : "No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.",
                                       id: builtIn ? "Modules_ModuleIsBuiltIn" : "Modules_NoModulesRemoved",
                                       category: .resourceUnavailable, target: .string(name),
                                       exceptionType: "System.InvalidOperationException")
                continue
            }
            for module in matches where try context.shouldProcess(module.info.name, action: "Remove-Module") {
                ScriptModuleLoader.remove(module, from: runspace)
            }
        }
    }
}
