# $script:, $global:, $local: and $private: reads and writes, one statement
# per line (the REPL test types it line by line). ScopeQualifierTests runs it
# in every mode and expects the same output.
$x = 'top'
function Set-Script { $script:x = 'script' }
function Set-Global { $global:g = 'global' }
function Read-Local { $x = 'local'; "local: $local:x $x $script:x" }
function Hide { $private:p = 'private'; Show; "own: $p $private:p" }
function Show { "sees p: [$p]" }
$private:p2 = 'mine'
function Peek { "p2: [$p2] [$script:p2]" }
Set-Script; "x: $x $script:x"
Set-Global; "g: $global:g $g"
Read-Local
Hide
Peek
$local:l = 1; $l += 1; "l: $l $local:l"
for ($i = 0; $i -lt 3; $i++) { $script:n += $i }; "n: $n"
& { $script:y = 'from block'; $local:w = 'gone' }; "y: $y w: [$w]"
. { $z = 'dotted' }; "z: $z"
function Count-Up { param($by) $script:total += $by; $global:calls++ }
1..4 | ForEach-Object { Count-Up -by $_ }; "total: $total calls: $global:calls"
