# bench/jobs.sh (2): N process jobs that each sleep 1 s, all at once.
param([int]$n = 100)
$jobs = foreach ($i in 1..$n) { Start-Job { param($x) Start-Sleep -Seconds 1; $x } -ArgumentList $i }
$jobs | Receive-Job -Wait
