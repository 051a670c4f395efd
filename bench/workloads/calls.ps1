# (b) 100,000 calls of a small function.
function f($x) { $x + 1 }
$n = 0
for ($i = 0; $i -lt 100000; $i++) { $n = f $n }
$n
