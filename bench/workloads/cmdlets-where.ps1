. (Join-Path $PSScriptRoot 'cmdlets-data.ps1')
$a = @($items | Where-Object Value -gt 50000).Count
$b = @($items | Where-Object { $_.Bucket -eq 3 }).Count
"$a $b"
