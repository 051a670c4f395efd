# Shared by the cmdlets-*.ps1 workloads: 100,000 objects with a name, a
# bucket (97 distinct values) and a pseudo-random value.
$items = foreach ($i in 1..100000) {
    [pscustomobject]@{ Name = "item$i"; Bucket = $i % 97; Value = ($i * 7919) % 100003 }
}
