# Dynamic scoping: children read their parents' variables, writes stay local unless scoped.
$x = 'script'
function Show { "in function: $x" }
function Change { $x = 'local'; "changed: $x" }
function ChangeScript { $script:x = 'script-changed' }
Show
Change
"after Change: $x"
ChangeScript
"after ChangeScript: $x"
function SetGlobal { $global:g = 'g1' }
SetGlobal
"global g: $g"
function Outer { $o = 'outer'; Inner }
function Inner { "inner sees: $o" }
Outer
function LocalVar { $local:lv = 'L'; & { "child sees local: $lv" } }
LocalVar
function PrivateVar { $private:pv = 'P'; & { "child sees private: [$pv]" } }
PrivateVar
$counter = 1
& { $counter = 2 }
"counter: $counter"
. { $counter = 3 }
"counter: $counter"
