# The location can be on a session drive: relative paths then name its items.
$env:SHOAL_DRIVE_TEST = 'value'
Set-Location env:
"$PWD"
(Get-Item SHOAL_DRIVE_TEST).Value
Test-Path SHOAL_DRIVE_TEST
(Get-ChildItem | Where-Object Name -eq SHOAL_DRIVE_TEST).Value
Set-Location ..
"$PWD"
Set-Location /
Push-Location Variable:
"$PWD"
Pop-Location
"$PWD"
try { Set-Location env:\SHOAL_DRIVE_TEST -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }

# New-PSDrive names a directory; its name: is then a path everywhere.
$root = Join-Path ([IO.Path]::GetTempPath()) "shoal-drive-$PID"
$null = New-Item -ItemType Directory -Path $root/sub -Force
$drive = New-PSDrive -Name work -PSProvider FileSystem -Root $root
"$($drive.Name) $($drive.Root -eq $root)"
Set-Content work:\note.txt 'written through the drive'
Get-Content "$root/note.txt"
Test-Path work:/sub
Set-Location work:
# The location shows through the drive; the provider path is the directory.
(Get-Location).Path
(Get-Location).ProviderPath -eq $root
Set-Location sub
"$PWD $((Get-Location).Drive)"
Set-Location ..
Set-Location ..
"$PWD"
Set-Location $root
"$PWD" -eq $root
Set-Location /
Get-PSDrive -PSProvider FileSystem | ForEach-Object Name
(Get-PSDrive Env).Provider
New-PSDrive work FileSystem / 2>&1 | ForEach-Object FullyQualifiedErrorId
try { New-PSDrive x Registry / } catch { $_.FullyQualifiedErrorId }
Remove-PSDrive work
Test-Path work:\note.txt
Remove-Item $root -Recurse
