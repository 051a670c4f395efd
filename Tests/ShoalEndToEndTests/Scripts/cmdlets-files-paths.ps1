# Join-Path, Split-Path, Resolve-Path and the location stack.
Join-Path 'a' 'b'
Join-Path 'a/' '/b' 'c' 'd'
Join-Path -Path 'x', 'y' -ChildPath 'z'
Split-Path '/usr/local/bin/tool.tar.gz'
Split-Path '/usr/local/bin/tool.tar.gz' -Leaf
Split-Path '/usr/local/bin/tool.tar.gz' -LeafBase
Split-Path '/usr/local/bin/tool.tar.gz' -Extension
Split-Path '/usr' -Parent
Split-Path '/usr/bin' -IsAbsolute
Split-Path 'usr/bin' -IsAbsolute
$dir = "/tmp/shoal-e2e-paths-$PID"
$null = New-Item -ItemType Directory "$dir/inner"
$null = New-Item "$dir/one.txt", "$dir/two.txt"
Push-Location $dir
(Get-Location).Path -eq $dir
(Resolve-Path *.txt | ForEach-Object { Split-Path $_.Path -Leaf }) -join ','
Resolve-Path 'one.txt' -Relative
Push-Location inner
Resolve-Path '../two.txt' -Relative
Pop-Location
Pop-Location
(Get-Location).Path -eq $dir
Remove-Item $dir -Recurse
