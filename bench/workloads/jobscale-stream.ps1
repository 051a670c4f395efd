# bench/jobscale: a job writes N records while a Receive-Job loop drains it.
param([int]$Count, [string]$Kind)
$job = if ($Kind -eq 'process') { Start-Job { param($c) 1..$c } -ArgumentList $Count } else { Start-ThreadJob { param($c) 1..$c } -ArgumentList $Count }
$n = 0
while ($true) {
    $finished = $job.State -in 'Completed', 'Failed', 'Stopped'
    foreach ($item in Receive-Job $job) { $n++ }
    if ($finished -and -not $job.HasMoreData) { break }
    Start-Sleep -Milliseconds 1
}
"count $n"
