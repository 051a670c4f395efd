# Splatting hashtables and arrays, and passing $PSBoundParameters on.
function Show { param($First, $Second, [switch]$Flag) "First=$First Second=$Second Flag=$($Flag.IsPresent)" }
$h = @{ First = 'one'; Second = 'two' }
Show @h
$a = 'p1', 'p2'
Show @a
$withSwitch = @{ First = 'f'; Flag = $true }
Show @withSwitch
Show @h -Flag
function Outer { param($First, $Second) Show @PSBoundParameters }
Outer -Second s2
