# (c') the same string, its elements produced by a pipeline (ForEach-Object).
$s = (1..100000 | ForEach-Object { "item$_" }) -join ','
$s.Length
$s.Substring(0, 12)
$s.Substring($s.Length - 11)
