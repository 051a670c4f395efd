# (b5) 100,000 calls with the arguments splatted from a new hashtable.
function f($a, $b) { $a + $b }
$n = 0
for ($i = 0; $i -lt 100000; $i++) {
    $arguments = @{ a = $n; b = 1 }
    $n = f @arguments
}
$n
