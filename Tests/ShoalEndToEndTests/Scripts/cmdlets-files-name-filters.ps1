# Copy-Item, Move-Item and Test-Path apply -Filter, -Include and -Exclude
# (copying with -Recurse keeps every folder and filters the files); a
# wildcard matches hidden (dot) names only with -Force.
$root = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-e2e-name-filters'
Remove-Item $root -Recurse -Force -ErrorAction SilentlyContinue
$src = New-Item -ItemType Directory (Join-Path $root src)
$null = New-Item -ItemType Directory (Join-Path $src sub), (Join-Path $root dst), (Join-Path $root moved)
'a.log', 'b.txt', 'sub/c.log', 'sub/d.txt', '.hidden' | ForEach-Object { Set-Content (Join-Path $src $_) $_ }
Copy-Item "$src/*" (Join-Path $root dst) -Filter *.log
(Get-ChildItem (Join-Path $root dst) -Name) -join ','
Copy-Item $src (Join-Path $root tree) -Recurse -Include *.log
(Get-ChildItem (Join-Path $root tree) -Recurse -Name | Sort-Object) -join ','
Copy-Item $src (Join-Path $root tree2) -Recurse -Exclude *.log
(Get-ChildItem (Join-Path $root tree2) -Recurse -Name | Sort-Object) -join ','
Move-Item "$src/*" (Join-Path $root moved) -Include *.txt
(Get-ChildItem (Join-Path $root moved) -Name) -join ','
Test-Path "$src/*" -Include *.zip
Test-Path "$src/*" -Include *.log
Test-Path (Join-Path $src a.log) -Exclude *.log
Test-Path (Join-Path $src a.log) -Filter *.log
(Get-Item "$src/*").Name -join ','
(Get-Item "$src/*" -Force).Name -join ','
(Resolve-Path "$src/*" -Force | Split-Path -Leaf) -join ','
Remove-Item "$src/*" -Force -Recurse
@(Get-ChildItem $src -Force).Count
Remove-Item $root -Recurse -Force
