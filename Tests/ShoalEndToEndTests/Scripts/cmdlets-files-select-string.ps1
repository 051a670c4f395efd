# Select-String on piped text and on files, with context, -Quiet and -NotMatch.
# MatchInfo.ToString() gives the line for piped text; ToString(directory)
# gives `file:line:text` with the file relative to that directory.
'apple pie', 'banana split', 'cherry tart' | Select-String 'an' | ForEach-Object { $_.ToString() }
'apple pie', 'banana split' | Select-String 'APPLE' -CaseSensitive -Quiet
'apple pie', 'banana split' | Select-String 'pie' -NotMatch | ForEach-Object Line
$m = 'a1b22c333' | Select-String '\d+' -AllMatches
($m.Matches | ForEach-Object Value) -join ','
"$($m.LineNumber) $($m.Filename) $($m.Path)"
$dir = "/tmp/shoal-e2e-sls-$PID"
$null = New-Item -ItemType Directory $dir
Set-Content "$dir/log.txt" 'start', 'warn: disk', 'ok', 'error: net', 'end'
Select-String 'error|warn' "$dir/log.txt" | ForEach-Object { $_.ToString($dir) }
Select-String 'error' -Path "$dir/log.txt" -Context 1, 1 | ForEach-Object { $_.ToString($dir) }
(Select-String 'ok' "$dir/log.txt").LineNumber
(Select-String 'ok' "$dir/log.txt").Filename
Select-String 'nothing' "$dir/log.txt" -Quiet
Remove-Item $dir -Recurse
# -InputObject is one object: an array is matched as its joined string.
(Select-String -InputObject 'some stuff', 'other stuff' -Pattern 'other').Line
# -Quiet over piped lines without a match writes nothing (over files, False).
$quiet = 'a', 'b' | Select-String 'z' -Quiet
$null -eq $quiet
