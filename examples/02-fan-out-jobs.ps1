# Fan work out over servers with one background job each, watch the jobs,
# then collect and summarise their results.
# The default names end in .invalid, which never resolves (RFC 2606), so
# every server takes the failure path; pass your own with -Servers.
# Run: shoal examples/02-fan-out-jobs.ps1 [-Servers host1,host2]
param(
    [string[]]$Servers = @('web01.invalid', 'web02.invalid', 'db01.invalid', 'backup01.invalid')
)

$installBlock = {
    param($server, $package)
    try {
        Write-Output "Starting installation on $server"
        if (Test-Connection $server -Count 1 -Quiet -TimeoutSeconds 2) {
            $message = Invoke-Command -ComputerName $server -ScriptBlock {
                param($name)
                $installed = Get-WmiObject -Class Win32_Product | Where-Object { $_.Name -like "*$name*" }
                if ($installed) { "$name already installed on $env:COMPUTERNAME" }
                else { "Installed $name on $env:COMPUTERNAME" }
            } -ArgumentList $package -ErrorAction Stop
            return @{ Server = $server; Status = 'Success'; Message = $message; Timestamp = Get-Date }
        }
        return @{ Server = $server; Status = 'Failed'; Message = 'Server unreachable'; Timestamp = Get-Date }
    } catch {
        return @{ Server = $server; Status = 'Error'; Message = $_.Exception.Message; Timestamp = Get-Date }
    }
}

Write-Host "Starting installation jobs for $($Servers.Count) servers from $env:COMPUTERNAME..."
$jobs = @()
foreach ($server in $Servers) {
    $jobs += Start-Job -ScriptBlock $installBlock -ArgumentList $server, 'ExampleSoftware' -Name "Install-$server"
}

do {
    $completed = ($jobs | Where-Object { $_.State -eq 'Completed' }).Count
    $failed = ($jobs | Where-Object { $_.State -eq 'Failed' }).Count
    $running = ($jobs | Where-Object { $_.State -eq 'Running' }).Count
    Write-Progress -Activity 'Software installation' -Status "Completed: $completed, Running: $running, Failed: $failed" `
        -PercentComplete (($completed + $failed) / $jobs.Count * 100)
    Start-Sleep -Milliseconds 250
} while ($running -gt 0)
Write-Progress -Activity 'Software installation' -Completed

$jobs | Wait-Job | Out-Null

$results = $jobs | ForEach-Object {
    $output = Receive-Job -Job $_
    $result = $output | Where-Object { $_ -is [hashtable] }
    Write-Host "$($_.Name): $($result.Status) - $($result.Message)" -ForegroundColor $(
        switch ($result.Status) {
            'Success' { 'Green' }
            'Failed' { 'Yellow' }
            'Error' { 'Red' }
        }
    )
    $result
}

$jobs | Remove-Job

Write-Host "`nInstallation summary:" -ForegroundColor Cyan
$results | Group-Object Status | Select-Object Name, Count | Format-Table -AutoSize
"Jobs left in the table: $(@(Get-Job).Count)"
