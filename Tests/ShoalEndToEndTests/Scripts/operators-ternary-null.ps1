# PowerShell 7's ternary and null operators: `? :`, `??`, `??=`, and a
# member name after blanks following the dot.
$x = 5
$x -gt 3 ? 'big' : 'small'
($x -lt 3) ? 'big' : 'small'
$false ? 1 : $true ? 2 : 3
$x -gt 3 ?
    'over several' :
    'lines'
function Sign { param($v) $v -lt 0 ? 'negative' : $v -eq 0 ? 'zero' : 'positive' }
Sign -4; Sign 0; Sign 9
1, 2 | ForEach-Object { $_ -eq 1 ? 'one' : 'other' }
# `??` yields its left side unless that is $null; the right side runs only then.
$null ?? 'default'
$x ?? 'default'
$null ?? $null ?? 'third'
(@() ?? 'an empty array is not $null').Count
# It ranks below `+` and above `-eq`: (1 + $null) ?? 2, and 'a' -eq ($null ?? 'a').
1 + $null ?? 2
'a' -eq $null ?? 'a'
$count = 0
'kept' ?? ($count++)
$count
$n = $null
$n ??= 'assigned'
$n
$n ??= 'not assigned'
$n
$results = @(1, 2, 3)
$results. Count
'abc'. ToUpper()
# The null-conditional operators: `?.` and `?[]` give $null when the target
# is $null, and evaluate nothing further. A `?` in a plain variable name is
# part of it, as in pwsh, so the target is written ${name}.
$missing = $null
"[$(${missing}?.Length)]"
$word = 'hello'
${word}?.ToUpper()
$list = 10, 20, 30
${list}?[1]
"[$(${missing}?[1])]"
$calls = 0
${missing}?.Method(($calls++))
$calls
$tree = @{ branch = @{ leaf = 'found' } }
$tree.branch?.leaf
"[$($tree.nothing?.leaf)]"
$ok? = 'a variable named ok?'
$ok?
