# Thread jobs: one Start-ThreadJob per server, results picked up as jobs
# finish, then a table with a calculated column and a short summary.
# Run: shoal examples/04-thread-jobs.ps1 [-Servers host1,host2]
param(
    [string[]]$Servers = @('web01.invalid', 'web02.invalid', 'db01.invalid', 'backup01.invalid')
)

# Windows PowerShell 5.1 needs the ThreadJob module; shoal has it built in.
if ($PSVersionTable.PSVersion.Major -eq 5) {
    if (-not (Get-Module -ListAvailable -Name ThreadJob)) {
        Install-Module -Name ThreadJob -Force -Scope CurrentUser
    }
    Import-Module ThreadJob
}

$deployBlock = {
    param($server)
    $startTime = Get-Date
    try {
        # No ping first: the remote call itself fails for a host it cannot reach.
        $message = Invoke-Command -ComputerName $server -ScriptBlock { "Deployed on $env:COMPUTERNAME" } -ErrorAction Stop
        $status = 'Success'
    } catch {
        $message = $_.Exception.Message
        $status = 'Failed'
    }
    [PSCustomObject]@{
        Server   = $server
        Status   = $status
        Message  = $message
        ThreadId = [System.Threading.Thread]::CurrentThread.ManagedThreadId
        Duration = ((Get-Date) - $startTime).TotalSeconds
    }
}

$jobs = foreach ($server in $Servers) {
    Start-ThreadJob -ScriptBlock $deployBlock -ArgumentList $server -Name "Deploy-$server"
}
Write-Host "All thread jobs started (job ids: $($jobs.Id -join ', '))"

$completed = 0
do {
    $finished = @($jobs | Where-Object { $_.State -ne 'Running' -and $_.State -ne 'NotStarted' })
    if ($finished.Count -gt $completed) {
        foreach ($job in $finished | Select-Object -Skip $completed) {
            $result = Receive-Job -Job $job -Keep
            Write-Host "✓ $($job.Name) finished - Status: $($result.Status)" -ForegroundColor $(
                if ($result.Status -eq 'Success') { 'Green' } else { 'Red' }
            )
        }
        $completed = $finished.Count
    }
    Write-Progress -Activity 'Thread jobs' -Status "Completed $completed of $($jobs.Count)" -PercentComplete ($completed / $jobs.Count * 100)
    if ($completed -lt $jobs.Count) { Start-Sleep -Milliseconds 100 }
} while ($completed -lt $jobs.Count)

$jobs | Wait-Job | Out-Null
$allResults = $jobs | ForEach-Object {
    Receive-Job -Job $_
    Remove-Job -Job $_
}

Write-Host "`nDetailed results:" -ForegroundColor Cyan
$allResults | Sort-Object Server |
    Format-Table Server, Status, @{Name = 'Duration(s)'; Expression = { $_.Duration.ToString('F1') }} -AutoSize
$allResults | Sort-Object Server | Select-Object -First 1 -ExpandProperty Message

$successCount = ($allResults | Where-Object { $_.Status -eq 'Success' }).Count
$failureCount = ($allResults | Where-Object { $_.Status -eq 'Failed' }).Count
$avgDuration = ($allResults.Duration | Measure-Object -Average).Average

Write-Host "`nPerformance summary:" -ForegroundColor Yellow
Write-Host "Total servers: $($Servers.Count)"
Write-Host "Successful: $successCount" -ForegroundColor Green
Write-Host "Failed: $failureCount" -ForegroundColor Red
Write-Host "Average duration: $($avgDuration.ToString('F2')) seconds"
Write-Host "Threads used: $(($allResults.ThreadId | Sort-Object -Unique).Count)"
