# $Host and Get-Host: names, UI writes, the window size from $env:COLUMNS/LINES when not on a terminal.
$env:COLUMNS = 91; $env:LINES = 33
$Host.Name
(Get-Host).Version.ToString()
$Host.UI.RawUI.WindowSize.Width, $Host.UI.RawUI.WindowSize.Height -join 'x'
$Host.UI.SupportsVirtualTerminal      # TERM=dumb in the harness
$Host.UI.WriteLine('a line through the host')
$Host.UI.WriteLine()
$Host.UI.Write('no newline'); $Host.UI.WriteLine(' ...then one')
$Host.UI.WriteWarningLine('careful')
$Host.UI.WriteErrorLine('to standard error')
$Host.UI.RawUI.WindowTitle = 'build'
$Host.UI.RawUI.WindowTitle
$Host.UI.RawUI.ForegroundColor
$Host.CurrentCulture.GetType().FullName
(Get-Host).InstanceId -eq $Host.InstanceId
Start-ThreadJob { $Host.Name } | Receive-Job -Wait -AutoRemoveJob
try { $Host.Name = 'other' } catch { $_.Exception.Message }
try { $Host.UI.RawUI.BackgroundColor = 'Chartreuse' } catch { $_.FullyQualifiedErrorId }
# The host objects show their properties, as pwsh lists them.
Get-Host | Select-Object Name, Version, UI, DebuggerEnabled | Format-List
$Host.UI | Format-Table -AutoSize
"$($Host.UI.RawUI.WindowSize -match '^\d+,\d+$')"
