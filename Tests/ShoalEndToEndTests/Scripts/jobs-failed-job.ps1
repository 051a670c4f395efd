# A terminating error makes the job Failed; Receive-Job replays the error.
$j = Start-ThreadJob { 'partial'; throw 'it broke' } | Wait-Job
$j.State
$j.JobStateInfo.Reason.Message
try {
    Receive-Job $j -ErrorAction Stop
} catch {
    "caught: $($_.Exception.Message)"
}
$k = Start-ThreadJob { Write-Error 'soft'; 'done' } | Wait-Job
$k.State
Receive-Job $k -ErrorVariable ev -ErrorAction SilentlyContinue
"errors: $($ev.Count)"
