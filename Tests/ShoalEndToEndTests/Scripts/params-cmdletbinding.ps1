# [CmdletBinding()] gives the common parameters.
function Invoke-Thing {
    [CmdletBinding()]
    param([string]$Name = 'thing')
    Write-Verbose "verbose about $Name"
    Write-Error "problem with $Name"
    "result $Name"
}
$r = Invoke-Thing -ErrorAction SilentlyContinue
$r
$r2 = Invoke-Thing -ErrorAction SilentlyContinue -ErrorVariable ev
"ev count: $($ev.Count) message: $($ev[0])"
$v = Invoke-Thing -Verbose -ErrorAction Ignore 4>&1
$v.Count
"$($v[0])"
$v[0].GetType().Name
try { Invoke-Thing -ErrorAction Stop; 'not reached' } catch { "caught: $($_.Exception.Message)" }
Invoke-Thing -OutVariable ov -ErrorAction SilentlyContinue | Out-Null
"ov: $ov"
try { Invoke-Thing -Bogus 1 } catch { $_.Exception.Message }
