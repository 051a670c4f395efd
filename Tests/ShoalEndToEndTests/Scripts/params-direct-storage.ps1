# Named, typed and mandatory parameters bind the same through the direct call
# and the binder: values already of the type store as they are; empty values
# for mandatory parameters, switches and values needing conversion go to the
# binder, whose errors point at the argument.
function f { [CmdletBinding()] param([Parameter(Mandatory)] [string]$a, [int]$b = 1, [switch]$s) "$a|$b|$s" }
f -a x -b 2 -s
f -a x
try { f -a '' } catch { $_.FullyQualifiedErrorId; $_.InvocationInfo.PositionMessage }
try { f -a x -b notanumber } catch { $_.FullyQualifiedErrorId; $_.InvocationInfo.PositionMessage }
function g($p, [int]$q) { "$p/$q" }
g -q 5 -p 1
g -q '7' 2
$h = @{ q = 'x' }
try { g @h } catch { $_.FullyQualifiedErrorId; $_.InvocationInfo.PositionMessage }
function m([Parameter(Mandatory)]$v) { "v=$v" }
try { m -v $null } catch { $_.FullyQualifiedErrorId }
m -v 0
m -v @(1)
# A call's scope is reused by the next call of the function, its parameters'
# variables too, unless something still holds them.
function keep($a) { Get-Variable a }
$v1 = keep 1; $v2 = keep -a 2; "$($v1.Value) $($v2.Value)"
function typed([int]$a) { $a = '7'; $a.GetType().Name + $a }
typed -a 1; typed 2
function fact($n) { if ($n -le 1) { 1 } else { $n * (fact -n ($n - 1)) } }
fact -n 10; fact 5
function rest($a) { "$a|$args" }
rest -a 1 2 3; rest 4
function later($a, $b) { $c = "$a$b"; $c }
later -b 2 -a 1; later 3 4
