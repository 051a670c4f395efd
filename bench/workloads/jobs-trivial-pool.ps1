# bench/jobs.sh (1): N trivial items through ForEach-Object -Parallel; also
# times plain ForEach-Object over the same input ("plain <ticks>").
param([int]$n = 1000, [int]$throttle = 5)
$t0 = [DateTime]::UtcNow.Ticks
$results = 1..$n | ForEach-Object -Parallel { $_ } -ThrottleLimit $throttle
$t1 = [DateTime]::UtcNow.Ticks
$plain = 1..$n | ForEach-Object { $_ }
$t2 = [DateTime]::UtcNow.Ticks
$results
"total $($t1 - $t0)"
"plain $($t2 - $t1)"
