# -Keep leaves the data; a plain receive drains it; removed jobs are gone.
$j = Start-ThreadJob { 'k' } | Wait-Job
Receive-Job $j -Keep
$j.HasMoreData
Receive-Job $j
$j.HasMoreData
"again: $(@(Receive-Job $j).Count)"
Remove-Job $j
"left: $(@(Get-Job).Count)"
Get-Job -Id $j.Id
'end'
