# bench/jobs.sh (1): N process jobs one after the other; for each, prints
# its number and the ticks from just before Start-Job to the value coming
# back: from `Receive-Job -Wait` (mode "receive-wait"), or from
# `Wait-Job` followed by `Receive-Job` (mode "wait-job").
param([int]$n = 200, [string]$mode = 'receive-wait')
foreach ($i in 1..$n) {
    $a = [DateTime]::UtcNow.Ticks
    $job = Start-Job { param($x) $x } -ArgumentList $i
    if ($mode -eq 'wait-job') {
        $null = Wait-Job $job
        $r = Receive-Job $job
    } else {
        $r = Receive-Job $job -Wait
    }
    $b = [DateTime]::UtcNow.Ticks
    "$r $($b - $a)"
}
