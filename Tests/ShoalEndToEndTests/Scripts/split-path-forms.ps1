# Split-Path as pwsh on Linux: backslashes separate too, drive roots keep their slash, ~/ is not absolute.
Split-Path -Leaf /usr/bin; Split-Path -Leaf fs:/usr/local/bin; Split-Path -Leaf usr/bin; Split-Path -Leaf ./bin; Split-Path -Leaf bin
Split-Path -Leaf "C:\Temp\Folder1"; Split-Path -Leaf "C:\Temp"; Split-Path -Leaf "\\server1\share1\folder"; Split-Path -Leaf "\\server1\share1"
'--'
Split-Path -IsAbsolute fs:/usr/bin; Split-Path -IsAbsolute ..; Split-Path -IsAbsolute /usr/..; Split-Path -IsAbsolute fs:/usr/../; Split-Path -IsAbsolute ../; Split-Path -IsAbsolute .; Split-Path -IsAbsolute ~/; Split-Path -IsAbsolute ~/..
'--'
"usr/bin" | Split-Path
Split-Path -Parent "fs:/usr/bin"; Split-Path -Parent "/usr/bin"; Split-Path -Parent "/usr/local/bin"; Split-Path -Parent "usr/local/bin"
Split-Path -Parent "C:\Temp\Folder1"; Split-Path -Parent "C:\Temp"; Split-Path -Parent "\\server1\share1\folder"; Split-Path -Parent "\\server1\share1"
"[" + (Split-Path -Path 'C:\') + "]"
Split-Path -Qualifier env:PATH; Split-Path env:PATH -NoQualifier
