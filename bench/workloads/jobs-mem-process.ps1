# bench/jobs.sh (3): a session holding N finished process jobs. Waits for
# them, receives their output with -Keep (so it stays in the table), and
# prints "jobs <count of Completed jobs in the table>". (One Receive-Job per
# job: `$jobs | Receive-Job -Keep` repeats earlier jobs' output, a bug.)
param([int]$n = 1000)
$jobs = foreach ($i in 1..$n) { Start-Job { param($x) $x } -ArgumentList $i }
$null = $jobs | Wait-Job
foreach ($job in $jobs) { Receive-Job $job -Keep }
"jobs $(@(Get-Job -State Completed).Count)"
