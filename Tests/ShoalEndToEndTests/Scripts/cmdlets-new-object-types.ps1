# New-Object as pwsh on Linux: arrays by length, value types' defaults, PSObject's
# accelerators, pwsh's errors for a missing member or the PSCustomObject class.
(New-Object -TypeName int[] -ArgumentList 10).Count
([char](New-Object -TypeName char)) -eq [char]0
(New-Object long).GetType().Name
(New-Object psobject -Property $null).GetType().FullName
(New-Object pscustomobject -Property @{}) -is [psobject]
try { New-Object System.Management.Automation.PSCustomObject -Property @{ one = 1 } } catch { $_.FullyQualifiedErrorId }
try { New-Object -ComObject Shell.Application } catch { $_.FullyQualifiedErrorId }
try { New-Object System.Text.StringBuilder -Property @{ Nope = 1 } } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }

# A PSTypeName key names the custom object's type instead of becoming a property.
$typed = [PSCustomObject]@{ PSTypeName = 'Contoso.Server'; Name = 'web1' }
$typed.PSTypeNames[0]
$typed.psobject.Properties.Name -join ','
([PSCustomObject]@{ pstypename = 'System.Object' }).PSTypeNames.Count
$table = @{ PSTypeName = 'From.Variable'; b = 2 }
([pscustomobject]$table).PSTypeNames[0]
[System.Management.Automation.Platform]::IsLinux
# Outside try too the error is New-Object's own, and the script goes on.
& { trap { "trapped: $($_.FullyQualifiedErrorId)"; continue }; New-Object System.Text.StringBuilder -Property @{ Nope = 1 }; 'goes on' }
