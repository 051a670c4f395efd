# Script modules: found on $env:PSModulePath (a version folder, a manifest),
# run in their own scope (private helpers and variables stay inside),
# Export-ModuleMember, -Force, Remove-Module, Import-PowerShellDataFile.
$root = Join-Path ([System.IO.Path]::GetTempPath()) "shoal-modules-test"
Remove-Item -Recurse -Force $root -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$root/Mods/Greeter/1.2.0", "$root/Mods/Counter" | Out-Null
Set-Content "$root/Mods/Greeter/1.2.0/Greeter.psd1" @'
@{
    RootModule = 'Greeter.psm1'
    ModuleVersion = '1.2.0'
    Description = 'Says hello.'
    FunctionsToExport = @('Get-Greeting', 'Set-Greeting', 'Get-Formatter', 'Get-Doubled')
}
'@
Set-Content "$root/Mods/Greeter/1.2.0/Greeter.psm1" @'
$script:greeting = 'Hello'
function Format-Name($name) { $name.ToUpper() }
function Get-Greeting($name) { "$script:greeting, $(Format-Name $name)!" }
function Set-Greeting($text) { $script:greeting = $text }
function Hidden-Helper { 'should not be exported' }
function Get-Formatter { { param($n) Format-Name $n } }
function Get-Doubled { $factor = 2; 1..2 | ForEach-Object { $_ * $factor } }
'@
Set-Content "$root/Mods/Counter/Counter.psm1" @'
$count = 0
$Limit = 3
function Add-Count { $script:count++; $script:count }
function Reset-Count { $script:count = 0 }
Export-ModuleMember -Function Add-Count -Variable Limit
'@
$env:PSModulePath = "$root/Mods"
(Get-Module -ListAvailable G*, Co* | ForEach-Object { "$($_.Name) $($_.Version)" }) -join '; '
Import-Module Greeter
Get-Greeting 'ann'
Set-Greeting 'Howdy'
Get-Greeting 'bob'
Get-Command Hidden-Helper, Format-Name -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object Count
$greeting
# A block the module hands out still reaches its private functions; inside
# the module, blocks see the calling function's variables.
$format = Get-Formatter
& $format 'cy'
$format.Invoke('di')
'ed' | ForEach-Object { & $format $_ }
Get-Doubled
(Get-Module Greeter).ExportedCommands -join ','
Import-Module Counter -PassThru | ForEach-Object { "$($_.Name): $($_.ExportedCommands -join ',')" }
Add-Count; Add-Count
"limit $Limit"
Get-Command Reset-Count -ErrorAction SilentlyContinue
Import-Module Counter
Add-Count
Import-Module Counter -Force
Add-Count
Remove-Module Greeter
try { Get-Greeting 'x' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }

try { Export-ModuleMember -Function x } catch { $_.FullyQualifiedErrorId }
Import-Module Nope -ErrorAction SilentlyContinue -ErrorVariable e; $e[0].FullyQualifiedErrorId
Remove-Module Microsoft.PowerShell.Utility -ErrorAction SilentlyContinue -ErrorVariable e; $e[0].FullyQualifiedErrorId
Import-PowerShellDataFile "$root/Mods/Greeter/1.2.0/Greeter.psd1" | ForEach-Object ModuleVersion
Import-Module "$root/Mods/Counter/Counter.psm1" -Force
Add-Count
# A manifest written by New-ModuleManifest imports as it says.
Set-Content "$root/Tools.psm1" 'function Get-Answer { Get-Secret }', 'function Get-Secret { 42 }'
New-ModuleManifest "$root/Tools.psd1" -RootModule Tools.psm1 -ModuleVersion 2.1.0 -FunctionsToExport Get-Answer -Description 'Answers.'
$manifest = Import-PowerShellDataFile "$root/Tools.psd1"
"$($manifest.ModuleVersion) $($manifest.FunctionsToExport) $($manifest.CmdletsToExport) $($manifest.GUID -match '^[0-9a-f-]{36}$')"
$tools = Import-Module "$root/Tools.psd1" -PassThru
"$($tools.Name) $($tools.Version) $($tools.ExportedCommands)"
Get-Answer
@(Get-Command Get-Secret -ErrorAction SilentlyContinue).Count
try { New-ModuleManifest "$root/Tools.txt" } catch { $_.FullyQualifiedErrorId }
Remove-Item -Recurse $root
