# Processes print in pwsh 7.4's table (memory in MB, CPU seconds, SI), and
# an error record's properties show with Format-List * -Force and select,
# filter and sort like any object's.
Get-Process -Id $PID | Out-String -Stream | Select-Object -Skip 1 -First 2
$me = Get-Process -Id $PID
$row = ($me | Out-String -Stream | Select-Object -Skip 3 -First 1) -split '\s+' | Where-Object { $_ }
$row[0] -eq '0'
$row[2] -match '^\d+\.\d\d$'
$row[4] -eq "$PID"
# (a process started outside any session, as under some CI runners, has SI 0)
$me.SI -ge 0 -and $me.PM -ge 0 -and $me.NPM -eq 0

try { 1 / 0 } catch { }
$failure = $Error[0]
# (the stack trace names this file by its absolute path: left out)
$skipping = $false
$failure | Format-List * -Force | Out-String -Stream | ForEach-Object {
    if ($_ -like 'ScriptStackTrace*') { $skipping = $true } elseif ($_ -eq '') { $skipping = $false }
    if (-not $skipping) { $_ }
}
$failure | Select-Object FullyQualifiedErrorId, @{ Name = 'Category'; Expression = { $_.CategoryInfo.Category } }
@($Error | Where-Object FullyQualifiedErrorId -eq RuntimeException).Count
