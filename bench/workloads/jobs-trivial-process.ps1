# bench/jobs.sh (1): start N trivial process jobs, then receive them all.
# Prints each job's number, then "total <ticks>" (start of the first job to
# the last result, in 100 ns ticks).
param([int]$n = 1000)
$t0 = [DateTime]::UtcNow.Ticks
$jobs = foreach ($i in 1..$n) { Start-Job { param($x) $x } -ArgumentList $i }
$results = $jobs | Receive-Job -Wait
$t1 = [DateTime]::UtcNow.Ticks
$results
"total $($t1 - $t0)"
