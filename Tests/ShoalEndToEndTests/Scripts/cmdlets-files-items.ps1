# Items: New-Item, Get-ChildItem (names, recursion, filters), Get-Item properties,
# Copy-Item, Move-Item, Rename-Item and Remove-Item.
$dir = "/tmp/shoal-e2e-items-$PID"
$null = New-Item -ItemType Directory -Path "$dir/sub/deeper"
$null = New-Item -Path "$dir/b.txt" -Value 'bee'
$null = New-Item -Path "$dir/a.log" -ItemType File
$null = New-Item -Path "$dir/sub/c.txt" -Value 'sea'
$null = New-Item -Path "$dir/.hidden" -Value ''
Get-ChildItem $dir -Name
'---'
Get-ChildItem $dir -Recurse -Name
'---'
(Get-ChildItem $dir -Recurse -Filter *.txt).Name
(Get-ChildItem $dir -Force).Count
(Get-ChildItem $dir -Directory).Name
$item = Get-Item "$dir/b.txt"
"$($item.Name) $($item.Length) $($item.Extension) $($item.BaseName) $($item.Mode) $($item.PSIsContainer)"
(Get-Item "$dir/sub").Mode
Copy-Item "$dir/b.txt" "$dir/copy.txt"
Copy-Item "$dir/sub" "$dir/sub2" -Recurse
Move-Item "$dir/copy.txt" "$dir/sub2"
Rename-Item "$dir/a.log" 'renamed.log'
Get-ChildItem $dir -Recurse -File -Name
Remove-Item $dir -Recurse -Force
Test-Path $dir
