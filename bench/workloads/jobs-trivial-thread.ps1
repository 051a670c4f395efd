# bench/jobs.sh (1): start N trivial thread jobs, then receive them all.
param([int]$n = 1000, [int]$throttle = 1000)
$t0 = [DateTime]::UtcNow.Ticks
$jobs = foreach ($i in 1..$n) { Start-ThreadJob { param($x) $x } -ArgumentList $i -ThrottleLimit $throttle }
$results = $jobs | Receive-Job -Wait
$t1 = [DateTime]::UtcNow.Ticks
$results
"total $($t1 - $t0)"
