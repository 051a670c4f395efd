# bench/jobpolicy: N trivial -Parallel items in one shape; prints the count
# of results and the milliseconds inside the shell.
#   plain    ForEach-Object -Parallel
#   joblog   ... -JobLog <log>
#   retry    ... -RetryCount 1 (the attempt runner; no attempt fails)
#   asjob    ... -AsJob, Wait-Job, Receive-Job (a job per item: accounting)
param([int]$Count, [string]$Shape, [string]$Log)
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$n = 0
switch ($Shape) {
    plain { 1..$Count | ForEach-Object -Parallel { $_ } | ForEach-Object { $n++ } }
    joblog { 1..$Count | ForEach-Object -Parallel { $_ } -JobLog $Log | ForEach-Object { $n++ } }
    retry { 1..$Count | ForEach-Object -Parallel { $_ } -RetryCount 1 | ForEach-Object { $n++ } }
    asjob {
        $job = 1..$Count | ForEach-Object -Parallel { $_ } -AsJob
        $null = Wait-Job $job
        Receive-Job $job | ForEach-Object { $n++ }
    }
}
$watch.Stop()
"count $n"
"ms $($watch.Elapsed.TotalMilliseconds)"
