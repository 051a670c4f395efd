# bench/jobscale: N process jobs that each sleep 1 s, all at once.
param([int]$Count)
$jobs = foreach ($i in 1..$Count) { Start-Job { Start-Sleep 1; 1 } }
$n = @($jobs | Receive-Job -Wait -AutoRemoveJob).Count
"count $n"
