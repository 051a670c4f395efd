# Array literals, @(), the unary comma, ranges and +=.
$a = 1, 2, 3
$a.Count
$a.GetType().Name
$e = @()
$e.Count
$one = @(5)
$one.Count
$single = ,7
$single.Count
(1..5) -join ','
(5..1) -join ','
(-1..1) -join ','
$nested = @(1, @(2, 3))
$nested.Count
$nested[1].Count
$a += 4
$a -join ' '
$x = @(1..3 | ForEach-Object { $_ * 2 })
$x -join ' '
$fromOne = @(Write-Output 'only')
$fromOne.Count
$strs = [string[]]@('b', 'a')
$strs.GetType().Name
# An array's .NET methods come from one member table; a method it lacks is
# called on each element.
$letters = 'a', 'b', 'c'
"$($letters.Contains('b')) $($letters.IndexOf('c')) $($letters.Clone().Count) $($letters.ToUpper() -join '')"
try { $letters.Add('d') } catch { $_.FullyQualifiedErrorId }
try { $letters.Contains() } catch { $_.FullyQualifiedErrorId }
(Get-Member -InputObject $letters -MemberType Method).Name -join ','
