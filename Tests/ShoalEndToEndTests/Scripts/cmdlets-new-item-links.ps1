# New-Item makes symbolic links (the target kept as written, dangling
# allowed) and hard links (to an existing file); links show as such in
# UnixMode and Mode; file times have their UTC forms.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-e2e-new-item-links'
Remove-Item $dir -Recurse -Force -ErrorAction SilentlyContinue
$null = New-Item -ItemType Directory (Join-Path $dir data)
Set-Content (Join-Path $dir data/app.conf) 'port=80'
$link = New-Item -ItemType SymbolicLink -Path (Join-Path $dir current) -Target data
$link.LinkType, $link.LinkTarget, $link.UnixMode.Substring(0, 1), $link.Mode.Substring(0, 1) -join ' '
Get-Content (Join-Path $dir current/app.conf)
$hard = New-Item -ItemType HardLink -Path (Join-Path $dir copy.conf) -Value (Join-Path $dir data/app.conf)
Add-Content (Join-Path $dir copy.conf) 'workers=2'
(Get-Content (Join-Path $dir data/app.conf)) -join ','
$null = New-Item -ItemType SymbolicLink -Path (Join-Path $dir dangling) -Target nowhere
(Get-Item (Join-Path $dir dangling) -Force).LinkTarget
try { New-Item -ItemType SymbolicLink -Path (Join-Path $dir current) -Target data -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
$null = New-Item -ItemType SymbolicLink -Path (Join-Path $dir current) -Target data/app.conf -Force
(Get-Item (Join-Path $dir current)).LinkTarget
try { New-Item -ItemType HardLink -Path (Join-Path $dir h2) -Value (Join-Path $dir data) -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { New-Item -ItemType HardLink -Path (Join-Path $dir h3) -Value (Join-Path $dir missing) -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
$file = Get-Item (Join-Path $dir data/app.conf)
$file.LastWriteTimeUtc.Kind, $file.LastWriteTime.Kind -join ' '
$file.LastWriteTimeUtc -eq $file.LastWriteTime.ToUniversalTime()
Remove-Item $dir -Recurse -Force
# A GUID's .NET formats, and Write-Error -Exception keeping its exception.
$g = [guid]'0f8fad5b-d9cb-469f-a165-70867728950e'
$g.ToString('N'); $g.ToString('B'); $g.ToString('P'); $g.ToString('X'); $g.ToString()
try { $g.ToString('Q') } catch { $_.Exception.Message }
try { Write-Error -Exception ([System.IO.FileNotFoundException]::new('no file')) -ErrorAction Stop } catch { $_.Exception.GetType().Name; $_.FullyQualifiedErrorId }
try { Write-Error -Exception ([System.IO.FileNotFoundException]::new('no file')) -Message 'details' -ErrorAction Stop } catch { $_.Exception.Message; $_.ErrorDetails.Message }
[pscustomobject]@{ id = $g } | ConvertTo-Json -Compress
try { Write-Error -Exception ([System.IO.FileNotFoundException]::new('nf')) -Message 'custom' -ErrorAction Stop } catch { "$_" }
