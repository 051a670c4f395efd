# bench/jobscale: N finished jobs in the table; times Get-Job and Get-Job -Id.
param([int]$Count)
$before = (Get-Process -Id $PID).WorkingSet64
$null = 1..$Count | ForEach-Object { Start-ThreadJob { 1 } -ThrottleLimit 64 } | Wait-Job
$after = (Get-Process -Id $PID).WorkingSet64
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$all = @(Get-Job)
$listMs = $watch.Elapsed.TotalMilliseconds
$watch.Restart()
for ($i = 0; $i -lt 100; $i++) { $null = Get-Job -Id ([int]($Count / 2)) }
$idMs = $watch.Elapsed.TotalMilliseconds / 100
"count $($all.Count)"
"list_ms $listMs"
"id_ms $idMs"
"bytes_per_job $([int](($after - $before) / $Count))"
