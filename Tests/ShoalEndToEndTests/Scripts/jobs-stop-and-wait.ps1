# Stop-Job ends a running job; Wait-Job -Timeout returns nothing when it expires.
$j = Start-Job { Start-Sleep 30 }
$r = Wait-Job $j -Timeout 1
"timed out: $($null -eq $r)"
$j.State
Stop-Job $j
$j.State
"received: $(@(Receive-Job $j).Count)"
Remove-Job $j
"jobs: $(@(Get-Job).Count)"
