# The classic: start a process job, wait for it, receive its output.
$j = Start-Job { 20 + 22 }
$j | Wait-Job | Receive-Job
$j.State
$j.HasMoreData
"[$($j.Command)]"
"ids: $($j.Id) $($j.ChildJobs[0].Id)"
