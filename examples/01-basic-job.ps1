# A background job that reads a file, with its errors handled inside the job.
# Run: shoal examples/01-basic-job.ps1 [-Path FILE]
param(
    [string]$Path = '/var/tmp/shoal-example/inventory.txt'
)

$readFile = {
    param($path)
    try {
        Get-Content $path -ErrorAction Stop
    } catch {
        Write-Error "Failed to read file: $($_.Exception.Message)"
        return $null
    }
}

# One job for the file asked for, one for this script itself.
$job = Start-Job -ScriptBlock $readFile -ArgumentList $Path
$self = Start-Job -ScriptBlock $readFile -ArgumentList $PSCommandPath

Write-Host "Jobs $($job.Id) and $($self.Id) are running, doing other work..."

$result = Receive-Job -Job $job -Wait
$lines = Receive-Job -Job $self -Wait
Remove-Job -Job $job, $self

if ($null -eq $result) {
    Write-Output "No content from $Path"
} else {
    Write-Output $result
}
Write-Output "This script has $($lines.Count) lines; the first is: $($lines[0])"
