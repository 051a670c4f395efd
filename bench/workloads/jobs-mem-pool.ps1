# bench/jobs.sh (3): as jobs-mem-process, with ForEach-Object -Parallel
# -AsJob: one PSTaskJob whose N child jobs are the items.
param([int]$n = 1000, [int]$throttle = 5)
$job = 1..$n | ForEach-Object -Parallel { $_ } -ThrottleLimit $throttle -AsJob
$null = $job | Wait-Job
$job | Receive-Job -Keep
"jobs $(@($job.ChildJobs | Where-Object State -eq 'Completed').Count)"
