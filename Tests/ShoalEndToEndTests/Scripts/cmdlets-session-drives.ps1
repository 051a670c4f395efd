# The env:, variable:, function: and alias: drives through the item cmdlets.
$env:SHOAL_E2E_DRIVE = 'value'
Test-Path env:SHOAL_E2E_DRIVE
Test-Path env:SHOAL_E2E_MISSING
Get-Content env:SHOAL_E2E_DRIVE
Get-ChildItem env:SHOAL_E2E_D* | ForEach-Object { "$($_.Name)=$($_.Value)" }
Set-Item env:SHOAL_E2E_DRIVE 'changed'
$env:SHOAL_E2E_DRIVE
Remove-Item env:SHOAL_E2E_DRIVE
Test-Path env:SHOAL_E2E_DRIVE
$counter = 3
(Get-Item variable:counter).Value
Remove-Item variable:counter
Test-Path variable:counter
Set-Item function:Greet { param($who) "hello $who" }
Greet world
(Get-ChildItem function:Gre*).Name
Remove-Item function:Greet
Test-Path function:Greet
New-Item alias:shoalnow -Value Get-Date | ForEach-Object Definition
(Get-Item alias:gci).Definition
try { Get-Item env:SHOAL_E2E_MISSING -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
