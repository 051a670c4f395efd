# Constant and read-only variables, as pwsh's PSVariable treats them: a
# constant never changes or goes, not even with -Force; a read-only one only
# with -Force; only a new variable can be made constant; Set-Variable without
# -Value keeps the value and may change the options.
New-Variable -Name c -Value 1 -Option Constant
New-Variable -Name r -Value 1 -Option ReadOnly
try { $c = 2 } catch { "assign c: " + $_.FullyQualifiedErrorId }
Set-Variable c 3 -Force -ErrorVariable e -ErrorAction SilentlyContinue; "set c -Force: " + $e[0].FullyQualifiedErrorId
Remove-Variable c -Force -ErrorVariable e -ErrorAction SilentlyContinue; "remove c -Force: " + $e[0].FullyQualifiedErrorId
Clear-Variable c -Force -ErrorVariable e -ErrorAction SilentlyContinue; "clear c -Force: " + $e[0].FullyQualifiedErrorId
Set-Variable c -Option None -Force -ErrorVariable e -ErrorAction SilentlyContinue; "options of c: " + $e[0].FullyQualifiedErrorId
"c: $c " + (Get-Variable c).Options
Set-Variable r 3 -ErrorVariable e -ErrorAction SilentlyContinue; "set r: " + $e[0].FullyQualifiedErrorId
Set-Variable r 3 -Force; "r: $r " + (Get-Variable r).Options
Remove-Variable r -Force; "r removed: " + ($null -eq (Get-Variable r -ErrorAction Ignore))
$x = 5
Set-Variable x -Option ReadOnly; "x: $x " + (Get-Variable x).Options
Set-Variable x -Option None -Force; $x = 6; "x: $x " + (Get-Variable x).Options
Set-Variable x -Option Constant -ErrorVariable e -ErrorAction SilentlyContinue; "make x constant: " + $e[0].FullyQualifiedErrorId
New-Variable p -Value 1 -Option Private, ReadOnly; "p: " + (Get-Variable p).Options
