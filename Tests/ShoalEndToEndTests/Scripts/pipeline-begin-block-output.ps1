# Output written from a begin block reaches the next command after that
# command's own begin block has run.
function Source { begin { 1; 2 } process { } end { 3 } }
Source | Out-Null
'no crash'
Source | ForEach-Object -Begin { 'downstream begin' } -Process { "item $_" } -End { 'downstream end' }
function Counter { begin { $n = 0 } process { $n++ } end { "counted $n" } }
Source | Counter
Source | Measure-Object | ForEach-Object Count
