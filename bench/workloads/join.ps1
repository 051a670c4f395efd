# (c) building a 100,000-element string with -join (foreach statement).
$s = (foreach ($i in 1..100000) { "item$i" }) -join ','
$s.Length
$s.Substring(0, 12)
$s.Substring($s.Length - 11)
