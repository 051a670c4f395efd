# Compound assignment, ++/--, multiple assignment and typed variables.
$x = 10
$x += 5; $x
$x -= 3; $x
$x *= 2; $x
$x /= 4; $x
$x %= 4; $x
$s = 'ab'; $s += 'cd'; $s
$arr = @(1); $arr += 2; "$arr"
$i = 5
$i++
$i
$i--
$i
$j = $i++
"$j $i"
$k = ++$i
"$k $i"
$a, $b = 1, 2
"$a $b"
$a, $b = $b, $a
"$a $b"
$first, $rest = 1, 2, 3, 4
$first
"$rest"
$p, $q, $r = 'only', 'two'
"[$r]"
$x = $y = 7
"$x $y"
[int]$typed = '42'
$typed + 1
$typed = '8'
$typed.GetType().Name
# A statement's value: nothing, one object or an array, also nested, and a
# failed statement leaves nothing behind for the next one.
function many { 1; 2; 3 }
function one { 'x' }
function none { }
$m = many; $o = one; $n = none; "$($m.Count) $o $($null -eq $n)"
$outer = foreach ($k in 1..2) { $inner = many; $inner.Count + $k }
$outer -join ','
function fails { 'partial'; throw 'stop' }
try { $f = fails } catch { "caught: $_" }
$after = one; $after
