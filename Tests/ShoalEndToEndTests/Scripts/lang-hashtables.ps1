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
