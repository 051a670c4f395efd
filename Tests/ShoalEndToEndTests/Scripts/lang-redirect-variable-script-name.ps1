# Redirection to variable: assigns the stream to the variable (>> appends);
# a script in the current location does not run by its bare name, as in pwsh.
1..3 > variable:numbers
"numbers: $numbers"
4 >> variable:numbers
"numbers: $numbers"
Write-Error 'into a variable' 2> variable:caught
"caught: $caught"
$dir = "/tmp/shoal-e2e-bare-script-$PID"
$null = New-Item -ItemType Directory $dir
Set-Content "$dir/local.ps1" '"local ran"'
Push-Location $dir
try { local.ps1 } catch { $_.Exception.Message -split "`n" | Select-Object -Last 1 }
./local.ps1
Pop-Location
Remove-Item $dir -Recurse
