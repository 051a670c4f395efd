# Set-Variable with a wildcard (or -Include/-Exclude) sets the scope's
# matching variables and creates none; a plain name is created.
$a1 = 1; $a2 = 2; $b = 3
Set-Variable a* 0
"$a1 $a2 $b"
Set-Variable zz* 5
Test-Path variable:zz*
Set-Variable a* 9 -Exclude a2
"$a1 $a2"
Set-Variable newone 7
$newone
function inner { $a1 = 'local'; Set-Variable a* 'changed'; $a1 }
inner
$a1
# Remove-Module takes the modules Get-Module pipes to it (its ModuleInfo set).
$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-e2e-remove-module-pipe'
$null = New-Item -ItemType Directory -Force $dir
Set-Content (Join-Path $dir PipeMod.psm1) 'function Get-PipeMod { "pipe" }'
Import-Module (Join-Path $dir PipeMod.psm1)
Get-PipeMod
Get-Module PipeMod | Remove-Module
@(Get-Module PipeMod).Count
Remove-Item $dir -Recurse
