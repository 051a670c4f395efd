# Select-Object marks custom objects it writes as `Selected.<input type>`,
# first among their type names and only once; the object's .NET type stays
# PSCustomObject whatever type names are put in front.
$obj = [pscustomobject]@{ Name = 1 }
$obj.PSObject.TypeNames -join ', '
$obj = $obj | Select-Object
$obj.PSObject.TypeNames -join ', '
$obj = $obj | Select-Object -First 1
$obj.PSObject.TypeNames -join ', '
($obj | Select-Object Name).PSObject.TypeNames -join ', '
('text' | Select-Object Length).PSObject.TypeNames -join ', '
('text' | Select-Object).GetType().FullName
$obj.GetType().FullName
$obj -is [pscustomobject]
$tagged = [pscustomobject]@{ a = 1 }
$tagged.PSObject.TypeNames.Insert(0, 'Demo.Tagged')
"$($tagged.GetType().FullName) $($tagged.PSObject.TypeNames[0])"
$outer = [pscustomobject]@{ Items = @([pscustomobject]@{ v = 1 }, [pscustomobject]@{ v = 2 }) }
($outer | Select-Object -ExpandProperty Items)[0].PSObject.TypeNames -join ', '
