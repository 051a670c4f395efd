# A file's Attributes and IsReadOnly as .NET reports them on Linux, and
# setting them (only ReadOnly changes anything: the write permission bits)
# and its times through the item.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) "shoal-attributes-$PID"
$null = New-Item -ItemType Directory $dir
$file = New-Item -ItemType File (Join-Path $dir 'plain.txt')
$file.Attributes
$file.IsReadOnly
(Get-Item $dir).Attributes
(New-Item -ItemType File (Join-Path $dir '.dotfile')).Attributes
$file.Attributes = 'Hidden'
(Get-Item $file.FullName).Attributes
$file.Attributes = 'ReadOnly, Archive'
$readOnly = Get-Item $file.FullName
"$($readOnly.Attributes) $($readOnly.IsReadOnly) $($readOnly.Mode)"
$file.Attributes = [System.IO.FileAttributes]::Normal
(Get-Item $file.FullName).IsReadOnly
$file.LastWriteTime = [datetime]'2020-01-02 03:04:05'
(Get-Item $file.FullName).LastWriteTime.ToString('yyyy-MM-dd HH:mm:ss')
try { $file.Attributes = 'Bogus' } catch { $_.FullyQualifiedErrorId }
try { $file.NoSuchProperty = 1 } catch { $_.Exception.Message }
Remove-Item -Recurse -Force $dir
