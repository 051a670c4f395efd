# Comparison operators: case-insensitive by default, the left operand's type decides, arrays filter.
1 -eq 1
'abc' -eq 'ABC'
'abc' -ceq 'ABC'
'abc' -ieq 'ABC'
'abc' -ne 'abd'
5 -gt 3
'10' -gt 9
10 -gt '9'
'b' -gt 'a'
5 -le 5
5 -lt 5
3 -ge 4
'1.0' -eq 1
1 -eq '1.0'
$true -eq 'false'
(1, 2, 3, 2 -eq 2).Count
(1, 2, 3 -gt 1) -join ','
('a', 'B', 'c' -ne 'b') -join ','
$null -eq $null
$null -eq @()
$withNull = @(1, $null, 2)
($withNull -eq $null).Count
