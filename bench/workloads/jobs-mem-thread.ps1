# bench/jobs.sh (3): as jobs-mem-process, with thread jobs.
param([int]$n = 1000, [int]$throttle = 1000)
$jobs = foreach ($i in 1..$n) { Start-ThreadJob { param($x) $x } -ArgumentList $i -ThrottleLimit $throttle }
$null = $jobs | Wait-Job
foreach ($job in $jobs) { Receive-Job $job -Keep }
"jobs $(@(Get-Job -State Completed).Count)"
