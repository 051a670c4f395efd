# A variable given the output of a pipeline that wrote nothing holds pwsh's
# AutomationNull: it reads as $null, but writes nothing to a pipeline, so
# @($x).Count is 0 (an explicit $null still counts as one item).
$x = 1..3 | Where-Object { $_ -gt 5 }
@($x).Count
$x -eq $null
$null -eq $x
$x.Count
($x | Measure-Object).Count
$y = $null
@($y).Count
$z = if ($false) { 1 }
@($z).Count
function none { }
$n = none
@($n).Count
$n = 5
@($n).Count
$n = none
$n = $null
@($n).Count
$e = @()
@($e).Count
function g { $r = Get-ChildItem /nonexistent* ; @($r).Count }
g
$x | ForEach-Object { 'ran' }
$y | ForEach-Object { 'ran for null' }
# A foreach variable given $null holds $null, whatever it held before.
$v = none
foreach ($v in @($null, 1)) { @($v).Count }
# $null given any other way is $null again; a pipeline inside a value does not count.
$x = none; Set-Variable x $null; @($x).Count
$x = none; $script:x = $null; @($x).Count
$v = if (1, 2 | Where-Object { $_ -eq 9 }) { 'found' } else { $null }; @($v).Count
$y = (none) ?? $null; @($y).Count
# `$()` of nothing is AutomationNull too; a list assignment of $null clears the mark.
$sub = $(); @($sub).Count
$subNull = $($null); @($subNull).Count
function Get-Nothing { }
$listed = Get-Nothing; $listed, $other = $null, 1; @($listed).Count
