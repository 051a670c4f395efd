# Paths written for Windows: pwsh on Linux reads a backslash in a
# file-system path as the separator, in cmdlets, redirection, Set-Location
# and scripts run by path.
$root = Join-Path ([System.IO.Path]::GetTempPath()) "shoal-separators-$PID"
$null = New-Item -ItemType Directory "$root\one\two" -Force
Test-Path "$root\one\two"
(Get-Item "$root\one").Name
Set-Content -Path "$root\one\two\note.txt" -Value 'written'
Get-Content "$root/one/two/note.txt"
"'run from a script'" > "$root\one\script.ps1"
Push-Location $root
.\one\script.ps1
Set-Location one\two
Split-Path -Leaf $PWD.Path
Pop-Location
(Get-ChildItem "$root\one" -Recurse -File | ForEach-Object Name) -join ','
Remove-Item -Recurse -Force "$root"
Test-Path $root
