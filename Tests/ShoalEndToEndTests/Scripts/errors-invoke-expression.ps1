# An error of the expression Invoke-Expression runs is the cmdlet's, as pwsh's
# ids say; -is with a name that is no type cannot convert it to [type].
try { Invoke-Expression '"hello" -is "foo"' } catch { $_.FullyQualifiedErrorId }
try { Invoke-Expression '"hello" -isnot [foo]' } catch { $_.FullyQualifiedErrorId }
try { Invoke-Expression 'Get-Item /no/such/path -ErrorAction Stop' } catch { $_.FullyQualifiedErrorId }
try { 'hello' -is 'foo' } catch { $_.Exception.Message }
