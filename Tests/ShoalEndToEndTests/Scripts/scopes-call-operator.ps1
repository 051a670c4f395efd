# & runs a script in a child scope; its param() block binds the arguments.
& ./lib/child-script.ps1 one 2 extra
"childOnly after &: [$childOnly]"
$r = & ./lib/child-script.ps1 -Second 9 -First named
$r[0]
./lib/child-script.ps1 direct
try { Child-Func } catch { 'Child-Func is not visible' }
