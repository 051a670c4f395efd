# Non-terminating errors: the script goes on, $? is false, $Error collects them.
# A script that ends normally exits 0 even when its last command failed.
Write-Error 'first problem'
"after error, `$? = $?"
$Error.Count
"$($Error[0])"
Write-Error 'silenced' -ErrorAction SilentlyContinue
"count after silenced: $($Error.Count)"
Write-Error 'ignored' -ErrorAction Ignore
"count after ignored: $($Error.Count)"
"latest: $($Error[0])"
$ErrorActionPreference = 'SilentlyContinue'
Write-Error 'quiet by preference'
"count: $($Error.Count)"
$ErrorActionPreference = 'Continue'
'last line'
Write-Error 'final error'
