# Read-only and constant variables and aliases are protected on every path, not only
# by the *-Variable and *-Alias cmdlets: $alias:x = ..., Set-Item and Remove-Item on the
# Alias: and Variable: drives (a read-only item only with -Force, a constant one never).
Set-Alias ro Get-Date -Option ReadOnly
New-Variable c 1 -Option Constant
New-Variable r 1 -Option ReadOnly
try { $alias:ro = 'Get-Item' } catch { "assign alias: " + $_.FullyQualifiedErrorId }
Set-Item alias:ro Get-Item -ErrorVariable e -ErrorAction SilentlyContinue; "set-item alias: " + $e[0].FullyQualifiedErrorId
Set-Item alias:ro Get-Item -Force; "ro: " + (Get-Alias ro).Definition
Remove-Item alias:ro -ErrorVariable e -ErrorAction SilentlyContinue; "remove-item alias: " + $e[0].FullyQualifiedErrorId
Remove-Item alias:ro -Force; "ro left: " + (Test-Path alias:ro)
Remove-Item variable:c -Force -ErrorVariable e -ErrorAction SilentlyContinue; "remove-item c: " + $e[0].FullyQualifiedErrorId
Set-Item variable:c 2 -Force -ErrorVariable e -ErrorAction SilentlyContinue; "set-item c: " + $e[0].FullyQualifiedErrorId + " c=$c"
Remove-Item variable:r -ErrorVariable e -ErrorAction SilentlyContinue; "remove-item r: " + $e[0].FullyQualifiedErrorId
Set-Item variable:r 5 -Force; "r=$r"
Remove-Item variable:r -Force; "r left: " + (Test-Path variable:r)
