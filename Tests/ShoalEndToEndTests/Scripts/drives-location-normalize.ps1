# Set-Location and Push-Location fold `.` and `..` in the path they go to,
# and Push-Location goes to a drive's path as Set-Location does.
Push-Location /
Set-Location /usr/local/..
$PWD.Path
Set-Location ./bin/../lib/.
$PWD.Path
$null = New-PSDrive u FileSystem /usr
Push-Location u:/bin
$PWD.Path
Pop-Location
$PWD.Path
Pop-Location
Remove-PSDrive u
# Remove-PSSession selects by name or computer like Get-PSSession.
Remove-PSSession -ComputerName db*
Remove-PSSession -Name nothing
'done'
# A job starts on the drive the location (or -WorkingDirectory) is on.
Push-Location Temp:/
Start-Job { $PWD.Path } | Wait-Job | Receive-Job
Pop-Location
Start-Job { $PWD.Path } -WorkingDirectory Temp:\ | Wait-Job | Receive-Job
Start-Job { $PWD.Path } -WorkingDirectory / | Wait-Job | Receive-Job
Push-Location Temp:/
Start-ThreadJob { $PWD.Path } | Receive-Job -Wait -AutoRemoveJob
# A Pop-Location that fails leaves the location, and its drive, as they were.
$gone = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-e2e-pop-gone'
$null = New-Item -ItemType Directory $gone -Force
Set-Location $gone
Push-Location Temp:/
Remove-Item $gone
Pop-Location 2>$null
$PWD.Path
Set-Location /
