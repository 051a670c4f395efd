# Stream redirection: 2>&1, 2>$null, 3>&1, 3>$null, 4>&1, 6>&1, *>&1.
$out = & { 'output'; Write-Error 'an error' } 2>&1
$out.Count
$out[1].GetType().Name
"$($out[1])"
& { 'visible'; Write-Error 'hidden error' } 2>$null
$w = & { Write-Warning 'careful'; 'value' } 3>&1
$w.Count
"$($w[0])"
$w[0].GetType().Name
& { Write-Warning 'silenced' } 3>$null
$all = & { 'o'; Write-Error 'e'; Write-Warning 'w'; Write-Verbose 'v' -Verbose; Write-Information 'i' } *>&1
$all.Count
($all | ForEach-Object { $_.GetType().Name }) -join ','
($all | ForEach-Object { "$_" }) -join ','
$i = Write-Information 'info msg' 6>&1
"$i"
Write-Host 'suppressed host output' 6>$null
$h = Write-Host 'captured host' 6>&1
"captured: $h"
