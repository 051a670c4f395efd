# Times the same work done three ways: background jobs (a process each),
# a runspace pool, and thread jobs; then names the fastest.
# Run: shoal examples/05-compare-methods.ps1 [-WorkDuration SECONDS]
param(
    [int]$WorkDuration = 1
)

function Compare-AsyncMethods {
    param(
        [string[]]$Servers = @('Server1', 'Server2', 'Server3', 'Server4', 'Server5'),
        [int]$WorkDuration = 2
    )

    $work = {
        param($server, $duration)
        Start-Sleep -Seconds $duration
        return "Processed $server in $duration seconds"
    }

    Write-Host "Comparing async methods with $($Servers.Count) servers..." -ForegroundColor Cyan

    Write-Host "`n1. Testing PowerShell jobs..." -ForegroundColor Yellow
    $jobTime = Measure-Command {
        $jobs = $Servers | ForEach-Object { Start-Job -ScriptBlock $work -ArgumentList $_, $WorkDuration }
        $jobs | Wait-Job | Out-Null
        $jobs | Remove-Job
    }

    Write-Host '2. Testing runspaces...' -ForegroundColor Yellow
    $runspaceTime = Measure-Command {
        $pool = [runspacefactory]::CreateRunspacePool(1, 10)
        $pool.Open()
        $runspaces = @()
        foreach ($server in $Servers) {
            $ps = [powershell]::Create().AddScript($work).AddArgument($server).AddArgument($WorkDuration)
            $ps.RunspacePool = $pool
            $runspaces += @{ Pipe = $ps; Handle = $ps.BeginInvoke() }
        }
        foreach ($runspace in $runspaces) {
            $runspace.Pipe.EndInvoke($runspace.Handle) | Out-Null
            $runspace.Pipe.Dispose()
        }
        $pool.Close()
        $pool.Dispose()
    }

    if (Get-Command Start-ThreadJob -ErrorAction SilentlyContinue) {
        Write-Host '3. Testing thread jobs...' -ForegroundColor Yellow
        $threadJobTime = Measure-Command {
            $jobs = $Servers | ForEach-Object { Start-ThreadJob -ScriptBlock $work -ArgumentList $_, $WorkDuration }
            $jobs | Wait-Job | Out-Null
            $jobs | Remove-Job
        }
    } else {
        $threadJobTime = [TimeSpan]::Zero
        Write-Host '3. Thread jobs not available' -ForegroundColor Red
    }

    Write-Host "`nPerformance results:" -ForegroundColor Green
    Write-Host "PowerShell jobs: $($jobTime.TotalSeconds.ToString('F2')) seconds"
    Write-Host "Runspaces: $($runspaceTime.TotalSeconds.ToString('F2')) seconds"
    if ($threadJobTime.TotalSeconds -gt 0) {
        Write-Host "Thread jobs: $($threadJobTime.TotalSeconds.ToString('F2')) seconds"
    }

    $methods = @(
        @{ Name = 'PowerShell jobs'; Time = $jobTime }
        @{ Name = 'Runspaces'; Time = $runspaceTime }
    )
    if ($threadJobTime.TotalSeconds -gt 0) {
        $methods += @{ Name = 'Thread jobs'; Time = $threadJobTime }
    }

    $fastest = $methods | Sort-Object { $_.Time.TotalSeconds } | Select-Object -First 1
    Write-Host "`nFastest method: $($fastest.Name)" -ForegroundColor Cyan
}

Compare-AsyncMethods -WorkDuration $WorkDuration
