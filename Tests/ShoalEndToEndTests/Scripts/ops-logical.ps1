# Logical operators, truthiness and short-circuit evaluation.
$true -and $false
$true -or $false
$true -xor $true
$true -xor $false
-not $true
!$false
!0
!''
!'0'
-not @()
-not @(0)
-not @(0, 0)
[bool]'False'
$false -and (Write-Host 'not evaluated')
$true -or (Write-Host 'not evaluated')
