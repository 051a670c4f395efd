# Set-StrictMode: versions 1-3 and Latest, scoped to the scope that sets it and its children.
$a -gt 5                                   # off: an unset variable is $null
Set-StrictMode -Version 1.0
try { $a -gt 5 } catch { "1: $($_.FullyQualifiedErrorId): $_" }
"1 lets strings be: [$nope]"
$o = [pscustomobject]@{ p = $null }
$null -eq $o.missing                       # properties are checked from 2
Set-StrictMode -Version 2
try { "x $nope" } catch { "2 string: $_" }
try { $o.missing } catch { "2 property: $($_.FullyQualifiedErrorId): $_" }
$null -eq $o.p                             # there, and $null: fine
$h = @{ k = $null }; $null -eq $h.k
try { $h.nokey } catch { "2 key: $_" }
'abc'.Length
$arr = 1, 2
$null -eq $arr[5]                          # indexes are checked from 3
Set-StrictMode -Version Latest
try { $arr[5] } catch { "3: $_" }
$arr[-1]
function Inner { $undefinedInside }
try { Inner } catch { "inherited by functions: $_" }
function Relaxed { Set-StrictMode -Off; $undefinedInside; 'a function may turn it off for itself' }
Relaxed
try { $stillUnset } catch { 'the caller stays strict' }
& { Set-StrictMode -Off; "a child block too: [$x1]" }
function Counts { param($x) "$($PSBoundParameters.Count) $($args.Count) $($MyInvocation.MyCommand.Name)" }
Counts 1 2 3
if ('abc' -match 'b') { $Matches[0] }
try { Set-StrictMode -Version 9.1 } catch { $_.FullyQualifiedErrorId }
try { Set-StrictMode } catch { $_.FullyQualifiedErrorId }
try { Set-StrictMode -Off -Version 2 } catch { $_.FullyQualifiedErrorId }
Set-StrictMode -Version 2
$script:late = 1
$script:late
try { $script:neverSet } catch { "qualified: $_" }
Set-StrictMode -Off
"off again: [$x2] [$($o.zzz)] [$($arr[9])]"
