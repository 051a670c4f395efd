# bench/jobs.sh (2): N thread jobs that each sleep 1 s, -ThrottleLimit N.
param([int]$n = 100)
$jobs = foreach ($i in 1..$n) { Start-ThreadJob { param($x) Start-Sleep -Seconds 1; $x } -ArgumentList $i -ThrottleLimit $n }
$jobs | Receive-Job -Wait
