# Where-Object, ForEach-Object, Select-Object, Sort-Object, Group-Object and
# Measure-Object over PSCustomObjects and hashtables.
$jobs = @(
    [pscustomobject]@{ Name = 'build'; State = 'Completed'; Seconds = 12 }
    [pscustomobject]@{ Name = 'test'; State = 'Failed'; Seconds = 30 }
    [pscustomobject]@{ Name = 'lint'; State = 'completed'; Seconds = 3 }
    [pscustomobject]@{ Name = 'deploy'; State = 'Running'; Seconds = 30 }
)
($jobs | Where-Object State -eq Completed).Name -join ','
($jobs | Where-Object { $_.Seconds -ge 12 } | Sort-Object Seconds, Name -Descending).Name -join ','
($jobs | Sort-Object State, Name | ForEach-Object Name) -join ','
$jobs | Group-Object State -NoElement | ForEach-Object { '{0}={1}' -f $_.Name, $_.Count }
$m = $jobs | Measure-Object Seconds -Sum -Average -Maximum
'{0} {1} {2} {3}' -f $m.Count, $m.Sum, $m.Average, $m.Maximum
$jobs | Select-Object -First 2 Name, @{ n = 'Minutes'; e = { [math]::Round($_.Seconds / 60, 2) } } | ForEach-Object { "$_" }
$jobs | Select-Object -Last 1 -ExpandProperty Name
1..5 | ForEach-Object -Begin { $total = 0 } -Process { $total += $_ } -End { "total=$total" }
$tables = @{ Host = 'a'; Load = 3 }, @{ Host = 'b'; Load = 9 }, @{ Host = 'c'; Load = 1 }
($tables | Where-Object Load -gt 2 | Sort-Object Load -Descending | ForEach-Object Host) -join ','
($tables | Measure-Object Load -Sum).Sum
"$($tables | Select-Object Host, Load -First 1)"
