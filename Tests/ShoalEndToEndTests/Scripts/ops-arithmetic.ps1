# Arithmetic with PowerShell's conversions: the left operand decides.
1 + 2
'1' + 2
1 + '2'
'ab' * 3
'5' * '3'
2 * '3'
7 / 2
6 / 2
(6 / 2).GetType().Name
7 % 3
-7 % 3
2 - -3
-(4)
((1, 2) + 3) -join ','
((1, 2) + (3, 4)).Count
((1, 2) * 2) -join ','
1.5 + 1
(1.5 + 1).GetType().Name
'10' - 3
'10' / '4'
$null + 5
5 + $null
[int]::MaxValue + 1
([int]::MaxValue + 1).GetType().Name
(512mb * 512mb).GetType().Name
