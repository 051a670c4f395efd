# bench/jobs.sh (1): N one-item ForEach-Object -Parallel calls one after the
# other (as jobs-seq-process).
param([int]$n = 1000)
foreach ($i in 1..$n) {
    $a = [DateTime]::UtcNow.Ticks
    $r = $i | ForEach-Object -Parallel { $_ }
    $b = [DateTime]::UtcNow.Ticks
    "$r $($b - $a)"
}
