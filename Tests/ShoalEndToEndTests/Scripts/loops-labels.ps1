# Labelled break/continue reach an outer loop; break inside switch leaves only the switch.
:outer foreach ($i in 1..3) {
    foreach ($j in 1..3) {
        if ($j -eq 2) { continue outer }
        if ($i -eq 3) { break outer }
        "$i-$j"
    }
}
'after outer'
:rows for ($r = 0; $r -lt 3; $r++) {
    $c = 0
    while ($true) {
        $c++
        if ($c -gt $r) { continue rows }
        "r$r c$c"
    }
}
foreach ($i in 1..3) {
    switch ($i) { 2 { break } }
    "after switch $i"
}
'done'
