# Pipelines stream: the first object reaches the consumer before the producer has finished.
$start = [datetime]::UtcNow
function Produce {
    Write-Host 'produce 1'
    1
    Start-Sleep -Milliseconds 200
    Write-Host 'produce 2'
    2
    $script:producerDone = [datetime]::UtcNow
    Write-Host 'produce done'
}
function Consume {
    process {
        if ($_ -eq 1) { $script:firstSeen = [datetime]::UtcNow }
        Write-Host "consume $_"
    }
}
Produce | Consume
"first object consumed before producer finished: $($firstSeen -lt $producerDone)"
"producer took at least 190ms: $(($producerDone - $start).TotalMilliseconds -ge 190)"
Produce | ForEach-Object { "fe $_" } | Consume
