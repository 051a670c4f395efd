# Format-Wide: two columns by default, -Column to choose, a property to show.
'a', 'b', 'c' | Format-Wide
'one', 'two', 'three', 'four' | Format-Wide -Column 3
[pscustomobject]@{Name = 'x1'; Size = 1}, [pscustomobject]@{Name = 'x2'; Size = 2} | Format-Wide -Property Size -Column 2
