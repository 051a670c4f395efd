# What the file cmdlets say about paths the file system cannot answer:
# a drive that does not exist, -Tail on a session drive, null paths.
function Try-It([scriptblock]$block) {
    try { & $block } catch { "$($_.FullyQualifiedErrorId): $_" }
}
Try-It { Get-Item bogus:\x -ErrorAction Stop }
Try-It { Get-Content C:\Windows\win.ini -ErrorAction Stop }
Try-It { Join-Path bogusdrive:\somedir otherdir -Resolve -ErrorAction Stop }
Test-Path C:\Windows
Join-Path Temp: x
Try-It { Get-Content -Path Variable:\PSHOME -Tail 1 -ErrorAction Stop }
Push-Location env:
Try-It { Get-Content PATH -Tail 1 -ErrorAction Stop }
(Get-Content PATH).Length -gt 0
Pop-Location
Try-It { Test-Path -Path $null, $null -ErrorAction Stop }
Test-Path -Path $null, '/' -ErrorAction SilentlyContinue -ErrorVariable nullErrors
$nullErrors.Count
# The providers behind the drives.
Get-PSProvider
(Get-PSProvider FileSystem).Drives.Name -join ','
Try-It { Get-PSProvider Registry -ErrorAction Stop }
@(Get-PSProvider *able).Name
