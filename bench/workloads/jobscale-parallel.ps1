# bench/jobscale: N trivial -Parallel items at a throttle; prints the count
# and the milliseconds they took inside the shell.
param([int]$Count, [int]$Throttle)
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$n = 0
1..$Count | ForEach-Object -Parallel { $_ } -ThrottleLimit $Throttle | ForEach-Object { $n++ }
$watch.Stop()
"count $n"
"ms $($watch.Elapsed.TotalMilliseconds)"
