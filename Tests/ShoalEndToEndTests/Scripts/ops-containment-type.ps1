# -contains/-in and the type operators -is/-isnot/-as.
1, 2, 3 -contains 2
1, 2, 3 -contains '2'
'a', 'b' -contains 'B'
'a', 'b' -ccontains 'B'
1, 2 -notcontains 5
2 -in 1, 2, 3
'x' -notin 'a', 'b'
'abc' -contains 'a'
5 -is [int]
'x' -is [string]
5 -is [string]
5 -isnot [string]
@(1) -is [array]
1.5 -is [double]
$null -is [object]
@{} -is [hashtable]
{ } -is [scriptblock]
'42' -as [int]
('42' -as [int]).GetType().Name
$null -eq ('abc' -as [int])
3.7 -as [int]
