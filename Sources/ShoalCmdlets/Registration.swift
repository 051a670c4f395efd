// Registers this module's cmdlets and PowerShell's default aliases.

import ShoalRuntime

public enum CmdletLibrary {
    public static func register(into registry: CommandRegistry) {
        let cmdlets: [any Cmdlet.Type] = [
            WriteOutputCommand.self, WriteHostCommand.self, WriteErrorCommand.self, WriteWarningCommand.self,
            WriteVerboseCommand.self, WriteDebugCommand.self, WriteInformationCommand.self, OutNullCommand.self,
            GetLocationCommand.self, SetLocationCommand.self, ReadHostCommand.self, GetHostCommand.self,
        ]
        for cmdlet in cmdlets { registry.register(cmdlet) }
        // Each noun family registers its own cmdlets, in its own folder.
        for family in [ObjectCmdlets.all, FileCmdlets.all, DataCmdlets.all, FormattingCmdlets.all, SystemCmdlets.all,
                       DiagnosticsCmdlets.all, ModuleCmdlets.all, NetworkCmdlets.all, WindowsCmdlets.all] {
            for cmdlet in family { registry.register(cmdlet) }
        }
        // And the default views of the objects they write.
        for registerViews in [ObjectCmdlets.registerViews, FileCmdlets.registerViews, SystemCmdlets.registerViews,
                              DiagnosticsCmdlets.registerViews, ModuleCmdlets.registerViews, NetworkCmdlets.registerViews] {
            registerViews(registry)
        }
        // PowerShell 7's built-in aliases on Linux (InitialSessionState.cs,
        // with the `#if !UNIX` ones left out so that sort, sleep, ls, cat,
        // ps, kill, tee, write and clear still run the native programs).
        let aliases = [
            "%": "ForEach-Object", "foreach": "ForEach-Object", "?": "Where-Object", "where": "Where-Object",
            "select": "Select-Object", "group": "Group-Object", "measure": "Measure-Object", "ft": "Format-Table",
            "fl": "Format-List", "fw": "Format-Wide", "fc": "Format-Custom",
            "gjb": "Get-Job", "rcjb": "Receive-Job", "sajb": "Start-Job", "spjb": "Stop-Job", "rjb": "Remove-Job",
            "wjb": "Wait-Job", "cd": "Set-Location", "sl": "Set-Location", "chdir": "Set-Location",
            "pwd": "Get-Location", "gl": "Get-Location", "pushd": "Push-Location", "popd": "Pop-Location",
            "echo": "Write-Output", "gc": "Get-Content", "type": "Get-Content", "gci": "Get-ChildItem",
            "dir": "Get-ChildItem", "gi": "Get-Item", "ni": "New-Item", "ri": "Remove-Item", "del": "Remove-Item",
            "erase": "Remove-Item", "rd": "Remove-Item", "cpi": "Copy-Item", "copy": "Copy-Item", "mi": "Move-Item",
            "move": "Move-Item", "rni": "Rename-Item", "ren": "Rename-Item", "rvpa": "Resolve-Path",
            "sls": "Select-String", "gal": "Get-Alias", "ral": "Remove-Alias", "sal": "Set-Alias", "nal": "New-Alias", "iex": "Invoke-Expression",
            "gcm": "Get-Command", "gm": "Get-Member", "gv": "Get-Variable", "sv": "Set-Variable", "set": "Set-Variable",
            "nv": "New-Variable", "rv": "Remove-Variable", "cls": "Clear-Host", "gps": "Get-Process",
            "spps": "Stop-Process", "epcsv": "Export-Csv", "ipcsv": "Import-Csv", "gu": "Get-Unique",
            "h": "Get-History", "history": "Get-History", "ghy": "Get-History", "icm": "Invoke-Command",
            "gmo": "Get-Module", "ipmo": "Import-Module", "gwmi": "Get-WmiObject", "gcim": "Get-CimInstance",
            "iwr": "Invoke-WebRequest", "irm": "Invoke-RestMethod", "gp": "Get-ItemProperty", "sp": "Set-ItemProperty",
        ]
        for (name, target) in aliases { registry.alias(name, target) }
    }
}
