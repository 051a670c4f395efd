# (a) a 1,000,000-step counting loop.
$s = 0; for ($i = 0; $i -lt 1000000; $i++) { $s += $i }
$s
