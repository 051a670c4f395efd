# bench/jobs.sh (1): N thread jobs one after the other (as
# jobs-seq-process); "timer <ticks>" is the median cost of two back-to-back
# clock reads.
param([int]$n = 1000, [string]$mode = 'receive-wait')
foreach ($i in 1..$n) {
    $a = [DateTime]::UtcNow.Ticks
    $job = Start-ThreadJob { param($x) $x } -ArgumentList $i
    if ($mode -eq 'wait-job') {
        $null = Wait-Job $job
        $r = Receive-Job $job
    } else {
        $r = Receive-Job $job -Wait
    }
    $b = [DateTime]::UtcNow.Ticks
    "$r $($b - $a)"
}
$d = foreach ($i in 1..101) { $a = [DateTime]::UtcNow.Ticks; $b = [DateTime]::UtcNow.Ticks; $b - $a }
"timer $(($d | Sort-Object)[50])"
