# Baseline: only building the 100,000 objects the other workloads use.
. (Join-Path $PSScriptRoot 'cmdlets-data.ps1')
$items.Count
