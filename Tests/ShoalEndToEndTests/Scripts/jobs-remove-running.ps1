# Remove-Job of a running job is an error without -Force; the job stays.
$j = Start-ThreadJob { Start-Sleep 30 }
Remove-Job $j
"still there: $((Get-Job -Id $j.Id).Id -eq $j.Id)"
Remove-Job $j -Force
$j.State
"jobs: $(@(Get-Job).Count)"
