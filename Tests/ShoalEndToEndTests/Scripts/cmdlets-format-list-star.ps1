# Format-List with *, with chosen properties and with a calculated property.
$o = [pscustomobject]@{Name = 'alpha'; Size = 5; Owner = 'root'}
$o | Format-List *
$o | Format-List Name, @{Label = 'Double'; Expression = { $_.Size * 2 }}
@{ key = 'value' } | Format-List
