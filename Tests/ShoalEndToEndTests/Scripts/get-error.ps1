# Get-Error: the newest error in full, -Newest N with their indexes, a piped error or exception.
function Show { process { $_ | Out-String -Stream | ForEach-Object { $_ -replace [regex]::Escape($PSScriptRoot), '<dir>' } } }
try { throw 'boom' } catch {}
Get-Error | Show
'---'
Write-Error 'second' -ErrorAction SilentlyContinue
Get-Error -Newest 2 | Show
'---'
(Get-Error).FullyQualifiedErrorId
try { [int]'x' } catch { $_.Exception | Get-Error }
'---'
try { Get-Error -Newest 0 } catch { $_.FullyQualifiedErrorId }
