# Job policies: a flaky step retried, a slow one cut off, a shared limit
# for jobs that hit one database, a job log that lets a run resume, and
# what each job cost.
$work = Join-Path ([System.IO.Path]::GetTempPath()) "shoal-example-$PID"
New-Item -ItemType Directory $work | Out-Null

# Retries: the step fails on its first two attempts and succeeds on the third.
$flaky = Start-ThreadJob {
    $count = Join-Path $using:work 'attempts'
    $n = [int](Get-Content $count -ErrorAction Ignore) + 1
    Set-Content $count $n
    if ($n -lt 3) { throw "connection refused (attempt $n)" }
    "fetched on attempt $n"
} -RetryCount 2 -RetryDelaySeconds 0.1
$null = Wait-Job $flaky
"retried: $($flaky.State) after $($flaky.Attempts) attempts: $(Receive-Job $flaky 3>$null)"

# A timeout: the native sleep is stopped with the job.
$slow = Start-Job { 'starting'; sleep 60 } -TimeoutSeconds 1
$null = Wait-Job $slow
"timed out: $($slow.State), $($slow.JobStateInfo.Reason.Message)"

# A throttle group: six jobs, never more than two at once.
Set-JobThrottle -Group db -Limit 2
$migrations = 1..6 | ForEach-Object { Start-ThreadJob { Start-Sleep -Milliseconds 200; "shard $using:_" } -ThrottleGroup db }
Get-JobThrottle db | ForEach-Object { "group $($_.Group): limit $($_.Limit), running $($_.Running), queued $($_.Queued)" }
"migrated: $((Receive-Job $migrations -Wait -AutoRemoveJob | Sort-Object) -join ', ')"

# A job log, then a resumed run: only the inputs the first run lacks run again.
$log = Join-Path $work 'run.log'
1..5 | ForEach-Object -Parallel { "item $_" } -JobLog $log | Out-Null
$resumed = 1..8 | ForEach-Object -Parallel { "item $_" } -JobLog $log -Resume
"resumed: $($resumed | Sort-Object)"
"log lines: $(@(Get-Content $log).Count - 1), columns: $((Get-Content $log -First 1) -replace "`t", ' ')"

# What the jobs cost.
$busy = Start-ThreadJob { $end = [datetime]::Now.AddMilliseconds(300); while ([datetime]::Now -lt $end) { } }
$null = Wait-Job $busy
"busy job used CPU: $($busy.CPUTime.TotalSeconds -gt 0.1)"
Get-Job | Sort-Object CPUTime -Descending | Select-Object -First 1 | ForEach-Object { "most CPU: job $($_.Id) ($($_.PSJobTypeName))" }

Get-Job | Remove-Job -Force
Remove-Item -Recurse $work
