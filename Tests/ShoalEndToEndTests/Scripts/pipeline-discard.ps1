# Implicit output and the ways to discard it.
'kept 1'
[void]'discarded'
$null = 'discarded'
'discarded' | Out-Null
'kept 2'
function Noisy { 'noise'; 'value' }
$null = Noisy
[void](Noisy)
Noisy > $null
$x = Noisy
$x -join ','
($y = 'assigned and output')
