# Calls of [CmdletBinding()] functions and named calls, every shape the
# direct call takes (and the ones it leaves to the binder): the suite runs
# with fast paths on and off, and both must print this.
function f {
    [CmdletBinding()]
    param([Parameter(Mandatory)][int]$a, [int]$b = $a * 2, [switch]$Loud, [Alias('nm')][string]$Name = 'x')
    "a=$a b=$b loud=$Loud name=$Name"
}
f 1
f -a 2 -b 3
f -Loud -a 4
f -Loud:$false 5 6
f -nm hello 7
f -N world 8
f 9 -Verbose
f 1 2 three
for ($i = 0; $i -lt 3; $i++) { f -b $i -a ($i + 10) }
function g { param([Parameter(Position = 1)]$x, [Parameter(Position = 0)]$y) "x=$x y=$y" }
g 1 2
g -x 1 2
function v { param([ValidateSet('a', 'b')]$k, [ValidateRange(1, 5)][int]$n) "k=$k n=$n" }
v a 3
v -n 4 -k B
try { v c 3 } catch { $_.Exception.Message }
try { v -k a -n 9 } catch { $_.Exception.Message }
try { f 1 2 3 4 } catch { $_.Exception.Message }
try { f -a x } catch { $_.Exception.Message }
try { f -b 2 } catch { $_.Exception.Message }
try { f -a 1 -a 2 } catch { $_.FullyQualifiedErrorId }
try { f -Nothing 1 } catch { $_.Exception.Message }
function s([switch]$on, $rest) { "on=$on rest=$rest args=$args" }
s -on 1 2 3
s 1 -on:$true
s -o 5
s -other 6
function countdown { [CmdletBinding()] param([int]$n) if ($n -gt 0) { countdown -n ($n - 1) } else { 'liftoff' } }
countdown -n 50
function late { [CmdletBinding()] param($first, $second = "after $first") $second }
late -first one
function late { param($first) "redefined $first" }
for ($i = 0; $i -lt 2; $i++) { late -first $i }
