# ForEach-Object -Parallel: each input once; order is not guaranteed, so sort.
$factor = 3
$r = 1..10 | ForEach-Object -Parallel { $_ * $using:factor } -ThrottleLimit 4
($r | Sort-Object) -join ' '
($r | Measure-Object -Sum).Sum
$j = 1..4 | ForEach-Object -Parallel { "item $_" } -AsJob
$j.PSJobTypeName
$j.ChildJobs.Count
($j | Wait-Job | Receive-Job | Sort-Object) -join ', '
$j.State
