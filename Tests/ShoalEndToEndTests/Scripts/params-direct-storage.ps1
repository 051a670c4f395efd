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
