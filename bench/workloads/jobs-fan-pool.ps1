# bench/jobs.sh (2): N ForEach-Object -Parallel items that each sleep 1 s,
# -ThrottleLimit N.
param([int]$n = 100)
1..$n | ForEach-Object -Parallel { Start-Sleep -Seconds 1; $_ } -ThrottleLimit $n
