# (b3) 100,000 calls of a function with typed parameters, named arguments.
function f([int]$a, [int]$b) { $a + $b }
$n = 0
for ($i = 0; $i -lt 100000; $i++) { $n = f -a $n -b 1 }
$n
