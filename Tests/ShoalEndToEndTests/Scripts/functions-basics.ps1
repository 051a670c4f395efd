# Functions: implicit output, return, arguments, $args, filters, recursion.
function Get-Double($x) { $x * 2 }
Get-Double 4
function Add($a, $b) { $a + $b }
Add 2 3
Add -b 1 -a 2
function Multi { 'one'; 'two'; return 'three'; 'never' }
$r = Multi
$r.Count
$r[2]
function Early($n) { if ($n -lt 0) { return 'negative' }; 'non-negative' }
Early -1
Early 1
function NoOutput { $null = 1 }
$none = NoOutput
$null -eq $none
function Single { 'only' }
(Single).GetType().Name
function Keep-Array { , @(1, 2) }
$ka = Keep-Array
$ka.Count
filter Double-It { $_ * 2 }
(1, 2, 3 | Double-It) -join ','
function Get-Args { "count=$($args.Count) first=$($args[0])" }
Get-Args a b c
function Get-Factorial($n) { if ($n -le 1) { return 1 }; $n * (Get-Factorial ($n - 1)) }
Get-Factorial 5
function name-with-dashes { 'dash ok' }
name-with-dashes
