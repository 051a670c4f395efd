# A static property an enum lacks (its values are all it has) reads as $null, as
# pwsh reads it, or is PropertyNotFoundStrict under strict mode; so does a script
# class's or enum's. A .NET type's member table holds only what shoal implements,
# so a property it lacks stays an error rather than a $null the real type may not
# give; a method anything lacks is MethodNotFound.
[System.DayOfWeek]::Nope -eq $null
enum Color { Red }
class K { static [int]$Count = 2 }
[Color]::Blue -eq $null; [K]::Count; [K]::Nope -eq $null
try { [math]::Nope } catch { $_.FullyQualifiedErrorId }
try { [Console]::WindowHeightX } catch { $_.FullyQualifiedErrorId }
try { [math]::Nope() } catch { $_.FullyQualifiedErrorId }
try { [System.Net.Dns]::Nope } catch { $_.FullyQualifiedErrorId }
Set-StrictMode -Version 2
try { [System.DayOfWeek]::Nope } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [K]::Nope } catch { $_.FullyQualifiedErrorId }
