# if/elseif/else, foreach, for, while, do-while, do-until, break and continue.
$n = 5
if ($n -gt 3) { 'big' } else { 'small' }
if ($n -lt 3) { 'lt3' } elseif ($n -lt 6) { 'lt6' } else { 'other' }
if (0) { 'zero true' } else { 'zero false' }
if ('') { 'empty true' } else { 'empty false' }
if (@()) { 'array true' } else { 'array false' }
if ($null) { 'null true' } else { 'null false' }
$r = if ($n -eq 5) { 'five' } else { 'not five' }
$r
foreach ($i in 1..3) { "foreach $i" }
for ($i = 0; $i -lt 3; $i++) { "for $i" }
$w = 0
while ($w -lt 3) { $w++; "while $w" }
$d = 0
do { $d++; "do-while $d" } while ($d -lt 2)
$u = 0
do { $u++; "do-until $u" } until ($u -ge 2)
foreach ($x in @()) { 'never' }
foreach ($x in $null) { 'never for null' }
for ($i = 0; $i -lt 10; $i++) {
    if ($i -eq 1) { continue }
    if ($i -eq 3) { break }
    "loop $i"
}
$sum = 0
foreach ($v in 1..100) { $sum += $v }
$sum
$collected = foreach ($i in 1..3) { $i * 10 }
$collected -join ','
for (;;) { 'infinite loop broken'; break }
