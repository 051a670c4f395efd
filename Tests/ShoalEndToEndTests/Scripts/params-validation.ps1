# ValidateSet and ValidateRange.
function Set-Color {
    param([ValidateSet('Red', 'Green')][string]$Color)
    "color: $Color"
}
Set-Color red
try { Set-Color Purple } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
function Set-Level { param([ValidateRange(1, 10)][int]$Level) "level: $Level" }
Set-Level 10
try { Set-Level 11 } catch { $_.Exception.Message }
try { Set-Level 0 } catch { $_.Exception.Message }
'done'
# [ValidateNotNullOrEmpty()]: $null, '' and an empty array each have pwsh's
# error id; a cmdlet declares the same (Get-Date -UFormat).
function NotEmpty { param([ValidateNotNullOrEmpty()] $Value) "got $Value" }
NotEmpty 'x'
try { NotEmpty $null } catch { $_.FullyQualifiedErrorId }
try { NotEmpty -Value '' } catch { $_.FullyQualifiedErrorId }
try { NotEmpty @() } catch { $_.FullyQualifiedErrorId }
try { Get-Date -UFormat '' } catch { $_.FullyQualifiedErrorId }
