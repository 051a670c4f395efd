# As pwsh's PSObject.ToString: a collection is joined at the top level only;
# one inside it, or inside an object's property, is "System.Object[]". So a
# value that holds itself converts to a string and does not recurse for ever
# (found by fuzzing: it overflowed the stack).
$nested = 1, (2, 3)
"$nested"
$nested -join ','
[string]$nested
[pscustomobject]@{ Numbers = 1, 2; Inner = [pscustomobject]@{ Value = 3 } } | ForEach-Object { "$_" }
$self = 1, 2
$self[0] = $self
"$self"
$o = [pscustomobject]@{ Name = 'n1' }
$o | Add-Member -NotePropertyName Size -NotePropertyValue (1, $o)
"$o"
$o | Add-Member -NotePropertyName Me -NotePropertyValue $o
("$o").StartsWith('@{Name=n1; Size=System.Object[]; Me=@{Name=n1; Size=System.Object[]; Me=@{')
