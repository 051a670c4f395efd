// The cmdlets of this folder's noun family: time and chance (Get-Date,
// New-TimeSpan, Get-Random, Start-Sleep), the session (commands, help,
// variables, aliases, Invoke-Expression, Clear-Host) and processes.

import ShoalRuntime

enum SystemCmdlets {
    /// The views of commands and processes.
    static func registerViews(into registry: CommandRegistry) {
        CommandInfoObject.registerView(into: registry)
        ProcessObject.registerView(into: registry)
    }

    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] { [
        GetDateCommand.self, NewTimeSpanCommand.self, GetRandomCommand.self, StartSleepCommand.self,
        GetCommandCommand.self, GetHelpCommand.self, HelpCommand.self, GetVariableCommand.self, SetVariableCommand.self,
        NewVariableCommand.self, RemoveVariableCommand.self, ClearVariableCommand.self, ClearHostCommand.self,
        InvokeExpressionCommand.self, NewAliasCommand.self, SetAliasCommand.self, GetAliasCommand.self, RemoveAliasCommand.self,
        GetProcessCommand.self, StopProcessCommand.self, NewGuidCommand.self, GetUptimeCommand.self,
        StartProcessCommand.self, GetCultureCommand.self, GetUICultureCommand.self, SetStrictModeCommand.self,
        GetVerbCommand.self,
    ] }
}
