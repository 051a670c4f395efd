# The same fan-out with a runspace pool: at most five scripts run at once
# on reusable runspaces of this process, and results are collected as each
# one completes.
# Run: shoal examples/03-runspace-pool.ps1 [-Servers host1,host2]
param(
    [string[]]$Servers = @('web01.invalid', 'web02.invalid', 'db01.invalid', 'backup01.invalid')
)

$checkBlock = {
    param($server)
    try {
        if (-not (Test-Connection $server -Count 1 -Quiet -TimeoutSeconds 2)) {
            throw "Cannot connect to $server"
        }
        Start-Sleep -Milliseconds (Get-Random -Minimum 100 -Maximum 500)
        return [PSCustomObject]@{
            Server      = $server
            Status      = 'Success'
            Message     = 'Software installed successfully'
            ProcessedBy = [System.Threading.Thread]::CurrentThread.ManagedThreadId
        }
    } catch {
        return [PSCustomObject]@{
            Server      = $server
            Status      = 'Failed'
            Message     = $_.Exception.Message
            ProcessedBy = [System.Threading.Thread]::CurrentThread.ManagedThreadId
        }
    }
}

$pool = [runspacefactory]::CreateRunspacePool(1, 5)
$pool.Open()

Write-Host "Creating runspaces for $($Servers.Count) servers..."
$runspaces = @()
foreach ($server in $Servers) {
    $powershell = [powershell]::Create().AddScript($checkBlock).AddArgument($server)
    $powershell.RunspacePool = $pool
    $runspaces += [PSCustomObject]@{
        Pipe      = $powershell
        Handle    = $powershell.BeginInvoke()
        Server    = $server
        StartTime = Get-Date
    }
}

$results = @()
$completed = 0
do {
    foreach ($runspace in $runspaces | Where-Object { $_.Handle.IsCompleted -and $_.Pipe }) {
        $result = $runspace.Pipe.EndInvoke($runspace.Handle)
        $results += $result
        $duration = (Get-Date) - $runspace.StartTime
        Write-Host "✓ $($runspace.Server) completed in $($duration.TotalSeconds.ToString('F1'))s - Status: $($result.Status)" -ForegroundColor $(
            if ($result.Status -eq 'Success') { 'Green' } else { 'Red' }
        )
        $runspace.Pipe.Dispose()
        $runspace.Pipe = $null
        $completed++
    }
    Write-Progress -Activity 'Processing servers' -Status "Completed $completed of $($Servers.Count)" `
        -PercentComplete ($completed / $Servers.Count * 100)
    if ($completed -lt $Servers.Count) { Start-Sleep -Milliseconds 100 }
} while ($completed -lt $Servers.Count)

$pool.Close()
$pool.Dispose()

Write-Host "`nFinal results:" -ForegroundColor Cyan
$results | Sort-Object Server | Format-Table Server, Status, Message -AutoSize
"Runspace threads used: $(($results.ProcessedBy | Sort-Object -Unique).Count)"
$results | Group-Object Status | Select-Object Name, Count | Format-Table -AutoSize
