. (Join-Path $PSScriptRoot 'cmdlets-data.ps1')
$groups = $items | Group-Object Bucket
"$($groups.Count) $($groups[0].Name) $($groups[0].Count)"
