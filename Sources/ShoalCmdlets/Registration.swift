// Registers this module's cmdlets and PowerShell's default aliases.

import ShoalRuntime

public enum CmdletLibrary {
    public static func register(into registry: CommandRegistry) {
        let cmdlets: [any Cmdlet.Type] = [
            WriteOutputCommand.self, WriteHostCommand.self, WriteErrorCommand.self, WriteWarningCommand.self,
            WriteVerboseCommand.self, WriteDebugCommand.self, WriteInformationCommand.self, OutNullCommand.self,
            OutStringCommand.self, ForEachObjectCommand.self, WhereObjectCommand.self, SetAliasCommand.self,
            GetAliasCommand.self, GetLocationCommand.self, SetLocationCommand.self, StartSleepCommand.self,
        ]
        for cmdlet in cmdlets { registry.register(cmdlet) }
        let aliases = [
            "%": "ForEach-Object", "foreach": "ForEach-Object", "?": "Where-Object", "where": "Where-Object",
            "select": "Select-Object", "sort": "Sort-Object", "group": "Group-Object", "measure": "Measure-Object",
            "ft": "Format-Table", "fl": "Format-List", "gjb": "Get-Job", "rcjb": "Receive-Job", "sajb": "Start-Job",
            "spjb": "Stop-Job", "rjb": "Remove-Job", "wjb": "Wait-Job", "cd": "Set-Location", "sl": "Set-Location",
            "chdir": "Set-Location", "pwd": "Get-Location", "gl": "Get-Location", "echo": "Write-Output",
            "write": "Write-Output", "gc": "Get-Content", "gci": "Get-ChildItem", "dir": "Get-ChildItem",
            "sleep": "Start-Sleep", "gal": "Get-Alias", "sal": "Set-Alias", "iex": "Invoke-Expression",
            "gcm": "Get-Command", "gm": "Get-Member", "gv": "Get-Variable", "sv": "Set-Variable",
            "cls": "Clear-Host", "clear": "Clear-Host", 
            "gps": "Get-Process",
        ]
        for (name, target) in aliases { registry.alias(name, target) }
    }
}
