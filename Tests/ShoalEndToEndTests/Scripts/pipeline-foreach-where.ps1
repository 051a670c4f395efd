# ForEach-Object and Where-Object, with their aliases and simplified syntax.
1..5 | Where-Object { $_ % 2 } | ForEach-Object { "odd $_" }
1..3 | ForEach-Object -Begin { 'start' } -Process { $_ * 2 } -End { 'finish' }
1..4 | ? { $_ -gt 2 } | % { "big $_" }
$objs = [PSCustomObject]@{ N = 'a'; V = 1 }, [PSCustomObject]@{ N = 'b'; V = 2 }
$objs | Where-Object V -eq 2 | ForEach-Object N
$objs | Where-Object { $_.V -lt 2 } | ForEach-Object { $_.N }
'a', 'b' | ForEach-Object { $PSItem.ToUpper() }
1..3 | ForEach-Object { if ($_ -eq 2) { return }; "r $_" }
'x' | ForEach-Object ToUpper
