# Script blocks: param(), $args, begin/process/end, & (child scope) and . (current scope).
$sb = { param($x) $x * 2 }
& $sb 21
$greet = { "hi $args" }
& $greet a b
$pipe = { begin { 'begin' } process { "item $_" } end { 'end' } }
1, 2 | & $pipe
$counter = 0
$inc = { $counter++; $counter }
& $inc
$counter
. $inc
$counter
$sb.GetType().Name
$text = { 'x' }.ToString()
"[$text]"
