# -WhatIf on the cmdlets that change state: pwsh's "What if:" line, nothing
# changed; $WhatIfPreference does the same; -Confirm:$false never asks.
# (What if: goes to the host, as in pwsh, so the paths printed are fixed ones.)
$dir = "/tmp/shoal-e2e-whatif"
Remove-Item $dir -Recurse -Force -ErrorAction SilentlyContinue
$null = New-Item -ItemType Directory -Path "$dir/d"
$null = New-Item -Path "$dir/a.txt" -Value 'kept'
Set-Location $dir
Remove-Item a.txt -WhatIf
Remove-Item d -WhatIf
New-Item b.txt -WhatIf
New-Item -ItemType Directory e -WhatIf
Set-Content a.txt 'new' -WhatIf
Add-Content a.txt 'more' -WhatIf
Clear-Content a.txt -WhatIf
Copy-Item a.txt c.txt -WhatIf
Move-Item a.txt d -WhatIf
Rename-Item a.txt z.txt -WhatIf
'q' | Out-File o.txt -WhatIf
[pscustomobject]@{ a = 1 } | Export-Csv x.csv -WhatIf
Set-ItemProperty a.txt -Name IsReadOnly -Value $true -WhatIf
Set-Variable v 1 -WhatIf
New-Variable w 2 -WhatIf
$u = 1
Remove-Variable u -WhatIf
Clear-Variable u -WhatIf
Set-Alias zz Get-Date -WhatIf
$WhatIfPreference = $true
Remove-Item a.txt
$WhatIfPreference = $false
Remove-Item a.txt -Confirm:$false -WhatIf:$false -ErrorAction Stop
"left: " + ((Get-ChildItem -Name) -join ',')
"v=$v u=$u zz=$(Get-Alias zz -ErrorAction SilentlyContinue)"
try { Get-ChildItem -WhatIf } catch { $_.FullyQualifiedErrorId }
Set-Location /
Remove-Item $dir -Recurse -Force
