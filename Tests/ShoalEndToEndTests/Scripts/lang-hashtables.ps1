# Hashtables (case-insensitive keys), [ordered] and [PSCustomObject].
$h = @{ Name = 'x'; 'two words' = 2; 3 = 'three' }
$h.Name
$h['NAME']
$h.name
$h['two words']
$h[3]
$h.Count
$h.ContainsKey('name')
$null -eq $h.Missing
$h.New = 'added'
$h['new']
$h.Remove('New')
$h.Count
$multi = @{
    A = 1
    B = 2
}
$multi.A + $multi.B
$m = @{ a = 1 } + @{ b = 2 }
"$($m.Count) $($m.a) $($m.b)"
$o = [ordered]@{ z = 1; a = 2; m = 3 }
$o.Keys -join ','
$o.A
$o[0]
$p = [PSCustomObject]@{ Name = 'n1'; Size = 10 }
$p.Name
$p.Size + 1
$p.GetType().Name
"$p"
$p.Size = 11
$p.Size
# A literal of many keys, and a table growing past a dozen entries and
# shrinking back: look-ups, order and keys in any case stay right.
$big = @{ k1 = 1; k2 = 2; k3 = 3; k4 = 4; k5 = 5; k6 = 6; k7 = 7; k8 = 8; k9 = 9; K10 = 10; k11 = 11 }
"$($big.Count) $($big.k9) $($big.K11) $($big['k10'])"
$grown = [ordered]@{}
foreach ($n in 1..14) { $grown["key$n"] = $n * 10 }
$grown.KEY13
foreach ($n in 2..12) { $grown.Remove("Key$n") }
"$($grown.Keys -join ',') $($grown.key14)"
$grown['KEY1'] = 'first'
"$($grown.Keys -join ',') $($grown.key1)"
try { $dup = @{ a = 1; ('A') = 2 } } catch { $_.FullyQualifiedErrorId }
$computed = 'Name'
$byExpression = @{ $computed = 'from a variable'; ('Nu' + 'm') = 2 }
"$($byExpression.name) $($byExpression.NUM)"
# Its .NET methods, from one member table (calls, Get-Member, completion).
$methods = @{ a = 1 }
$methods.Add('b', 2)
"$($methods.Contains('B')) $($methods.ContainsKey('c')) $($methods.ContainsValue(2)) $(@($methods.Remove('a')).Count) $($methods.Count)"
try { $methods.Add('B', 3) } catch { $_.FullyQualifiedErrorId }
try { $methods.Add('c') } catch { $_.FullyQualifiedErrorId }
(@{} | Get-Member -MemberType Method).Name -join ','
