# (b4) 100,000 calls of an advanced function ([CmdletBinding()], a
# mandatory typed parameter), named arguments.
function f {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [int]$a, [int]$b = 1)
    $a + $b
}
$n = 0
for ($i = 0; $i -lt 100000; $i++) { $n = f -a $n -b 1 }
$n
