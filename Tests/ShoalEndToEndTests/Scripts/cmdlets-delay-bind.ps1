# A script block given to a pipeline parameter that is not of type object or
# scriptblock runs for each input object and its result binds (pwsh's
# delay-bind script blocks); without input, or without output, it is an error.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-e2e-delay-bind'
Remove-Item $dir -Recurse -Force -ErrorAction SilentlyContinue
$null = New-Item -ItemType Directory $dir
'a', 'b' | ForEach-Object { Set-Content (Join-Path $dir "$_.log") $_ }
Get-ChildItem $dir -Filter *.log | Rename-Item -NewName { $_.BaseName + '.old' }
(Get-ChildItem $dir).Name
Get-ChildItem $dir | Copy-Item -Destination { Join-Path $dir ($_.BaseName + '.copy') }
(Get-ChildItem $dir -Filter *.copy).Name
try { Rename-Item (Join-Path $dir a.old) -NewName { 'x' } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Get-ChildItem $dir -Filter a.old | Rename-Item -NewName { $null }
(Get-ChildItem $dir -Filter a.old).Name
# A parameter of type object or scriptblock takes the block itself.
1, 2 | ForEach-Object -Process { $_ * 10 }
# Set-Content -LiteralPath puts a positional value in -Value, as pwsh binds.
Set-Content -LiteralPath (Join-Path $dir 'lit[1].txt') 'literal'
Get-Content -LiteralPath (Join-Path $dir 'lit[1].txt')
Add-Content -LiteralPath (Join-Path $dir 'lit[1].txt') 'more'
(Get-Content -LiteralPath (Join-Path $dir 'lit[1].txt')).Count
Remove-Item $dir -Recurse -Force
