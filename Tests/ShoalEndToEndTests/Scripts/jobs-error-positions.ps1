# An error inside a job's script block names the line and column in this
# file, whichever executor runs it.
$process = Start-Job -ScriptBlock {
    'process job'
        throw 'from the process job'
}
$process | Receive-Job -Wait -AutoRemoveJob
$thread = Start-ThreadJob { 'thread job'; 1 / 0 }
$thread | Receive-Job -Wait -AutoRemoveJob
$factor = 3
$background = Write-Output ($factor * 2), (1 / 0) &
$background | Receive-Job -Wait -AutoRemoveJob
