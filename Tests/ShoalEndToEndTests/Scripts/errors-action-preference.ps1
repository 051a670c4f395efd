# Preference variables are typed [System.Management.Automation.ActionPreference], as in pwsh.
$ErrorActionPreference.GetType().FullName
Get-Variable -Name *Preference -Scope Global | Where-Object Value -Is [System.Management.Automation.ActionPreference] | ForEach-Object Name
[System.Management.Automation.Cmdlet]::CommonParameters | Where-Object { $_ -like '*Action' }
$global:VerbosePreference = 'continue'
"converted: $($global:VerbosePreference) $($global:VerbosePreference.GetType().Name)"
$global:VerbosePreference = 'SilentlyContinue'

# Suspend is reserved: refused by the typed variable, by the common parameters, and when read.
try { $global:WarningPreference = 'Suspend' } catch { "variable: $($_.FullyQualifiedErrorId) $($_.CategoryInfo.Reason)" }
"still: $WarningPreference"
try { Write-Output -InputObject x -ErrorAction Suspend } catch { "parameter: $($_.FullyQualifiedErrorId)" }
function Advanced { [CmdletBinding()] param() Write-Warning 'w' }
try { Advanced -WarningAction Suspend } catch { "function parameter: $($_.FullyQualifiedErrorId)" }
& {
    Set-Variable -Name WarningPreference -Value Suspend
    try { Advanced } catch { "read: $($_.FullyQualifiedErrorId) $($_.CategoryInfo.Reason)" }
    "reset to: $WarningPreference"
}
try { Test-Path ./nothing -ErrorAction $null } catch { "null: $($_.FullyQualifiedErrorId) $($_.Exception.InnerException.InnerException.GetType().Name)" }

# A unique prefix names the value; an ambiguous one is an error.
Get-Item /no/such/path -ErrorAction Ig
"ignored: $($?)"
try { Get-Item /no/such/path -ErrorAction I } catch { "ambiguous: $($_.FullyQualifiedErrorId)" }

# -ErrorAction Stop: catch [ActionPreferenceStopException] takes it, $_ is the command's own error,
# and -ErrorVariable holds the ActionPreferenceStopException around it.
try { Get-ChildItem /no/such/path -ErrorAction Stop -ErrorVariable stopped }
catch [System.Management.Automation.ActionPreferenceStopException] { "stop caught: $($_.Exception.GetType().Name)" }
"error variable: $($stopped.Count) $($stopped[0].GetType().Name) around $($stopped[0].ErrorRecord.Exception.GetType().Name)"
