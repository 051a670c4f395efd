# Get-Content, Set-Content, Add-Content and Out-File round trips in a scratch directory.
$dir = "/tmp/shoal-e2e-content-$PID"
$null = New-Item -ItemType Directory -Path $dir -Force
$file = Join-Path $dir 'notes.txt'
Set-Content -Path $file -Value 'alpha', 'beta'
Add-Content -Path $file -Value 'gamma'
Get-Content $file
"count: $((Get-Content $file).Count)"
"first: $(Get-Content $file -TotalCount 1)"
"tail: $(Get-Content $file -Tail 2)"
"raw ends with newline: $((Get-Content $file -Raw).EndsWith("`n"))"
'one', 'two' | Out-File (Join-Path $dir 'out.txt')
'three' | Out-File (Join-Path $dir 'out.txt') -Append
(Get-Content (Join-Path $dir 'out.txt')) -join ','
Set-Content (Join-Path $dir 'nl.txt') 'a' -NoNewline
Add-Content (Join-Path $dir 'nl.txt') 'b' -NoNewline
Get-Content (Join-Path $dir 'nl.txt') -Raw
Test-Path $file
Remove-Item $dir -Recurse
Test-Path $dir
