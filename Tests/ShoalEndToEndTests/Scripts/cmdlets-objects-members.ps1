# New-Object, Add-Member, Get-Member, Compare-Object, Tee-Object and
# Measure-Command.
$o = New-Object PSObject -Property @{ Name = 'n1' }
$o | Add-Member -NotePropertyName Size -NotePropertyValue 10
$o | Add-Member -MemberType ScriptMethod -Name Grow -Value { $this.Size * 2 }
"$($o.Name) $($o.Size) $($o.Grow())"
($o | Get-Member -MemberType NoteProperty | ForEach-Object { "$($_.Name): $($_.Definition)" }) -join '; '
$o | Add-Member Size 11 -ErrorAction SilentlyContinue -ErrorVariable problem
$problem[0].FullyQualifiedErrorId
Compare-Object -ReferenceObject a, b, c -DifferenceObject b, c, d -IncludeEqual | ForEach-Object { "$($_.InputObject)$($_.SideIndicator)" }
1..3 | Tee-Object -Variable seen | Measure-Object | ForEach-Object Count
$seen -join '+'
$t = Measure-Command { $inner = 'set' }
"$($t.GetType().FullName) $inner"
$list = New-Object System.Collections.ArrayList
$list.GetType().FullName
# Add-Member -TypeName puts the name first among the type names, as pwsh does.
$typed = [pscustomobject]@{ a = 1 }
$typed | Add-Member -TypeName My.Server
$typed.PSObject.TypeNames[0]
$typed.GetType().Name
