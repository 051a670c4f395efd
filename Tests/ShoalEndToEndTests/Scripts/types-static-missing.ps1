# A static property a type lacks: $null, as pwsh reads it, or PropertyNotFoundStrict under strict mode;
# a method it lacks is MethodNotFound either way.
[math]::Nope; "after math"; [int]::Nope -eq $null; [System.DayOfWeek]::Nope -eq $null
enum Color { Red }
class K { static [int]$Count = 2 }
[Color]::Blue -eq $null; [K]::Count; [K]::Nope -eq $null
try { [math]::Nope() } catch { $_.FullyQualifiedErrorId }
try { [System.Net.Dns]::Nope } catch { $_.FullyQualifiedErrorId }
Set-StrictMode -Version 2
try { [math]::Nope } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [K]::Nope } catch { $_.FullyQualifiedErrorId }
