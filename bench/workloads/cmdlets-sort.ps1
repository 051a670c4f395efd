. (Join-Path $PSScriptRoot 'cmdlets-data.ps1')
$sorted = $items | Sort-Object Value
"$($sorted[0].Name) $($sorted[-1].Name) $($sorted.Count)"
