# Member enumeration: a property or method of a collection applies to each element,
# unless the collection has that member itself.
$items = @(
    [PSCustomObject]@{ Id = 1; Name = 'a' }
    [PSCustomObject]@{ Id = 2; Name = 'b' }
    [PSCustomObject]@{ Id = 3; Name = 'c' }
)
$items.Id -join ','
$items.Name.ToUpper() -join ','
$items.Count
@('abc', 'de').Length
('abc', 'de' | ForEach-Object Length) -join ','
$nested = @{ list = @(@{ v = 1 }, @{ v = 2 }) }
$nested.list.v -join '+'
$one = @([PSCustomObject]@{ Id = 9 })
$one.Id
$null -eq $null.Foo
$null.Count
(5).Count
'str'.Count
