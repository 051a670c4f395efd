# `pipeline &` runs the pipeline as a Start-Job; caller variables travel as copies.
$word = 'copied'
$j = Write-Output "value $word" &
$j.PSJobTypeName
$j | Receive-Job -Wait
Receive-Job (6 * 7 &) -Wait
$word = 'changed'
Receive-Job (Write-Output "$word!" &) -Wait
