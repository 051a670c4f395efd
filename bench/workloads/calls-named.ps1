# (b2) 100,000 calls with named arguments.
function f($a, $b) { $a + $b }
$n = 0
for ($i = 0; $i -lt 100000; $i++) { $n = f -a $n -b 1 }
$n
