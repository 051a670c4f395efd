# bench/jobscale: N process jobs one after another; prints the median
# start-to-result time in milliseconds.
param([int]$Count)
$times = foreach ($i in 1..$Count) {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $null = Start-Job { 1 } | Receive-Job -Wait -AutoRemoveJob
    $watch.Elapsed.TotalMilliseconds
}
$sorted = $times | Sort-Object
"median_ms $($sorted[[int]($Count / 2)])"
