# Watches the machine while background work runs: CPU, free memory and the
# number of shells, sampled with Get-Counter (read from /proc on Linux).
# Run: shoal examples/06-watch-resources.ps1 [-Samples N]
param(
    [int]$Samples = 2
)

function Monitor-SystemResources {
    $cpu = (Get-Counter '\Processor(_Total)\% Processor Time').CounterSamples.CookedValue
    $memory = Get-Counter '\Memory\Available MBytes'
    $shells = (Get-Process shoal*, pwsh*, powershell*).Count

    Write-Host "CPU: $($cpu.ToString('F1'))%, Available Memory: $($memory.CounterSamples.CookedValue) MB, Shell processes: $shells"
}

# Some background work to watch.
$busy = Start-ThreadJob { $end = (Get-Date).AddSeconds(2); while ((Get-Date) -lt $end) { } }

for ($i = 1; $i -le $Samples; $i++) {
    Monitor-SystemResources
}

$busy | Wait-Job | Remove-Job

# Several counters in one call: one sample set, one reading per counter.
$set = Get-Counter -Counter '\Processor(*)\% Processor Time', '\Memory\% Committed Bytes In Use' -SampleInterval 1 -MaxSamples 1
$total = $set.CounterSamples | Where-Object { $_.InstanceName -eq '_total' }
$perCore = @($set.CounterSamples | Where-Object { $_.InstanceName -notin '_total', '' })
$committed = $set.CounterSamples | Where-Object { $_.Path -like '*committed*' }
'Total CPU: {0:N1}%, committed memory: {1:N1}%' -f $total.CookedValue, $committed.CookedValue
if ($perCore.Count -eq [Environment]::ProcessorCount) {
    "Per-processor readings: one for each of the $($perCore.Count) processors"
} else {
    "Per-processor readings: $($perCore.Count), but $([Environment]::ProcessorCount) processors"
}

# A counter that Linux cannot answer is a clear, non-terminating error.
Get-Counter '\Print Queue(*)\Jobs' -ErrorAction SilentlyContinue -ErrorVariable counterErrors
"Unknown counter: $($counterErrors[0].Exception.Message)"
